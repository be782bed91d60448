#include "CategorySummary.h"

std::optional<double> CategorySummary::shareAtTarget() const
{
    if (withTarget == 0)
        return std::nullopt;
    return double(meeting) / double(withTarget);
}
