#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// SQLite's integrity_check over a whole database file: every page is read and every index is
// compared with its table, so it takes time in proportion to the file. The GUI runs it on a
// worker thread after opening; the command line runs it before doing anything.
class IntegrityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    // On an open connection.
    static Status run(const QSqlDatabase &connection, const QString &path);
    // On a read-only connection of its own: safe to call from any thread.
    static Status run(const QString &path);
};
