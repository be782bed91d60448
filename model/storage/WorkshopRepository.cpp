#include "WorkshopRepository.h"

#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlError.h"
#include "storage/SqlStatement.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValue.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString DisputeThresholdKey = u"workshop/disputeThreshold"_s;

// Column 0 is the participant's uuid; the rest map onto Rating in ratingFrom().
const QString ratingColumns
    = u"SELECT p.uuid, r.parameter_id, r.kind, r.level, r.note, r.entered_at, r.entered_by, r.version "
      "FROM ratings r JOIN participants p ON p.id = r.participant_id WHERE p.assessment_id = ?"_s;
const QString ratingOrder = u" ORDER BY r.parameter_id, p.position"_s;

// Another program may have written what our schema forbids; never pass that on as valid.
Result<Rating> ratingFrom(const QSqlQuery &q)
{
    Rating r;
    r.participantUuid = q.value(0).toString();
    r.parameterId = q.value(1).toString();
    const std::optional<Rating::Kind> kind = Rating::kindFromKey(q.value(2).toString());
    r.kind = kind.value_or(Rating::Kind::Level);
    r.level = q.value(3).isNull() ? -1 : q.value(3).toInt();
    r.note = q.value(4).toString();
    r.enteredAt = Database::fromStored(q.value(5).toString());
    r.enteredBy = q.value(6).toString();
    r.version = q.value(7).toLongLong();
    Status valid = r.check();
    if (!kind)
        valid = Status::failure(WorkshopRepository::tr("%1: a rating of an unknown kind.").arg(r.parameterId));
    if (!valid)
        return Result<Rating>::failure(
            WorkshopRepository::tr("The database holds a rating that breaks SIM3 Workbench's rules, probably written "
                                   "by another program: %1 Nothing was changed; restore the database from a backup.")
                .arg(valid.error()));
    return Result<Rating>::success(r);
}

Result<QList<Rating>> readRatings(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<Rating>>::failure(
            SqlError::describe(WorkshopRepository::tr("Reading the ratings"), q.lastError()));
    QList<Rating> ratings;
    while (q.next()) {
        Result<Rating> r = ratingFrom(q);
        if (!r)
            return Result<QList<Rating>>::failure(r.error());
        ratings.append(std::move(r).value());
    }
    return Result<QList<Rating>>::success(ratings);
}

} // namespace

int ParameterRatings::discussionPriority(int disputeThreshold) const
{
    const int heard = static_cast<int>(std::min<qsizetype>(ratedBy.size(), 99));
    return (spread.isDisputed(disputeThreshold) ? 1000 : 0) + spread.width() * 100 + (99 - heard);
}

Result<QList<Participant>> WorkshopRepository::participants(qint64 assessmentId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, uuid, name, role FROM participants WHERE assessment_id = ? ORDER BY position"_s);
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Result<QList<Participant>>::failure(SqlError::describe(tr("Reading the participants"), q.lastError()));
    QList<Participant> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return Result<QList<Participant>>::success(list);
}

Result<QList<Participant>> WorkshopRepository::setParticipants(qint64 assessmentId, QList<Participant> participants)
{
    using R = Result<QList<Participant>>;
    QSet<QString> names;
    for (Participant &p : participants) {
        p.name = p.name.trimmed();
        p.role = p.role.trimmed();
        if (p.name.isEmpty())
            return R::failure(tr("Every participant needs a name."));
        if (p.name.size() > Participant::MaxName || p.role.size() > Participant::MaxName)
            return R::failure(
                tr("A participant's name or role is longer than %1 characters.").arg(Participant::MaxName));
        if (names.contains(p.name.toCaseFolded()))
            return R::failure(tr("Two participants are called \"%1\": give each a name of their own.").arg(p.name));
        names.insert(p.name.toCaseFolded());
    }
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    if (const Status draft = AssessmentRepository(m_db).requireDraft(assessmentId); !draft)
        return R::failure(draft.error());
    const Result<QList<Participant>> stored = this->participants(assessmentId);
    if (!stored)
        return R::failure(stored.error());
    QHash<QString, qint64> known;
    for (const Participant &p : stored.value())
        known.insert(p.uuid, p.id);
    const auto failed = [](const QSqlQuery &q) {
        return R::failure(SqlError::describe(tr("Saving the participants"), q.lastError()));
    };
    // Names are unique per assessment: park the kept ones on temporary names first, so that
    // two participants can swap names in one edit.
    QSqlQuery park(m_db.connection());
    park.prepare(u"UPDATE participants SET name = uuid, position = -id WHERE assessment_id = ?"_s);
    park.addBindValue(assessmentId);
    if (!park.exec())
        return failed(park);
    QSet<QString> kept;
    QSqlQuery update(m_db.connection());
    update.prepare(u"UPDATE participants SET position = ?, name = ?, role = ? WHERE id = ?"_s);
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO participants (uuid, assessment_id, position, name, role) VALUES (?, ?, ?, ?, ?) "
                   "RETURNING id"_s);
    for (qsizetype i = 0; i < participants.size(); ++i) {
        Participant &p = participants[i];
        if (const auto row = known.constFind(p.uuid); !p.uuid.isEmpty() && row != known.cend()) {
            update.addBindValue(static_cast<int>(i));
            update.addBindValue(p.name);
            update.addBindValue(SqlValue::text(p.role));
            update.addBindValue(*row);
            if (!update.exec())
                return failed(update);
            p.id = *row;
            kept.insert(p.uuid);
            continue;
        }
        if (p.uuid.isEmpty())
            p.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insert.addBindValue(p.uuid);
        insert.addBindValue(assessmentId);
        insert.addBindValue(static_cast<int>(i));
        insert.addBindValue(p.name);
        insert.addBindValue(SqlValue::text(p.role));
        if (!insert.exec())
            return failed(insert);
        p.id = SqlStatement::insertedId(insert);
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM participants WHERE id = ?"_s);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        remove.addBindValue(it.value());
        if (!remove.exec())
            return failed(remove);
    }
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(participants);
}

