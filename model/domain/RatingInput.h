#pragma once

#include "core/Result.h"
#include "domain/Rating.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// What the facilitator types for a round in the room: one entry per participant, in their
// order. "2 3 3 2 4" or "23324"; n for not applicable, a for abstain, - to leave a participant's
// rating as it is. Full-width digits (２) count as digits.
class RatingInput final
{
    Q_DECLARE_TR_FUNCTIONS(RatingInput)

public:
    // One entry per participant given (fewer than there are participants is fine: the rest
    // stay as they are); nullopt for "-". Only kind and level are set. More entries than
    // participants, or a word that is none of these, is refused with a message saying which.
    static Result<QList<std::optional<Rating>>> parse(const QString &text, int participants);
};
