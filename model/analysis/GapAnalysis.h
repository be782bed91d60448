#pragma once

#include "analysis/CategorySummary.h"
#include "analysis/ParameterResult.h"
#include "catalogue/Sim3Model.h"
#include "domain/Assessment.h"
#include "domain/TargetProfile.h"

#include <QCoreApplication>
#include <QList>

// Current levels of an assessment against a target profile: per parameter, per category and
// overall. The rules, stated once here and in methodText():
// - Averages of current levels count only parameters answered with a level; N/A and unanswered
//   parameters are left out, never counted as zero.
// - Averages of targets count parameters with a target that are not N/A.
// - A parameter meets its target when its level is at or above it; "share at target" divides
//   those by the parameters that have both a level and a target.
class GapAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(GapAnalysis)

public:
    // `profile` may be null: then no parameter has a target.
    GapAnalysis(const Sim3Model &model, const Assessment &assessment, const TargetProfile *profile);

    const QList<ParameterResult> &parameters() const { return m_parameters; }
    const QList<CategorySummary> &categories() const { return m_categories; }
    const CategorySummary &overall() const { return m_overall; }
    const ParameterResult *parameter(const QString &parameterId) const;

    // Below target, largest gap first (then model order); then above target, largest excess
    // first; then on target. N/A, unanswered and no-target parameters are not in this list.
    QList<ParameterResult> gapList() const;
    // The parameters the gap list leaves out, in model order.
    QList<ParameterResult> setApart() const;

    // How the numbers are computed, in plain words, in the current interface language.
    static QString methodText();
    // The same text untranslated (context "GapAnalysis"), for a report in another language.
    static const char *methodSource();

private:
    QList<ParameterResult> m_parameters;
    QList<CategorySummary> m_categories;
    CategorySummary m_overall;
};
