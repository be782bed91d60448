#include "Parameter.h"

LocalizedText Parameter::guidanceFor(int level) const
{
    if (level < 1 || level > 4)
        return {};
    return guidance.at(static_cast<size_t>(level - 1));
}