Status WorkshopRepository::inDraft(qint64 assessmentId, const std::function<Status()> &work)
{
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    if (const Status draft = AssessmentRepository(m_db).requireDraft(assessmentId); !draft)
        return draft;
    if (const Status done = work(); !done)
        return done;
    return transaction.commit();
}

Result<qint64> WorkshopRepository::participantId(qint64 assessmentId, const QString &participantUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM participants WHERE assessment_id = ? AND uuid = ?"_s);
    q.addBindValue(assessmentId);
    q.addBindValue(participantUuid);
    if (!q.exec())
        return Result<qint64>::failure(SqlError::describe(tr("Reading the participants"), q.lastError()));
    if (!q.next())
        return Result<qint64>::failure(tr("This participant is no longer part of the assessment."));
    return Result<qint64>::success(q.value(0).toLongLong());
}

Status WorkshopRepository::insertRating(qint64 participantId, const Rating &rating, const QString &actor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO ratings (participant_id, parameter_id, kind, level, note, entered_at, entered_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (participant_id, parameter_id) DO UPDATE SET "
              "kind = excluded.kind, level = excluded.level, note = excluded.note, "
              "entered_at = excluded.entered_at, entered_by = excluded.entered_by, version = ratings.version + 1"_s);
    q.addBindValue(participantId);
    q.addBindValue(rating.parameterId);
    q.addBindValue(Rating::kindKey(rating.kind));
    q.addBindValue(SqlValue::levelOrNull(rating.levelValue()));
    q.addBindValue(SqlValue::text(rating.note));
    q.addBindValue(Database::toStored(rating.enteredAt.isValid() ? rating.enteredAt : m_db.now()));
    q.addBindValue(SqlValue::text(actor));
    if (!q.exec())
        return Status::failure(
            SqlError::describe(tr("Saving the rating for %1").arg(rating.parameterId), q.lastError()));
    return Status::success();
}

Status WorkshopRepository::saveRating(qint64 assessmentId, Rating rating, const QString &actor)
{
    if (const Status valid = rating.check(); !valid)
        return valid;
    return inDraft(assessmentId, [&]() -> Status {
        const Result<qint64> participant = participantId(assessmentId, rating.participantUuid);
        if (!participant)
            return Status::failure(participant.error());
        rating.enteredAt = m_db.now();
        if (const Status written = insertRating(participant.value(), rating, actor); !written)
            return written;
        return Status::success();
    });
}

Result<QList<Rating>> WorkshopRepository::saveRatingsAt(
    qint64 assessmentId, const QList<Rating> &ratings, const QHash<QString, qint64> &readVersions, const QString &actor)
{
    using R = Result<QList<Rating>>;
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    QList<Rating> conflicts;
    // Each parameter of the round read once, not once per participant.
    QHash<QString, ParameterRatings> read;
    for (const Rating &r : ratings) {
        if (!read.contains(r.parameterId)) {
            Result<ParameterRatings> one = forParameter(assessmentId, r.parameterId);
            if (!one)
                return R::failure(one.error());
            read.insert(r.parameterId, one.value());
        }
        const ParameterRatings &now = read[r.parameterId];
        if (now.versions.value(r.participantUuid, 0) == readVersions.value(r.participantUuid, 0))
            continue;
        // Someone else rated for this participant meanwhile. Who and when, and what only when
        // the room may see it.
        const Result<QList<Rating>> stored = ratingsOf(assessmentId, r.participantUuid);
        if (!stored)
            return R::failure(stored.error());
        Rating theirs;
        theirs.participantUuid = r.participantUuid;
        theirs.parameterId = r.parameterId;
        theirs.kind = Rating::Kind::Abstain;
        for (const Rating &s : stored.value()) {
            if (s.parameterId == r.parameterId)
                theirs = now.revealed ? s
                                      : Rating{s.participantUuid, s.parameterId, Rating::Kind::Abstain, 0, QString(),
                                          s.enteredAt, s.enteredBy, s.version};
        }
        conflicts.append(theirs);
    }
    if (!conflicts.isEmpty())
        return R::success(conflicts); // nothing written
    for (const Rating &r : ratings) {
        if (const Status saved = saveRating(assessmentId, r, actor); !saved)
            return R::failure(saved.error());
    }
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success({});
}

