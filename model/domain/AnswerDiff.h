#pragma once

#include "domain/Answer.h"
#include "domain/AnswerField.h"

#include <QList>

// One field of an answer before and after a change, as the change log words values: levels as
// digits or "N/A", flags as "yes"/"no", dates in ISO 8601, evidence as its titles.
struct FieldChange final
{
    AnswerField field = AnswerField::Level;
    QString before;
    QString after;

    bool operator==(const FieldChange &o) const { return field == o.field && before == o.before && after == o.after; }
};

namespace AnswerDiff {
// What changed from `before` to `after`, in the log's order; empty when nothing did. Evidence
// counts as changed when any item differs, even with the same titles (a new link or date).
QList<FieldChange> between(const Answer &before, const Answer &after);
} // namespace AnswerDiff
