#include "GapAnalysis.h"

#include <algorithm>

namespace {

void add(CategorySummary &s, const ParameterResult &r, int &currentSum, int &targetSum, int &targetCount)
{
    ++s.parameters;
    switch (r.state) {
    case ParameterResult::State::NotApplicable:
        ++s.notApplicable;
        return;
    case ParameterResult::State::Unanswered:
        ++s.unanswered;
        break;
    default:
        ++s.answered;
        currentSum += *r.current;
        break;
    }
    if (r.target) {
        targetSum += *r.target;
        ++targetCount;
    }
    if (r.current && r.target) {
        ++s.withTarget;
        s.meeting += r.meetsTarget();
        s.below += r.state == ParameterResult::State::Below;
        s.above += r.state == ParameterResult::State::Above;
    }
}

void finish(CategorySummary &s, int currentSum, int targetSum, int targetCount)
{
    if (s.answered > 0)
        s.averageCurrent = double(currentSum) / s.answered;
    if (targetCount > 0)
        s.averageTarget = double(targetSum) / targetCount;
}

} // namespace

GapAnalysis::GapAnalysis(const Sim3Model &model, const Assessment &assessment, const TargetProfile *profile)
{
    for (const Parameter &p : model.parameters()) {
        ParameterResult r;
        r.parameterId = p.id;
        r.categoryId = p.categoryId;
        const Answer a = assessment.answers.value(p.id);
        if (profile)
            r.target = profile->targets.value(p.id).level;
        if (a.notApplicable) {
            r.state = ParameterResult::State::NotApplicable;
        } else if (!a.level) {
            r.state = ParameterResult::State::Unanswered;
        } else {
            r.current = a.level;
            if (!r.target)
                r.state = ParameterResult::State::NoTarget;
            else if (*r.current < *r.target)
                r.state = ParameterResult::State::Below;
            else if (*r.current > *r.target)
                r.state = ParameterResult::State::Above;
            else
                r.state = ParameterResult::State::OnTarget;
        }
        m_parameters.append(r);
    }

    int overallCurrent = 0;
    int overallTarget = 0;
    int overallTargetCount = 0;
    for (const Category &c : model.categories()) {
        CategorySummary s;
        s.categoryId = c.id;
        int currentSum = 0;
        int targetSum = 0;
        int targetCount = 0;
        for (const ParameterResult &r : std::as_const(m_parameters)) {
            if (r.categoryId != c.id)
                continue;
            add(s, r, currentSum, targetSum, targetCount);
            add(m_overall, r, overallCurrent, overallTarget, overallTargetCount);
        }
        finish(s, currentSum, targetSum, targetCount);
        m_categories.append(s);
    }
    finish(m_overall, overallCurrent, overallTarget, overallTargetCount);
}

const ParameterResult *GapAnalysis::parameter(const QString &parameterId) const
{
    for (const ParameterResult &r : m_parameters) {
        if (r.parameterId == parameterId)
            return &r;
    }
    return nullptr;
}

QList<ParameterResult> GapAnalysis::gapList() const
{
    QList<ParameterResult> below;
    QList<ParameterResult> above;
    QList<ParameterResult> on;
    for (const ParameterResult &r : m_parameters) {
        if (r.state == ParameterResult::State::Below)
            below.append(r);
        else if (r.state == ParameterResult::State::Above)
            above.append(r);
        else if (r.state == ParameterResult::State::OnTarget)
            on.append(r);
    }
    // Stable sorts keep the model order among equal gaps.
    std::stable_sort(below.begin(), below.end(),
        [](const ParameterResult &a, const ParameterResult &b) { return *a.gap() > *b.gap(); });
    std::stable_sort(above.begin(), above.end(),
        [](const ParameterResult &a, const ParameterResult &b) { return *a.gap() < *b.gap(); });
    return below + above + on;
}

QList<ParameterResult> GapAnalysis::setApart() const
{
    QList<ParameterResult> apart;
    for (const ParameterResult &r : m_parameters) {
        if (r.state == ParameterResult::State::NotApplicable || r.state == ParameterResult::State::Unanswered
            || r.state == ParameterResult::State::NoTarget)
            apart.append(r);
    }
    return apart;
}

const char *GapAnalysis::methodSource()
{
    return QT_TRANSLATE_NOOP("GapAnalysis",
        "Each parameter has a current level (0 to 4) from the assessment and, in the chosen target profile, "
        "a target level or no target.\n\n"
        "Gap: the target minus the current level. A positive gap means the parameter is below its target; a "
        "negative gap means it is above, which may be more than the team needs to invest in.\n\n"
        "Meeting the target: the current level is at or above the target. The share at target divides the "
        "parameters that meet their target by all parameters that have both a level and a target.\n\n"
        "Average current level: the mean over the parameters answered with a level. Average target: the mean "
        "over the parameters that have a target and are not \"not applicable\".\n\n"
        "\"Not applicable\" and unanswered parameters are never counted as zero: they are left out of every "
        "average and every share, and listed apart, as are answered parameters without a target.\n\n"
        "Comparing two assessments: a parameter improved when its level rose, regressed when it fell, and is "
        "unchanged when it stayed; a parameter answered in only one of them is listed as such.");
}

QString GapAnalysis::methodText()
{
    return tr(methodSource());
}
