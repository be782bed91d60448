#pragma once

#include "analysis/RatingSpread.h"
#include "core/Result.h"
#include "domain/Participant.h"
#include "domain/Rating.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

// What the room may see of one parameter's ratings. Until the facilitator reveals them, only
// who has rated is known, never what: nobody anchors on the first number. The rule lives here,
// not in a view.
struct ParameterRatings final
{
    static constexpr int MaxDissent = 10000;

    QString parameterId;
    QStringList ratedBy; // uuids of the participants who have rated, in participant order
    bool revealed = false;
    QDateTime revealedAt; // UTC
    QString revealedBy;
    QList<Rating> ratings; // in participant order; empty until revealed
    // Per participant who rated, the stored version of their rating: what a later save is made
    // against. A count of changes, never what was rated, so it is known while hidden.
    QHash<QString, qint64> versions;
    RatingSpread spread; // empty until revealed
    QString dissent; // who held which level and why, where the team disagreed

    // How much the parameter needs the room's time, highest first: disputed before undisputed,
    // then the wider spread, then the fewer ratings (those still to be heard). Hidden ratings
    // count only by how many there are.
    int discussionPriority(int disputeThreshold) const;
};

// The workshop of an assessment in the database: its participants, their ratings, and per
// parameter when the ratings were revealed and the dissent recorded. Every write is one
// transaction and is refused for a final assessment.
class WorkshopRepository final
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopRepository)

public:
    explicit WorkshopRepository(Database &database)
        : m_db(database)
    {
    }

    Result<QList<Participant>> participants(qint64 assessmentId) const;
    // Makes the list the assessment's participants, in this order: new ones (no uuid, which
    // they then get, or an unknown one, which they keep) are added, known ones renamed, and
    // those left out removed with their ratings. Names must be non-empty and differ (ignoring
    // case). Returns the list as stored.
    Result<QList<Participant>> setParticipants(qint64 assessmentId, QList<Participant> participants);

    // Stores one participant's rating of one parameter (replacing an earlier one), recording
    // who entered it and when.
    Status saveRating(qint64 assessmentId, Rating rating, const QString &actor);
    // Several participants' ratings at once (a round typed in the room), all or nothing.
    Status saveRatings(qint64 assessmentId, const QList<Rating> &ratings, const QString &actor);
    // As saveRatings, but only where each participant's stored rating is still at the version
    // read (`readVersions` by participant uuid; none: not rated). Otherwise nothing is written
    // and the result lists the ratings someone else entered meanwhile: who and when, and the
    // rating itself only once revealed. Empty: all saved.
    Result<QList<Rating>> saveRatingsAt(qint64 assessmentId, const QList<Rating> &ratings,
        const QHash<QString, qint64> &readVersions, const QString &actor);
    Status clearRating(qint64 assessmentId, const QString &participantUuid, const QString &parameterId);
    // An imported workshop, inside the caller's transaction, for a draft assessment without one:
    // participants with their uuids, ratings with who entered them and when, and discussions.
    Status importWorkshop(qint64 assessmentId, const QList<Participant> &participants, const QList<Rating> &ratings,
        const QList<ParameterRatings> &discussions);
    // A participant's ratings are replaced by these, all or nothing (a re-imported file).
    Status replaceRatings(
        qint64 assessmentId, const QString &participantUuid, const QList<Rating> &ratings, const QString &actor);
    // One participant's own ratings, revealed or not: what they entered themselves.
    Result<QList<Rating>> ratingsOf(qint64 assessmentId, const QString &participantUuid) const;
    // Every rating of the assessment, revealed or not, for a complete export of it.
    Result<QList<Rating>> allRatings(qint64 assessmentId) const;

    Result<ParameterRatings> forParameter(qint64 assessmentId, const QString &parameterId) const;
    // Every parameter that has ratings or a discussion, by parameter id.
    Result<QHash<QString, ParameterRatings>> forAssessment(qint64 assessmentId) const;
    Status reveal(qint64 assessmentId, const QString &parameterId, const QString &actor);
    Status setDissent(qint64 assessmentId, const QString &parameterId, const QString &dissent);

    // How far apart the highest and lowest level must lie for a parameter to be disputed: a
    // setting of the database, so the whole team uses the same.
    int disputeThreshold() const;
    Status setDisputeThreshold(int threshold);

private:
    // Runs `work` in one transaction, refused for a final assessment.
    Status inDraft(qint64 assessmentId, const std::function<Status()> &work);
    // What the room may see of one parameter, or of all (`parameterId` empty).
    Result<QHash<QString, ParameterRatings>> read(qint64 assessmentId, const QString &parameterId) const;
    Result<qint64> participantId(qint64 assessmentId, const QString &participantUuid) const;
    Status insertRating(qint64 participantId, const Rating &rating, const QString &actor);

    Database &m_db;
};
