#pragma once

#include <QString>

#include <optional>

// The numbers of one category (or of the whole model when categoryId is empty).
struct CategorySummary final
{
    QString categoryId;
    int parameters = 0;
    int answered = 0; // with a level
    int notApplicable = 0;
    int unanswered = 0;
    int withTarget = 0; // answered with a level and given a target
    int meeting = 0; // of those, at or above target
    int below = 0;
    int above = 0;
    // With a target profile, both averages are over the same parameters: those answered with a
    // level that have a target (withTarget); none when there is none. Without a profile, the
    // current average is over every parameter answered with a level, and there is no target.
    std::optional<double> averageCurrent;
    std::optional<double> averageTarget;

    // meeting / withTarget; none when no parameter has both a level and a target.
    std::optional<double> shareAtTarget() const;

    // The parameters split four ways, which add up to `parameters`: below their target, exactly
    // on it, above it, and not compared (not applicable, unanswered, or without a target).
    int onTarget() const { return meeting - above; }
    int notCompared() const { return parameters - withTarget; }
    int withoutTarget() const { return answered - withTarget; }
};
