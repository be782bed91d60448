#include "TeamHistory.h"

#include "analysis/GapAnalysis.h"

#include <algorithm>

TeamHistory::TeamHistory(
    const ModelCatalogue &catalogue, const QList<Assessment> &assessments, const TargetProfile *profile)
{
    QList<Assessment> sorted = assessments;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Assessment &a, const Assessment &b) { return a.date < b.date; });
    for (const Assessment &a : std::as_const(sorted)) {
        const Sim3Model *model = catalogue.find(a.modelId);
        if (!model)
            continue;
        const GapAnalysis analysis(*model, a, profile);
        m_points.append(Point{a.id, a.title, a.date, analysis.categories(), analysis.overall()});
    }
}
