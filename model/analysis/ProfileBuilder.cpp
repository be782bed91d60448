#include "ProfileBuilder.h"

#include <algorithm>

TargetProfile ProfileBuilder::uniform(const Sim3Model &model, int level)
{
    TargetProfile profile;
    for (const Parameter &p : model.parameters())
        profile.targets.insert(p.id, ProfileTarget{p.id, std::clamp(level, 0, 4), QString()});
    return profile;
}

TargetProfile ProfileBuilder::currentPlusOne(const Sim3Model &model, const Assessment &assessment, int cap)
{
    TargetProfile profile;
    const int limit = std::clamp(cap, 0, 4);
    for (const Parameter &p : model.parameters()) {
        const Answer a = assessment.answers.value(p.id);
        ProfileTarget t{p.id, std::nullopt, QString()};
        if (!a.notApplicable)
            t.level = std::min(limit, a.level ? *a.level + 1 : 1);
        profile.targets.insert(p.id, t);
    }
    return profile;
}

TargetProfile ProfileBuilder::copyOf(const Sim3Model &model, const TargetProfile &source)
{
    TargetProfile profile;
    profile.approvedBy = QString();
    for (const Parameter &p : model.parameters()) {
        ProfileTarget t = source.targets.value(p.id);
        t.parameterId = p.id;
        profile.targets.insert(p.id, t);
    }
    return profile;
}
