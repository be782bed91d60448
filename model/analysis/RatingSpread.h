#pragma once

#include "domain/Rating.h"

#include <QList>

#include <array>
#include <optional>

// How far the participants' ratings of one parameter lie apart. Only levels count: N/A and
// abstain are counted on their own and never as a level.
struct RatingSpread final
{
    // A parameter is disputed when its highest and lowest levels lie this far apart or more,
    // unless the team sets another threshold.
    static constexpr int DefaultDisputeThreshold = 2;

    int levels = 0; // ratings with a level
    int notApplicable = 0;
    int abstained = 0;
    std::optional<int> min;
    std::optional<int> max;
    // The middle level; with an even number of levels, the mean of the two middle ones (2.5).
    std::optional<double> median;
    std::array<int, 5> counts{}; // per level 0-4

    int ratings() const { return levels + notApplicable + abstained; }
    // max - min; 0 without levels.
    int width() const { return min ? *max - *min : 0; }
    bool isDisputed(int threshold = DefaultDisputeThreshold) const { return min && width() >= threshold; }
    // The consensus to suggest: the median, and between two middle levels the lower one (a
    // level is met only when everything it asks for is in place).
    std::optional<int> suggestedConsensus() const;

    static RatingSpread of(const QList<Rating> &ratings);
};
