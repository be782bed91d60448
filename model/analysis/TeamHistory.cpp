#include "TeamHistory.h"

#include "analysis/GapAnalysis.h"

#include <algorithm>
#include <vector>

TeamHistory::TeamHistory(
    const ModelCatalogue &catalogue, const QList<Assessment> &assessments, const TargetProfile *profile)
{
    // Sorted by reference: a copy of a thousand assessments, each with its answers, costs more
    // than the analyses.
    std::vector<const Assessment *> sorted;
    sorted.reserve(assessments.size());
    for (const Assessment &a : assessments)
        sorted.push_back(&a);
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Assessment *a, const Assessment *b) { return a->date < b->date; });
    m_points.reserve(static_cast<qsizetype>(sorted.size()));
    for (const Assessment *a : sorted) {
        const Sim3Model *model = catalogue.find(a->modelId);
        if (!model)
            continue;
        const GapAnalysis analysis(*model, *a, profile);
        m_points.append(Point{a->id, a->title, a->date, analysis.categories(), analysis.overall()});
    }
}
