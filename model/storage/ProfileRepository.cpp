#include "ProfileRepository.h"

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

const QString headerColumns
    = u"SELECT id, uuid, team_id, name, approved_by, approved_on, created_at, version FROM target_profiles"_s;

TargetProfile headerFrom(const QSqlQuery &q)
{
    TargetProfile p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.teamId = q.value(2).toLongLong();
    p.name = q.value(3).toString();
    p.approvedBy = q.value(4).toString();
    p.approvedOn = Database::dateFromStored(q.value(5).toString());
    p.createdAt = Database::fromStored(q.value(6).toString());
    p.version = q.value(7).toLongLong();
    return p;
}

QVariant dateOrNull(const QDate &date)
{
    return SqlValue::textOrNull(Database::toStored(date));
}

} // namespace

Result<TargetProfile> ProfileRepository::insert(TargetProfile profile)
{
    using R = Result<TargetProfile>;
    if (profile.name.trimmed().isEmpty())
        return R::failure(tr("A target profile needs a name."));
    if (profile.uuid.isEmpty())
        profile.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!profile.createdAt.isValid())
        profile.createdAt = m_db.now();
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO target_profiles (uuid, team_id, name, approved_by, approved_on, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(profile.uuid);
    q.addBindValue(profile.teamId);
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(SqlValue::text(profile.approvedBy));
    q.addBindValue(dateOrNull(profile.approvedOn));
    q.addBindValue(Database::toStored(profile.createdAt));
    if (!q.exec()) {
        if (SqlError::isConstraintViolation(q.lastError())) // the name is taken
            return R::failure(
                tr("The team already has a target profile named \"%1\". Choose another name.").arg(profile.name));
        return R::failure(SqlError::describe(tr("Creating the target profile"), q.lastError()));
    }
    profile.id = SqlStatement::insertedId(q);
    if (const Status written = writeTargets(profile); !written)
        return R::failure(written.error());
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(profile);
}

Result<TargetProfile> ProfileRepository::insertReceived(TargetProfile profile, qint64 teamId)
{
    profile.id = 0;
    profile.uuid.clear();
    profile.teamId = teamId;
    return insert(std::move(profile));
}

Status ProfileRepository::save(const TargetProfile &profile)
{
    return Status::from(write(profile, std::nullopt));
}

Result<ProfileRepository::ProfileSave> ProfileRepository::saveAt(const TargetProfile &profile, qint64 readVersion)
{
    return write(profile, readVersion);
}

Result<ProfileRepository::ProfileSave> ProfileRepository::write(
    const TargetProfile &profile, std::optional<qint64> readVersion)
{
    using R = Result<ProfileSave>;
    if (profile.name.trimmed().isEmpty())
        return R::failure(tr("A target profile needs a name."));
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE target_profiles SET name = ?, approved_by = ?, approved_on = ?, version = version + 1 "
              "WHERE id = ? AND (CAST(? AS BIGINT) IS NULL OR version = ?)"_s);
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(SqlValue::text(profile.approvedBy));
    q.addBindValue(dateOrNull(profile.approvedOn));
    q.addBindValue(profile.id);
    const QVariant expected = readVersion ? QVariant(*readVersion) : QVariant(QMetaType::fromType<qint64>());
    q.addBindValue(expected);
    q.addBindValue(expected);
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Saving the target profile"), q.lastError()));
    if (q.numRowsAffected() != 1) {
        // Gone, or saved by someone else since it was read: theirs, untouched, for the caller.
        const Result<TargetProfile> theirs = load(profile.id);
        if (!theirs || theirs->id == 0)
            return R::failure(tr("The target profile no longer exists."));
        return R::success({true, theirs.value()});
    }
    if (const Status written = writeTargets(profile); !written)
        return R::failure(written.error());
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    const Result<TargetProfile> stored = load(profile.id);
    if (!stored)
        return R::failure(stored.error());
    return R::success({false, stored.value()});
}

Status ProfileRepository::writeTargets(const TargetProfile &profile)
{
    QSqlQuery del(m_db.connection());
    del.prepare(u"DELETE FROM profile_targets WHERE profile_id = ?"_s);
    del.addBindValue(profile.id);
    if (!del.exec())
        return Status::failure(SqlError::describe(tr("Saving the targets"), del.lastError()));
    QSqlQuery ins(m_db.connection());
    ins.prepare(
        u"INSERT INTO profile_targets (profile_id, parameter_id, target_level, rationale) VALUES (?, ?, ?, ?)"_s);
    for (const ProfileTarget &t : profile.targets) {
        if (t.level && (*t.level < 0 || *t.level > 4))
            return Status::failure(tr("%1: a target level must be between 0 and 4.").arg(t.parameterId));
        ins.addBindValue(profile.id);
        ins.addBindValue(t.parameterId);
        ins.addBindValue(SqlValue::levelOrNull(t.level));
        ins.addBindValue(SqlValue::text(t.rationale));
        if (!ins.exec())
            return Status::failure(
                SqlError::describe(tr("Saving the target for %1").arg(t.parameterId), ins.lastError()));
    }
    return Status::success();
}

Status ProfileRepository::remove(qint64 id)
{
    return SqlStatement::execute(
        m_db, tr("Deleting the target profile"), u"DELETE FROM target_profiles WHERE id = ?"_s, {id});
}

Result<QList<TargetProfile>> ProfileRepository::forTeam(qint64 teamId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(headerColumns + u" WHERE team_id = ? ORDER BY lower(name), name"_s);
    q.addBindValue(teamId);
    if (!q.exec())
        return Result<QList<TargetProfile>>::failure(
            SqlError::describe(tr("Reading the target profiles"), q.lastError()));
    QList<TargetProfile> list;
    while (q.next())
        list.append(headerFrom(q));
    return Result<QList<TargetProfile>>::success(list);
}

Result<TargetProfile> ProfileRepository::load(qint64 id) const
{
    using R = Result<TargetProfile>;
    QSqlQuery q(m_db.connection());
    q.prepare(headerColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Reading the target profile"), q.lastError()));
    if (!q.next())
        return R::failure(tr("There is no target profile with id %1.").arg(id));
    TargetProfile profile = headerFrom(q);
    QSqlQuery t(m_db.connection());
    t.prepare(u"SELECT parameter_id, target_level, rationale FROM profile_targets WHERE profile_id = ?"_s);
    t.addBindValue(id);
    if (!t.exec())
        return R::failure(SqlError::describe(tr("Reading the targets"), t.lastError()));
    while (t.next()) {
        ProfileTarget target;
        target.parameterId = t.value(0).toString();
        if (!t.value(1).isNull())
            target.level = t.value(1).toInt();
        target.rationale = t.value(2).toString();
        profile.targets.insert(target.parameterId, target);
    }
    return R::success(profile);
}

Result<TargetProfile> ProfileRepository::loadByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM target_profiles WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    if (!q.exec())
        return Result<TargetProfile>::failure(SqlError::describe(tr("Reading the target profile"), q.lastError()));
    if (!q.next())
        return Result<TargetProfile>::success(TargetProfile{});
    return load(q.value(0).toLongLong());
}
