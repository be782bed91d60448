#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class QSqlDatabase;

// Brings a shared PostgreSQL database to the schema this version of SIM3 Workbench uses: the
// same steps as a file (Migrations), in PostgreSQL's words (PostgresDialect), all in one
// transaction, with the version kept in a table. An empty database is set up; a database of
// another program, or one written by a newer version, is refused and left unchanged.
class PostgresSchema final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)

public:
    // The schema version of the connected database: 0 when it is empty.
    static Result<int> version(QSqlDatabase &db);
    static Status migrate(QSqlDatabase &db);
    // The channel on which every committed change is announced (LISTEN sim3_changes).
    static QString changeChannel();

private:
    // Triggers on every table that announce a committed change to whoever listens.
    static Status notifyChanges(QSqlDatabase &db);
};
