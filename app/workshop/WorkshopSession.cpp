#include "WorkshopSession.h"

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
    emit participantsChanged();
    return true;
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
    if (!check(WorkshopRepository(m_db).saveRatings(m_assessmentId, ratings, m_actor)))
        return false;
    return reloadParameter(parameterId);
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
