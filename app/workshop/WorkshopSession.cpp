#include "WorkshopSession.h"

#include <algorithm>

WorkshopSession::WorkshopSession(Database &database, qint64 assessmentId, QString actor, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_assessmentId(assessmentId)
    , m_actor(std::move(actor))
{
}

bool WorkshopSession::check(const Status &status)
{
    if (!status)
        emit errorOccurred(status.error());
    return status.isOk();
}

bool WorkshopSession::reload()
{
    WorkshopRepository repo(m_db);
    const Result<QList<Participant>> people = repo.participants(m_assessmentId);
    if (!people)
        return check(Status::failure(people.error()));
    const Result<QHash<QString, ParameterRatings>> ratings = repo.forAssessment(m_assessmentId);
    if (!ratings)
        return check(Status::failure(ratings.error()));
    m_participants = people.value();
    m_ratings = ratings.value();
    m_threshold = repo.disputeThreshold();
    if (!m_me.isEmpty() && (!me() || !readMine())) {
        // Removed from the participants, or unreadable: back to the room.
        m_me.clear();
        m_mine.clear();
        emit ratingAloneChanged();
    }
    emit participantsChanged();
    return true;
}

bool WorkshopSession::readMine()
{
    const Result<QList<Rating>> mine = WorkshopRepository(m_db).ratingsOf(m_assessmentId, m_me);
    if (!mine)
        return check(Status::failure(mine.error()));
    m_mine.clear();
    for (const Rating &r : mine.value())
        m_mine.insert(r.parameterId, r);
    return true;
}

bool WorkshopSession::rateAs(const QString &participantUuid)
{
    const QString previous = m_me;
    m_me = participantUuid;
    m_mine.clear();
    if (!m_me.isEmpty() && (!me() || !readMine())) {
        m_me = previous;
        if (!m_me.isEmpty())
            static_cast<void>(readMine());
        return false;
    }
    emit ratingAloneChanged();
    return true;
}

const Participant *WorkshopSession::me() const
{
    if (m_me.isEmpty())
        return nullptr;
    const auto found = std::find_if(
        m_participants.cbegin(), m_participants.cend(), [this](const Participant &p) { return p.uuid == m_me; });
    return found == m_participants.cend() ? nullptr : &*found;
}

std::optional<Rating> WorkshopSession::myRating(const QString &parameterId) const
{
    const auto found = m_mine.constFind(parameterId);
    return found == m_mine.cend() ? std::nullopt : std::optional<Rating>(*found);
}

bool WorkshopSession::setMyRating(const QString &parameterId, const std::optional<Rating> &rating)
{
    if (m_me.isEmpty())
        return false;
    if (rating) {
        // Against my rating as this window read it: the facilitator may have typed it meanwhile.
        Rating r = *rating;
        r.participantUuid = m_me;
        r.parameterId = parameterId;
        const std::optional<Rating> mine = myRating(parameterId);
        return saveAgainstRead(parameterId, {r}, {{m_me, mine ? mine->version : 0}});
    }
    if (!check(WorkshopRepository(m_db).clearRating(m_assessmentId, m_me, parameterId)) || !readMine())
        return false;
    return reloadParameter(parameterId);
}

bool WorkshopSession::reloadParameter(const QString &parameterId)
{
    const Result<ParameterRatings> read = WorkshopRepository(m_db).forParameter(m_assessmentId, parameterId);
    if (!read)
        return check(Status::failure(read.error()));
    m_ratings.insert(parameterId, read.value());
    emit ratingsChanged(parameterId);
    return true;
}

const ParameterRatings &WorkshopSession::ratings(const QString &parameterId) const
{
    static const ParameterRatings none; // nobody rated, nothing revealed
    const auto found = m_ratings.constFind(parameterId);
    return found == m_ratings.cend() ? none : *found;
}

bool WorkshopSession::setParticipants(const QList<Participant> &participants)
{
    const auto stored = WorkshopRepository(m_db).setParticipants(m_assessmentId, participants);
    if (!stored)
        return check(Status::failure(stored.error()));
    return reload();
}

bool WorkshopSession::setDisputeThreshold(int threshold)
{
    if (!check(WorkshopRepository(m_db).setDisputeThreshold(threshold)))
        return false;
    return reload();
}

bool WorkshopSession::enterRatings(const QString &parameterId, const QList<std::optional<Rating>> &entries)
{
    QList<Rating> ratings;
    for (qsizetype i = 0; i < entries.size() && i < m_participants.size(); ++i) {
        if (!entries.at(i))
            continue;
        Rating r = *entries.at(i);
        r.participantUuid = m_participants.at(i).uuid;
        r.parameterId = parameterId;
        ratings.append(r);
    }
    if (ratings.isEmpty())
        return true;
    return saveAgainstRead(parameterId, ratings, this->ratings(parameterId).versions);
}

bool WorkshopSession::saveAgainstRead(
    const QString &parameterId, QList<Rating> ratings, QHash<QString, qint64> versions)
{
    WorkshopRepository repo(m_db);
    // A conflict can repeat if someone saves again while it is resolved.
    for (int attempt = 0; attempt < 3 && !ratings.isEmpty(); ++attempt) {
        const Result<QList<Rating>> saved = repo.saveRatingsAt(m_assessmentId, ratings, versions, m_actor);
        if (!saved)
            return check(Status::failure(saved.error()));
        if (saved->isEmpty()) {
            if (!m_me.isEmpty() && !readMine())
                return false;
            return reloadParameter(parameterId);
        }
        const QList<Rating> &theirs = saved.value();
        const bool keepMine = m_resolver ? m_resolver(parameterId, theirs) : false;
        if (!m_resolver) {
            QStringList names;
            for (const Rating &r : theirs) {
                const auto p = std::find_if(m_participants.cbegin(), m_participants.cend(),
                    [&r](const Participant &q) { return q.uuid == r.participantUuid; });
                names.append(p == m_participants.cend() ? r.participantUuid : p->name);
            }
            emit errorOccurred(tr("Someone else entered ratings for %1 on %2 meanwhile; theirs are kept.")
                                   .arg(names.join(u", "), parameterId));
        }
        for (const Rating &r : theirs) {
            if (keepMine) {
                versions.insert(r.participantUuid, r.version); // written over theirs, knowingly
            } else {
                ratings.erase(std::remove_if(ratings.begin(), ratings.end(),
                                  [&r](const Rating &mine) { return mine.participantUuid == r.participantUuid; }),
                    ratings.end());
            }
        }
    }
    if (!m_me.isEmpty() && !readMine())
        return false;
    if (!reloadParameter(parameterId) || ratings.isEmpty())
        return false; // theirs kept: nothing of this round was saved
    return check(Status::failure(
        tr("The ratings of %1 keep being changed by someone else; yours were not saved. Try again in a moment.")
            .arg(parameterId)));
}

bool WorkshopSession::reveal(const QString &parameterId)
{
    if (!check(WorkshopRepository(m_db).reveal(m_assessmentId, parameterId, m_actor)))
        return false;
    return reloadParameter(parameterId);
}

bool WorkshopSession::setDissent(const QString &parameterId, const QString &dissent)
{
    if (ratings(parameterId).dissent == dissent)
        return true;
    if (!check(WorkshopRepository(m_db).setDissent(m_assessmentId, parameterId, dissent)))
        return false;
    return reloadParameter(parameterId);
}
