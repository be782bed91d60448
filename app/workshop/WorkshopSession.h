#pragma once

#include "domain/Participant.h"
#include "storage/WorkshopRepository.h"

#include <QHash>
#include <QObject>

#include <functional>

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

    // "My ratings": this computer's user rates alone, as one participant, before the workshop.
    // Their own ratings are theirs to see; the level keys rate instead of setting the team's
    // level. An empty uuid goes back to the room. False (nothing changed) when it cannot be read.
    bool rateAs(const QString &participantUuid);
    bool isRatingAlone() const { return !m_me.isEmpty(); }
    // The participant rating alone; nullptr in the room.
    const Participant *me() const;
    std::optional<Rating> myRating(const QString &parameterId) const;
    int myRatingCount() const { return static_cast<int>(m_mine.size()); }
    // Stores (or with nothing, removes) my rating of the parameter.
    bool setMyRating(const QString &parameterId, const std::optional<Rating> &rating);

    // Someone else entered ratings for some of the same participants since this window read
    // them (`theirs`: who and when; what only once revealed). True: write this round's over
    // theirs; false: keep theirs and save the rest. Without a resolver theirs are kept and
    // errorOccurred() says so.
    using ConflictResolver = std::function<bool(const QString &parameterId, const QList<Rating> &theirs)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

    bool setParticipants(const QList<Participant> &participants);
    // For every assessment of the database; what is disputed is worked out again.
    bool setDisputeThreshold(int threshold);
    // Entries in participant order; an empty entry leaves that participant's rating alone.
    bool enterRatings(const QString &parameterId, const QList<std::optional<Rating>> &entries);
    bool reveal(const QString &parameterId);
    bool setDissent(const QString &parameterId, const QString &dissent);

signals:
    void participantsChanged();
    void ratingAloneChanged();
    void ratingsChanged(const QString &parameterId);
    void errorOccurred(const QString &message);

private:
    bool check(const Status &status);
    bool reloadParameter(const QString &parameterId);
    bool readMine();
    // Saves against the versions this window read, asking on a conflict.
    bool saveAgainstRead(const QString &parameterId, QList<Rating> ratings, QHash<QString, qint64> versions);

    Database &m_db;
    qint64 m_assessmentId;
    QString m_actor;
    QList<Participant> m_participants;
    QHash<QString, ParameterRatings> m_ratings;
    QString m_me; // the participant rating alone, or empty
    QHash<QString, Rating> m_mine; // their ratings by parameter
    int m_threshold = RatingSpread::DefaultDisputeThreshold;
    ConflictResolver m_resolver;
};