Status WorkshopRepository::saveRatings(qint64 assessmentId, const QList<Rating> &ratings, const QString &actor)
{
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    for (const Rating &r : ratings) {
        if (const Status saved = saveRating(assessmentId, r, actor); !saved)
            return saved;
    }
    return transaction.commit();
}

Status WorkshopRepository::importWorkshop(qint64 assessmentId, const QList<Participant> &participants,
    const QList<Rating> &ratings, const QList<ParameterRatings> &discussions)
{
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    const auto stored = setParticipants(assessmentId, participants);
    if (!stored)
        return Status::failure(stored.error());
    QHash<QString, qint64> ids;
    for (const Participant &p : stored.value())
        ids.insert(p.uuid, p.id);
    for (const Rating &r : ratings) {
        if (const Status valid = r.check(); !valid)
            return valid;
        if (!ids.contains(r.participantUuid))
            return Status::failure(tr("%1: a rating by a participant who is not listed.").arg(r.parameterId));
        if (const Status written = insertRating(ids.value(r.participantUuid), r, r.enteredBy); !written)
            return written;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO discussions (assessment_id, parameter_id, revealed_at, revealed_by, dissent) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const ParameterRatings &d : discussions) {
        q.addBindValue(assessmentId);
        q.addBindValue(d.parameterId);
        q.addBindValue(d.revealed ? QVariant(Database::toStored(d.revealedAt)) : QVariant());
        q.addBindValue(SqlValue::text(d.revealedBy));
        q.addBindValue(SqlValue::text(d.dissent));
        if (!q.exec())
            return Status::failure(
                SqlError::describe(tr("Saving the dissent note for %1").arg(d.parameterId), q.lastError()));
    }
    return transaction.commit();
}

Status WorkshopRepository::clearRating(qint64 assessmentId, const QString &participantUuid, const QString &parameterId)
{
    return inDraft(assessmentId, [&]() -> Status {
        const Result<qint64> participant = participantId(assessmentId, participantUuid);
        if (!participant)
            return Status::failure(participant.error());
        QSqlQuery q(m_db.connection());
        q.prepare(u"DELETE FROM ratings WHERE participant_id = ? AND parameter_id = ?"_s);
        q.addBindValue(participant.value());
        q.addBindValue(parameterId);
        if (!q.exec())
            return Status::failure(
                SqlError::describe(tr("Removing the rating for %1").arg(parameterId), q.lastError()));
        return Status::success();
    });
}

Status WorkshopRepository::replaceRatings(
    qint64 assessmentId, const QString &participantUuid, const QList<Rating> &ratings, const QString &actor)
{
    for (const Rating &r : ratings) {
        if (const Status valid = r.check(); !valid)
            return valid;
    }
    return inDraft(assessmentId, [&]() -> Status {
        const Result<qint64> participant = participantId(assessmentId, participantUuid);
        if (!participant)
            return Status::failure(participant.error());
        QSqlQuery q(m_db.connection());
        q.prepare(u"DELETE FROM ratings WHERE participant_id = ?"_s);
        q.addBindValue(participant.value());
        if (!q.exec())
            return Status::failure(SqlError::describe(tr("Replacing the ratings"), q.lastError()));
        for (const Rating &r : ratings) {
            if (const Status written = insertRating(participant.value(), r, actor); !written)
                return written;
        }
        return Status::success();
    });
}

Result<QList<Rating>> WorkshopRepository::ratingsOf(qint64 assessmentId, const QString &participantUuid) const
{
    return readRatings(m_db, ratingColumns + u" AND p.uuid = ?"_s + ratingOrder, {assessmentId, participantUuid});
}

Result<QList<Rating>> WorkshopRepository::allRatings(qint64 assessmentId) const
{
    return readRatings(m_db, ratingColumns + ratingOrder, {assessmentId});
}

