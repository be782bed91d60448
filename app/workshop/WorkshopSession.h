#pragma once

#include "domain/Participant.h"
#include "storage/WorkshopRepository.h"

#include <QHash>
#include <QObject>

class Database;

// The workshop of the open assessment: its participants and what the room may see of their
// ratings, kept equal to the database. Every change is saved at once; a failure is reported
// and changes nothing shown.
class WorkshopSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopSession)

public:
    // `database` must outlive the session.
    WorkshopSession(Database &database, qint64 assessmentId, QString actor, QObject *parent = nullptr);

    // Reads everything again; false (and errorOccurred) when the database could not be read.
    bool reload();
    void setActor(const QString &actor) { m_actor = actor; }

    const QList<Participant> &participants() const { return m_participants; }
    bool hasParticipants() const { return !m_participants.isEmpty(); }
    // The parameter's ratings as the room may see them (hidden until revealed). Valid until
    // the next change of the workshop; list views read it for every row, so it is not copied.
    const ParameterRatings &ratings(const QString &parameterId) const;
    int disputeThreshold() const { return m_threshold; }

    bool setParticipants(const QList<Participant> &participants);
    // Entries in participant order; an empty entry leaves that participant's rating alone.
    bool enterRatings(const QString &parameterId, const QList<std::optional<Rating>> &entries);
    bool reveal(const QString &parameterId);
    bool setDissent(const QString &parameterId, const QString &dissent);

signals:
    void participantsChanged();
    void ratingsChanged(const QString &parameterId);
    void errorOccurred(const QString &message);

private:
    bool check(const Status &status);
    bool reloadParameter(const QString &parameterId);

    Database &m_db;
    qint64 m_assessmentId;
    QString m_actor;
    QList<Participant> m_participants;
    QHash<QString, ParameterRatings> m_ratings;
    int m_threshold = RatingSpread::DefaultDisputeThreshold;
};
