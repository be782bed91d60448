#pragma once

#include "domain/Assessment.h"
#include "domain/TargetProfile.h"
#include "domain/Team.h"

#include <optional>

// The content of one "sim3-assessment" exchange file.
struct ExchangeDocument final
{
    Team team;
    Assessment assessment; // with its answers
    std::optional<TargetProfile> profile;
};
