#pragma once

#include "core/LocalizedText.h"

// One step of the SIM3 scale (0 to 4) as the catalogue describes it.
struct LevelDefinition final
{
    int level = 0;
    LocalizedText shortLabel;
    LocalizedText longLabel;
};
