#include "ParameterResult.h"

std::optional<int> ParameterResult::gap() const
{
    if (!current || !target)
        return std::nullopt;
    return *target - *current;
}
