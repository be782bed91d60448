#pragma once

#include "core/Result.h"
#include "domain/Assessment.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QList>

class Database;

struct AnswerCounts
{
    int answered = 0; // confirmed
    int toConfirm = 0;
};

// One time an assessment was marked final (status Final) or reopened (Draft).
struct StatusChange
{
    Assessment::Status status = Assessment::Status::Draft;
    QDateTime changedAt; // UTC
    QString changedBy;
};

class AssessmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(Database &database)
        : m_db(database)
    {
    }

    Result<Assessment> create(qint64 teamId, const QString &title, const QDate &date, const QString &modelId,
        const QStringList &assessors = {});
    // A new assessment that starts from `previousId` of the same team: its answers, comments and
    // evidence are carried over for every parameter the new model has, each marked "to confirm"
    // so that nothing stale slips into the new review.
    Result<Assessment> createFrom(qint64 previousId, const QString &title, const QDate &date, const QString &modelId,
        const QStringList &assessors, const QStringList &modelParameterIds, const QString &actor);
    // Inserts an assessment as given (uuid, times and answers included), as an import does.
    // Answers are stored without change-log entries: they are not edits made here.
    Result<Assessment> insert(Assessment assessment);
    // Title, date and assessors of a draft; the model and team never change, and a final
    // assessment is refused.
    Status updateHeader(const Assessment &assessment);
    // Marks an assessment final or reopens it as a draft, recording who did it and when. A final
    // assessment refuses every change to its header and answers until it is reopened.
    Status setStatus(qint64 id, Assessment::Status status, const QString &actor);
    // Every time the assessment was marked final or reopened, oldest first.
    Result<QList<StatusChange>> statusHistory(qint64 id) const;
    Status remove(qint64 id);

    Result<QList<Assessment>> all() const;
    Result<QList<Assessment>> forTeam(qint64 teamId) const;
    // Per assessment id, how many parameters have a confirmed level or N/A, and how many were
    // carried over and await confirmation.
    Result<QHash<qint64, AnswerCounts>> answeredCounts() const;
    // The header only.
    Result<Assessment> find(qint64 id) const;
    // A header with no id when there is none with that uuid.
    Result<Assessment> findByUuid(const QString &uuid) const;
    // The header with every answer and its evidence.
    Result<Assessment> load(qint64 id) const;
    // Every assessment of a team with the levels of its answers (AnswerStore::levelsForTeam),
    // oldest first, in two queries: what a team's history needs.
    Result<QList<Assessment>> forTeamWithLevels(qint64 teamId) const;
    // The second of those queries alone, by assessment id, for headers already read (forTeam).
    Result<QHash<qint64, QHash<QString, Answer>>> levelsForTeam(qint64 teamId) const;

    // Saves one answer durably, in one transaction, and appends what changed to the log under
    // `actor`. An answer identical to the stored one writes nothing. When `stored` is given it
    // receives the answer as it now is in the database (who and when, evidence ids).
    Status saveAnswer(qint64 assessmentId, Answer answer, const QString &actor, Answer *stored = nullptr);

    // What became of a save made against the version its editor read.
    struct AnswerSave
    {
        bool conflict = false; // someone else changed the answer since: nothing was written
        Answer answer; // as stored now: the saved one, or on a conflict the other person's
    };
    // As saveAnswer, but only if the stored answer is still at `readVersion` (0: none stored).
    // Otherwise nothing is written and the outcome holds the other person's answer, with who
    // and when, for the editor to choose; an identical change made by both is no conflict.
    Result<AnswerSave> saveAnswerAt(qint64 assessmentId, Answer answer, qint64 readVersion, const QString &actor);

    // For an import, inside its transaction: the status a file gave, without a log entry (the
    // assessment was made final elsewhere). Everything else of it must be stored first.
    Status restoreFinal(qint64 id);
    // Inside a transaction: refuses with a message naming the assessment when it is final.
    Status requireDraft(qint64 assessmentId);

private:
    Result<AnswerSave> save(
        qint64 assessmentId, Answer answer, std::optional<qint64> readVersion, const QString &actor);
    // A new header with a fresh uuid, created now; not stored yet.
    Assessment newHeader(qint64 teamId, const QString &title, const QDate &date, const QString &modelId,
        const QStringList &assessors) const;
    Status touch(qint64 assessmentId);
    Result<QList<Assessment>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
