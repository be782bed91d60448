#include "PostgresSchema.h"

#include "storage/Migrations.h"
#include "storage/PostgresDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString described(const QString &action, const QSqlError &error)
{
    return PostgresSchema::tr("%1 failed: %2").arg(action, error.text().trimmed());
}

// Whether the database holds tables of its own, and whether ours is among them.
Result<std::pair<bool, bool>> tables(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*), count(*) FILTER (WHERE table_name = '%1') FROM information_schema.tables "
                "WHERE table_schema = current_schema()"_s.arg(PostgresDialect::schemaVersionTable()))
        || !q.next())
        return Result<std::pair<bool, bool>>::failure(
            described(PostgresSchema::tr("Reading the database"), q.lastError()));
    return Result<std::pair<bool, bool>>::success({q.value(0).toInt() > 0, q.value(1).toInt() > 0});
}

} // namespace

QString PostgresSchema::changeChannel()
{
    return u"sim3_changes"_s;
}

Status PostgresSchema::notifyChanges(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_type = 'BASE TABLE' AND table_name <> '%1' ORDER BY table_name"_s.arg(
                    PostgresDialect::schemaVersionTable())))
        return Status::failure(described(tr("Reading the database"), q.lastError()));
    QStringList tableNames;
    while (q.next())
        tableNames.append(q.value(0).toString());
    // One notification per transaction and channel: PostgreSQL folds identical ones together
    // and delivers them on commit, never for a rolled-back change.
    QStringList statements{uR"(CREATE OR REPLACE FUNCTION sim3_notify_change() RETURNS trigger AS $$
        BEGIN PERFORM pg_notify('%1', ''); RETURN NULL; END; $$ LANGUAGE plpgsql)"_s.arg(changeChannel())};
    for (const QString &name : std::as_const(tableNames)) {
        statements.append(u"CREATE OR REPLACE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                          "FOR EACH STATEMENT EXECUTE FUNCTION sim3_notify_change()"_s.arg(name));
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return Status::failure(described(tr("Updating the database schema"), q.lastError()));
    }
    return Status::success();
}

Result<int> PostgresSchema::version(QSqlDatabase &db)
{
    const auto found = tables(db);
    if (!found)
        return Result<int>::failure(found.error());
    if (!found->second)
        return Result<int>::success(0);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(version) FROM %1"_s.arg(PostgresDialect::schemaVersionTable())) || !q.next())
        return Result<int>::failure(described(tr("Reading the schema version"), q.lastError()));
    return Result<int>::success(q.value(0).toInt());
}

Status PostgresSchema::migrate(QSqlDatabase &db)
{
    if (!db.transaction())
        return Status::failure(described(tr("Updating the database schema"), db.lastError()));
    // Whatever fails below, nothing of it stays.
    const auto failed = [&db](const QString &message) {
        db.rollback();
        return Status::failure(message);
    };
    QSqlQuery q(db);
    const QString table = PostgresDialect::schemaVersionTable();
    const auto found = tables(db);
    if (!found)
        return failed(found.error());
    if (found->first && !found->second)
        return failed(tr("The database \"%1\" holds tables of another program. It was left unchanged; name an "
                         "empty database or one of SIM3 Workbench.")
                          .arg(db.databaseName()));
    if (!found->second && !q.exec(u"CREATE TABLE %1 (version BIGINT NOT NULL CHECK (version > 0))"_s.arg(table)))
        return failed(described(tr("Updating the database schema"), q.lastError()));
    // Two copies starting at once: the second waits here, then finds the work done.
    if (!q.exec(u"LOCK TABLE %1 IN EXCLUSIVE MODE"_s.arg(table)))
        return failed(described(tr("Updating the database schema"), q.lastError()));
    const Result<int> current = version(db);
    if (!current)
        return failed(current.error());
    if (current.value() > Migrations::latestVersion())
        return failed(tr("The database \"%1\" was written by a newer version of SIM3 Workbench (schema %2; this "
                         "version reads up to %3). It was left unchanged: update SIM3 Workbench to open it.")
                          .arg(db.databaseName(), QString::number(current.value()),
                              QString::number(Migrations::latestVersion())));
    for (int step = current.value() + 1; step <= Migrations::latestVersion(); ++step) {
        for (const QString &sqlite : Migrations::step(step)) {
            for (const QString &statement : PostgresDialect::translate(sqlite)) {
                if (!q.exec(statement))
                    return failed(described(tr("Updating the database schema to version %1").arg(step), q.lastError()));
            }
        }
    }
    if (current.value() < Migrations::latestVersion()) {
        if (const Status notifying = notifyChanges(db); !notifying)
            return failed(notifying.error());
        if (!q.exec(u"DELETE FROM %1"_s.arg(table))
            || !q.exec(u"INSERT INTO %1 (version) VALUES (%2)"_s.arg(table).arg(Migrations::latestVersion())))
            return failed(described(tr("Updating the database schema"), q.lastError()));
    }
    if (!db.commit())
        return failed(described(tr("Updating the database schema"), db.lastError()));
    return Status::success();
}
