#pragma once

#include <QCoreApplication>
#include <QSqlError>

// Turns what SQLite or PostgreSQL reports into a sentence that names the problem and what to do
// about it. The two tell their codes apart by form: SQLite's are numbers of up to four digits,
// PostgreSQL's SQLSTATEs five characters.
class SqlError final
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    // `action` says what was being done ("Saving the answer"), already translated.
    static QString describe(const QString &action, const QSqlError &error);
    // SQLite's primary result code from a Qt error (e.g. 5 for SQLITE_BUSY), -1 if unknown.
    static int primaryCode(const QSqlError &error);
    // PostgreSQL's SQLSTATE ("42501"), or empty for an SQLite error.
    static QString sqlState(const QSqlError &error);
    // A UNIQUE, CHECK or foreign key rule refused the write (either engine).
    static bool isConstraintViolation(const QSqlError &error);
    // The server went away or cannot be reached: nothing was written, and a new connection may
    // succeed later.
    static bool isConnectionLost(const QSqlError &error);
};
