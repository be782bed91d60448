#pragma once

#include "core/Result.h"
#include "domain/Answer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;

// The answers table and the evidence rows under each answer: reading them and writing one
// answer. No transaction and no rules about final assessments or the change log here; the
// caller (AssessmentRepository) holds those.
class AnswerStore final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerStore)

public:
    explicit AnswerStore(Database &database)
        : m_db(database)
    {
    }

    // Every answer of an assessment with its evidence, by parameter id. An answer that breaks
    // the rules (written by another program) is refused, not passed on.
    Result<QHash<QString, Answer>> forAssessment(qint64 assessmentId) const;
    // Every answer of every assessment of a team, by assessment id, then parameter id, in one
    // query, with what the dashboard's history reads: the answered ones (a level or not
    // applicable), with their level and flags. Versions, justifications, comments, actions,
    // authors and evidence are left empty (a team may have a thousand assessments).
    Result<QHash<qint64, QHash<QString, Answer>>> levelsForTeam(qint64 teamId) const;
    // The stored answer, or an empty one for `parameterId` when none is stored.
    Result<Answer> find(qint64 assessmentId, const QString &parameterId) const;
    // Inserts or updates the answer row and its evidence; evidence rows are kept by UUID, so an
    // edited item keeps its id. `evidenceIds` receives the rows' ids in order.
    Status write(qint64 assessmentId, const Answer &answer, QList<qint64> *evidenceIds = nullptr);

private:
    Status writeEvidence(qint64 answerId, const Answer &answer, QList<qint64> *evidenceIds);

    Database &m_db;
};
