#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A read run straight on the SQLite connection under Qt's, for the few queries that return tens
// of thousands of rows. Qt's driver wraps every value in a QVariant and has SQLite convert every
// text to UTF-16, about 2,000 instructions a row more: the levels of a team with 1,000 assessments
// (45,000 rows) cost 248 M instructions through QSqlQuery and 115 M this way. SQLite only
// (available() says whether the connection is); a caller keeps a QSqlQuery for PostgreSQL.
// Debian's Qt is built against the system's SQLite, the library this one links.
class SqliteRows final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRows)

public:
    // Whether `connection` is an open SQLite connection whose handle can be had.
    static bool available(const QSqlDatabase &connection);
    // `sql` prepared on `connection`. When it cannot be (the connection is not available(), SQLite
    // refuses the statement), next() is false at once and error() says why, as QSqlQuery would.
    SqliteRows(const QSqlDatabase &connection, const char *sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // Binds the `position`th parameter (from 1). False when SQLite refuses (no such position),
    // and error() says why.
    bool bind(int position, qint64 value);
    // Steps to the next row. True while there is one; false at the end, or on a failure, which
    // error() then holds (QSqlError::isValid() is false at a clean end). SqlError::describe()
    // words it as it does Qt's own errors.
    bool next();
    const QSqlError &error() const { return m_error; }

    // The current row's values; `column` from 0.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    static QSqlError errorOf(sqlite3 *connection, int code);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
};
