#pragma once

#include "domain/Assessment.h"
#include "domain/Participant.h"
#include "domain/Rating.h"
#include "domain/TargetProfile.h"
#include "domain/Team.h"

#include <optional>

// The content of one "sim3-assessment" exchange file.
struct ExchangeDocument final
{
    Team team;
    Assessment assessment; // with its answers
    std::optional<TargetProfile> profile;

    // The workshop (format version 2): participants, their ratings, and per parameter when the
    // ratings were revealed and the dissent noted.
    struct Discussion
    {
        QString parameterId;
        QDateTime revealedAt; // invalid: not revealed
        QString revealedBy;
        QString dissent;
    };
    QList<Participant> participants;
    QList<Rating> ratings;
    QList<Discussion> discussions;
};
