#pragma once

#include "catalogue/Sim3Model.h"
#include "domain/Assessment.h"
#include "domain/TargetProfile.h"

#include <QCoreApplication>

// Ways to start a target profile. Each returns targets for every parameter of the model; the
// caller names the profile and stores it.
class ProfileBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBuilder)

public:
    // The same level for every parameter.
    static TargetProfile uniform(const Sim3Model &model, int level);
    // Each parameter's current level plus one, capped at `cap`: a parameter already above the
    // cap then shows as above target. Unanswered parameters get level 1 (capped); N/A ones get
    // no target.
    static TargetProfile currentPlusOne(const Sim3Model &model, const Assessment &assessment, int cap);
    // A copy of another profile's targets and rationale (only the model's parameters).
    static TargetProfile copyOf(const Sim3Model &model, const TargetProfile &source);
};
