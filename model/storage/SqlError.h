#pragma once

#include <QCoreApplication>
#include <QSqlError>

// Turns what SQLite reports into a sentence that names the problem and what to do about it.
class SqlError final
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    // `action` says what was being done ("Saving the answer"), already translated.
    static QString describe(const QString &action, const QSqlError &error);
    // SQLite's primary result code from a Qt error (e.g. 5 for SQLITE_BUSY), -1 if unknown.
    static int primaryCode(const QSqlError &error);
};
