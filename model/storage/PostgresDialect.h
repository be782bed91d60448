#pragma once

#include <QString>
#include <QStringList>

// Where PostgreSQL's SQL differs from SQLite's, in one place: the schema steps are written once
// (Migrations, in SQLite's words) and translated here for a shared PostgreSQL database.
//   - "id INTEGER PRIMARY KEY" (SQLite's row id) becomes an identity column;
//   - a trigger that refuses a write ("... WHEN cond BEGIN SELECT RAISE(ABORT, 'why'); END")
//     becomes a PL/pgSQL function that raises the same message, and a trigger that calls it
//     (PostgreSQL allows no subquery in a trigger's WHEN);
//   - everything else is already the same in both.
namespace PostgresDialect {

// The statements that do in PostgreSQL what `sqliteStatement` does in SQLite.
QStringList translate(const QString &sqliteStatement);

// The table that holds the schema version, PRAGMA user_version's counterpart.
QString schemaVersionTable();

} // namespace PostgresDialect
