#include "SqliteRows.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace {

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    if (!connection.isValid() || !connection.isOpen() || connection.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    // Qt documents the handle of its SQLite driver as a QVariant holding "sqlite3*".
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

bool SqliteRows::available(const QSqlDatabase &connection)
{
    return handleOf(connection) != nullptr;
}

SqliteRows::SqliteRows(const QSqlDatabase &connection, const char *sql)
    : m_connection(handleOf(connection))
{
    if (!m_connection) {
        m_error = QSqlError(QString(), tr("This is not an open SQLite database."), QSqlError::ConnectionError);
        return;
    }
    if (const int code = sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr); code != SQLITE_OK) {
        m_error = errorOf(m_connection, code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

QSqlError SqliteRows::errorOf(sqlite3 *connection, int code)
{
    // As Qt's driver reports it: SQLite's words, and the code SqlError reads its advice from.
    const int extended = sqlite3_extended_errcode(connection);
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(connection)), QSqlError::StatementError,
        QString::number(extended != SQLITE_OK ? extended : code));
}

bool SqliteRows::bind(int position, qint64 value)
{
    if (!m_statement)
        return false;
    if (const int code = sqlite3_bind_int64(m_statement, position, value); code != SQLITE_OK) {
        m_error = errorOf(m_connection, code);
        return false;
    }
    return true;
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        m_error = errorOf(m_connection, code);
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRows::text(int column) const
{
    // UTF-8 as stored: no conversion inside SQLite, one into the QString.
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}
