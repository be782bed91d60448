#include "TeamRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlStatement.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

Team teamFrom(const QSqlQuery &q)
{
    Team t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.name = q.value(2).toString();
    t.description = q.value(3).toString();
    t.createdAt = Database::fromStored(q.value(4).toString());
    return t;
}

const QString selectColumns = u"SELECT id, uuid, name, description, created_at FROM teams"_s;

} // namespace

Result<Team> TeamRepository::create(const QString &name, const QString &description)
{
    Team team;
    team.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    team.name = name.trimmed();
    team.description = description;
    team.createdAt = m_db.now();
    return insert(team);
}

Result<Team> TeamRepository::insert(Team team)
{
    if (team.name.trimmed().isEmpty())
        return Result<Team>::failure(tr("A team needs a name."));
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return Result<Team>::failure(started.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO teams (uuid, name, description, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(team.uuid);
    q.addBindValue(team.name);
    q.addBindValue(SqlValue::text(team.description));
    q.addBindValue(Database::toStored(team.createdAt));
    if (!q.exec())
        return Result<Team>::failure(SqlError::describe(tr("Creating the team \"%1\"").arg(team.name), q.lastError()));
    team.id = SqlStatement::insertedId(q);
    if (const Status committed = transaction.commit(); !committed)
        return Result<Team>::failure(committed.error());
    return Result<Team>::success(team);
}

Status TeamRepository::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("A team needs a name."));
    return SqlStatement::execute(m_db, tr("Renaming the team"), u"UPDATE teams SET name = ? WHERE id = ?"_s,
        {name.trimmed(), id}, tr("The team no longer exists."));
}

Status TeamRepository::setDescription(qint64 id, const QString &description)
{
    return SqlStatement::execute(m_db, tr("Changing the team's description"),
        u"UPDATE teams SET description = ? WHERE id = ?"_s, {SqlValue::text(description), id},
        tr("The team no longer exists."));
}

Status TeamRepository::remove(qint64 id)
{
    return SqlStatement::execute(m_db, tr("Deleting the team"), u"DELETE FROM teams WHERE id = ?"_s, {id});
}

Result<QList<Team>> TeamRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(selectColumns + u" ORDER BY lower(name), id"_s))
        return Result<QList<Team>>::failure(SqlError::describe(tr("Reading the teams"), q.lastError()));
    QList<Team> teams;
    while (q.next())
        teams.append(teamFrom(q));
    return Result<QList<Team>>::success(teams);
}

Result<Team> TeamRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<Team>::failure(SqlError::describe(tr("Reading the team"), q.lastError()));
    if (!q.next())
        return Result<Team>::failure(tr("There is no team with id %1.").arg(id));
    return Result<Team>::success(teamFrom(q));
}

Result<Team> TeamRepository::findByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + u" WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    if (!q.exec())
        return Result<Team>::failure(SqlError::describe(tr("Reading the team"), q.lastError()));
    return Result<Team>::success(q.next() ? teamFrom(q) : Team{});
}
