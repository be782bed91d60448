#pragma once

#include "catalogue/NameProvenance.h"
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
    NameProvenance::Kind provenance = NameProvenance::Unverified; // how sure we are of the official name

    // The guidance line for `level` 1-4; an empty text for level 0 or out of range.
    LocalizedText guidanceFor(int level) const;
    bool nameIsVerified() const { return NameProvenance::isVerified(provenance); }
    // The name as people read it: followed by NameProvenance::marker() when it is not verified.
    QString markedName(const QString &language) const;
    // The summary, followed by why the name is marked when it is (a tooltip on the name).
    QString summaryWithNameNote(const QString &language) const;
};
