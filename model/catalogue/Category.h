#pragma once

#include "core/LocalizedText.h"

// A SIM3 category: O, H, T or P in the official models.
struct Category final
{
    QString id;
    LocalizedText name;
};
