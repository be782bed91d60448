#pragma once

#include "core/LocalizedText.h"

#include <array>

// One SIM3 parameter with our own summary and a guidance line for levels 1 to 4.
struct Parameter final
{
    QString id; // "O-1"
    QString categoryId; // "O"
    LocalizedText name;
    LocalizedText summary;
    std::array<LocalizedText, 4> guidance; // index 0 is level 1
    QString provenance; // how sure we are of the official name: seen, topic, recalled, unverified...

    // The guidance line for `level` 1-4; an empty text for level 0 or out of range.
    LocalizedText guidanceFor(int level) const;
};
