#pragma once

#include "core/Result.h"
#include "domain/AnswerChange.h"
#include "domain/AnswerDiff.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The append-only log of answer changes: who changed which field of which answer, when, from
// what to what. The database refuses updates to it (a trigger); rows go only with their
// assessment.
class AnswerLog final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerLog)

public:
    explicit AnswerLog(Database &database)
        : m_db(database)
    {
    }

    // Inside the caller's transaction: one row per change.
    Status append(qint64 assessmentId, const QString &parameterId, const QList<FieldChange> &changes,
        const QDateTime &changedAt, const QString &changedBy);
    // Oldest first.
    Result<QList<AnswerChange>> history(qint64 assessmentId, const QString &parameterId) const;

private:
    Database &m_db;
};