Result<ParameterRatings> WorkshopRepository::forParameter(qint64 assessmentId, const QString &parameterId) const
{
    Result<QHash<QString, ParameterRatings>> one = read(assessmentId, parameterId);
    if (!one)
        return Result<ParameterRatings>::failure(one.error());
    ParameterRatings none;
    none.parameterId = parameterId;
    return Result<ParameterRatings>::success(one->value(parameterId, none));
}

Result<QHash<QString, ParameterRatings>> WorkshopRepository::forAssessment(qint64 assessmentId) const
{
    return read(assessmentId, QString());
}

Result<QHash<QString, ParameterRatings>> WorkshopRepository::read(qint64 assessmentId, const QString &parameterId) const
{
    using R = Result<QHash<QString, ParameterRatings>>;
    const bool one = !parameterId.isEmpty();
    QHash<QString, ParameterRatings> result;
    QSqlQuery d(m_db.connection());
    d.setForwardOnly(true);
    d.prepare(u"SELECT parameter_id, revealed_at, revealed_by, dissent FROM discussions WHERE assessment_id = ?"_s
        + (one ? u" AND parameter_id = ?"_s : QString()));
    d.addBindValue(assessmentId);
    if (one)
        d.addBindValue(parameterId);
    if (!d.exec())
        return R::failure(SqlError::describe(tr("Reading the ratings"), d.lastError()));
    while (d.next()) {
        ParameterRatings &p = result[d.value(0).toString()];
        p.parameterId = d.value(0).toString();
        p.revealed = !d.value(1).isNull();
        p.revealedAt = Database::fromStored(d.value(1).toString());
        p.revealedBy = d.value(2).toString();
        p.dissent = d.value(3).toString();
    }
    const Result<QList<Rating>> ratings = one
        ? readRatings(m_db, ratingColumns + u" AND r.parameter_id = ?"_s + ratingOrder, {assessmentId, parameterId})
        : allRatings(assessmentId);
    if (!ratings)
        return R::failure(ratings.error());
    for (const Rating &r : ratings.value()) {
        ParameterRatings &p = result[r.parameterId];
        p.parameterId = r.parameterId;
        p.ratedBy.append(r.participantUuid);
        p.versions.insert(r.participantUuid, r.version); // how often, never what
        // Hidden until revealed: what was rated is not handed out before.
        if (p.revealed)
            p.ratings.append(r);
    }
    for (ParameterRatings &p : result)
        p.spread = RatingSpread::of(p.ratings);
    return R::success(result);
}

Status WorkshopRepository::reveal(qint64 assessmentId, const QString &parameterId, const QString &actor)
{
    return inDraft(assessmentId, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            u"INSERT INTO discussions (assessment_id, parameter_id, revealed_at, revealed_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (assessment_id, parameter_id) DO UPDATE SET "
            "revealed_at = coalesce(discussions.revealed_at, excluded.revealed_at), "
            "revealed_by = CASE WHEN discussions.revealed_at IS NULL THEN excluded.revealed_by "
            "ELSE discussions.revealed_by END"_s);
        q.addBindValue(assessmentId);
        q.addBindValue(parameterId);
        q.addBindValue(Database::toStored(m_db.now()));
        q.addBindValue(SqlValue::text(actor));
        if (!q.exec())
            return Status::failure(
                SqlError::describe(tr("Revealing the ratings of %1").arg(parameterId), q.lastError()));
        return Status::success();
    });
}

Status WorkshopRepository::setDissent(qint64 assessmentId, const QString &parameterId, const QString &dissent)
{
    if (dissent.size() > ParameterRatings::MaxDissent)
        return Status::failure(tr("%1: the dissent note is longer than %2 characters.")
                                   .arg(parameterId, QString::number(ParameterRatings::MaxDissent)));
    return inDraft(assessmentId, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO discussions (assessment_id, parameter_id, dissent) VALUES (?, ?, ?) "
                  "ON CONFLICT (assessment_id, parameter_id) DO UPDATE SET dissent = excluded.dissent"_s);
        q.addBindValue(assessmentId);
        q.addBindValue(parameterId);
        q.addBindValue(SqlValue::text(dissent));
        if (!q.exec())
            return Status::failure(
                SqlError::describe(tr("Saving the dissent note for %1").arg(parameterId), q.lastError()));
        return Status::success();
    });
}

int WorkshopRepository::disputeThreshold() const
{
    bool ok = false;
    const int value = SettingsRepository(m_db).value(DisputeThresholdKey).toInt(&ok);
    return ok && value >= 1 && value <= 4 ? value : RatingSpread::DefaultDisputeThreshold;
}

Status WorkshopRepository::setDisputeThreshold(int threshold)
{
    if (threshold < 1 || threshold > 4)
        return Status::failure(tr("The dispute threshold must be between 1 and 4 levels, not %1.").arg(threshold));
    return SettingsRepository(m_db).setValue(DisputeThresholdKey, QString::number(threshold));
}
