#pragma once

#include "domain/TargetProfile.h"

#include <QStringList>

namespace ProfileMerge {

struct Outcome
{
    TargetProfile merged; // theirs, with every part only I changed taken from mine
    // Parameters whose target (level or rationale) both changed differently, and "name" or
    // "approval" when both changed those: in `merged` they are still theirs.
    QStringList conflicts;
};

// Two people edited the same target profile from the same `base`. The result starts from
// `theirs` (the stored one, with its version) and takes each part that only `mine` changed.
Outcome threeWay(const TargetProfile &base, const TargetProfile &mine, const TargetProfile &theirs);

// `merged` with mine taken for every conflicting part as well: written over theirs, knowingly.
TargetProfile keepMine(const Outcome &outcome, const TargetProfile &mine);

} // namespace ProfileMerge
