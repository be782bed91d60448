#include "GapAnalysis.h"

#include <algorithm>

namespace {

// The sums behind a summary's averages.
struct Sums
{
    int answeredLevels = 0; // over the parameters answered with a level
    int comparedLevels = 0; // over the parameters answered with a level that have a target
    int comparedTargets = 0; // the targets of those same parameters
};

void add(CategorySummary &s, const ParameterResult &r, Sums &sums)
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
        sums.answeredLevels += *r.current;
        break;
    }
    if (r.current && r.target) {
        ++s.withTarget;
        sums.comparedLevels += *r.current;
        sums.comparedTargets += *r.target;
        s.meeting += r.meetsTarget();
        s.below += r.state == ParameterResult::State::Below;
        s.above += r.state == ParameterResult::State::Above;
    }
}

// With a target profile both averages are taken over the same parameters, those compared (a
// level and a target), so that the two numbers side by side can be compared. Without one, the
// current average is taken over every parameter answered with a level.
void finish(CategorySummary &s, const Sums &sums, bool withProfile)
{
    if (withProfile) {
        if (s.withTarget > 0) {
            s.averageCurrent = double(sums.comparedLevels) / s.withTarget;
            s.averageTarget = double(sums.comparedTargets) / s.withTarget;
        }
    } else if (s.answered > 0) {
        s.averageCurrent = double(sums.answeredLevels) / s.answered;
    }
}

} // namespace

GapAnalysis::GapAnalysis(const Sim3Model &model, const Assessment &assessment, const TargetProfile *profile)
{
    for (const Parameter &p : model.parameters()) {
        ParameterResult r;
        r.parameterId = p.id;
        r.categoryId = p.categoryId;
        // Looked up, not copied: a team's history analyses 45,000 answers.
        const auto answer = assessment.answers.constFind(p.id);
        const Answer *a = answer != assessment.answers.cend() ? &*answer : nullptr;
        if (profile) {
            if (const auto target = profile->targets.constFind(p.id); target != profile->targets.cend())
                r.target = target->level;
        }
        if (a && a->notApplicable) {
            r.state = ParameterResult::State::NotApplicable;
        } else if (!a || !a->level) {
            r.state = ParameterResult::State::Unanswered;
        } else {
            r.current = a->level;
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

    Sums overall;
    for (const Category &c : model.categories()) {
        CategorySummary s;
        s.categoryId = c.id;
        Sums sums;
        for (const ParameterResult &r : std::as_const(m_parameters)) {
            if (r.categoryId != c.id)
                continue;
            add(s, r, sums);
            add(m_overall, r, overall);
        }
        finish(s, sums, profile != nullptr);
        m_categories.append(s);
    }
    finish(m_overall, overall, profile != nullptr);
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
        "Averages: with a target profile, the average current level and the average target are both taken over "
        "the same parameters, those answered with a level that have a target, so that the two can be compared. "
        "Without a target profile, the average current level is taken over every parameter answered with a "
        "level.\n\n"
        "\"Not applicable\" and unanswered parameters are never counted as zero: they are left out of every "
        "average and every share, and listed apart, as are answered parameters without a target.\n\n"
        "Comparing two assessments: a parameter improved when its level rose, regressed when it fell, and is "
        "unchanged when it stayed; a parameter answered in only one of them is listed as such.\n\n"
        "What these numbers are: SIM3 rates each parameter and defines no overall score. Averages and shares "
        "are this application's aids for reading many parameters at once; a target is met parameter by "
        "parameter. \"Not applicable\" is not a SIM3 level (SIM3 rates every parameter), so every such answer "
        "carries its justification. This is a self-assessment made by the team with its own tool, not a SIM3 "
        "audit by the Open CSIRT Foundation (OCF), and not endorsed by it.");
}

QString GapAnalysis::methodText()
{
    return tr(methodSource());
}
