#include "RatingSpread.h"

#include <algorithm>
#include <cmath>

std::optional<int> RatingSpread::suggestedConsensus() const
{
    if (!median)
        return std::nullopt;
    return static_cast<int>(std::floor(*median));
}

RatingSpread RatingSpread::of(const QList<Rating> &ratings)
{
    RatingSpread spread;
    QList<int> levels;
    for (const Rating &r : ratings) {
        switch (r.kind) {
        case Rating::Kind::Level:
            if (r.level >= 0 && r.level <= 4) {
                levels.append(r.level);
                ++spread.counts.at(static_cast<std::size_t>(r.level));
            }
            break;
        case Rating::Kind::NotApplicable:
            ++spread.notApplicable;
            break;
        case Rating::Kind::Abstain:
            ++spread.abstained;
            break;
        }
    }
    spread.levels = static_cast<int>(levels.size());
    if (levels.isEmpty())
        return spread;
    std::sort(levels.begin(), levels.end());
    spread.min = levels.first();
    spread.max = levels.last();
    const qsizetype middle = levels.size() / 2;
    spread.median = levels.size() % 2 == 1 ? double(levels.at(middle))
                                           : (double(levels.at(middle - 1)) + double(levels.at(middle))) / 2.0;
    return spread;
}
