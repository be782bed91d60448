#pragma once

#include "core/Result.h"
#include "domain/Evidence.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The team's answer for one parameter of one assessment.
struct Answer final
{
    // What one answer may hold, the same in the exchange schema, on import and when typing:
    // enough for any real comment, small enough that every report renders in bounded time.
    static constexpr int MaxShortText = 500; // owner, evidence title
    static constexpr int MaxLocation = 2000; // evidence location (a long URL)
    static constexpr int MaxLongText = 20000; // comment, justification
    static constexpr int MaxEvidence = 50;

    QString parameterId;
    std::optional<int> level; // 0-4; empty when unanswered or not applicable
    bool notApplicable = false; // our feature, not a SIM3 level: needs a justification
    QString justification;
    QString comment;
    bool reviewFlag = false;
    bool toConfirm = false; // carried over from an earlier assessment and not yet confirmed
    QString actionOwner;
    QDate actionDue;
    QList<Evidence> evidence;
    QDateTime changedAt; // UTC
    QString changedBy;
    // Raised by one with every write of the stored row; 0 while nothing is stored. A save
    // against an older version than the row's is a conflict (AssessmentRepository::saveAnswerAt).
    qint64 version = 0;

    bool isAnswered() const { return notApplicable || level.has_value(); }
    // Answered and confirmed: what progress counts as done.
    bool isConfirmed() const { return isAnswered() && !toConfirm; }
    // Carried over from an earlier assessment and not yet confirmed by anyone.
    bool awaitsConfirmation() const { return isAnswered() && toConfirm; }
    // The rules every stored answer obeys: a level 0-4, or N/A with a justification, not both.
    Status check() const;
    // The level rules of check() alone (a level 0-4, or N/A, not both): for reads that leave
    // the texts out.
    Status checkLevel() const;
    // Whether the parts a person edits are the same (ignores who changed it and when).
    bool sameContent(const Answer &other) const;
};
