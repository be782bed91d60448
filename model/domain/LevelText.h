#pragma once

#include "domain/Answer.h"
#include "domain/Rating.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// How a level reads, in one place: a digit, "N/A" for a parameter marked not applicable, and a
// dash for none. Tables, the report, the command line and the change log all word levels here.
class LevelText final
{
    Q_DECLARE_TR_FUNCTIONS(LevelText)

public:
    // Shown for no level: an en dash.
    static QString none();
    // "N/A" in the interface's language: a parameter marked not applicable.
    static QString notApplicable();
    // "3", or `noLevel` (a dash unless given).
    static QString of(const std::optional<int> &level, const QString &noLevel = none());
    // "N/A" (translated) for a parameter marked not applicable, else of(answer.level, noLevel).
    static QString of(const Answer &answer, const QString &noLevel = none());
    // One participant's rating: "3", "N/A" or "abstains" (translated).
    static QString of(const Rating &rating);
    // A gap or change with its sign: "+2", "0", "-1"; `noLevel` when there is none.
    static QString signedDifference(const std::optional<int> &difference, const QString &noLevel = none());
    // "2→3": a level that moved.
    static QString step(int from, int to);
    // The language-neutral form the change log stores: "N/A", "3", or empty.
    static QString stored(const Answer &answer);
    // The stored form shown in the interface's language ("N/A" translated, others as they are).
    static QString fromStored(const QString &stored);
};
