#include "ReportContent.h"

#include "analysis/AssessmentComparison.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ReportContent::ReportContent(const ReportData &data)
    : m_data(data)
    , m_analysis(data.model, data.assessment, data.profile ? &*data.profile : nullptr)
{
    for (const ParameterResult &r : m_analysis.gapList()) {
        if (r.state == ParameterResult::State::Above)
            m_aboveTarget.append(parameterTitle(r.parameterId));
        if (r.state != ParameterResult::State::Below)
            continue;
        const Answer answer = data.assessment.answers.value(r.parameterId);
        const Parameter *parameter = data.model.parameter(r.parameterId);
        m_plan.append({r.parameterId, parameter ? parameter->name.text(data.language) : QString(), *r.current,
            *r.target, data.profile->targets.value(r.parameterId).rationale, answer.comment, answer.actionOwner,
            answer.actionDue});
    }
    for (const Parameter &p : data.model.parameters()) {
        const ParameterRatings r = data.ratings.value(p.id);
        if (r.revealed && r.spread.isDisputed(data.disputeThreshold))
            m_disputes.append(
                {p.id, p.name.text(data.language), r.spread, data.assessment.answers.value(p.id), r.dissent});
    }
    std::stable_sort(m_disputes.begin(), m_disputes.end(),
        [](const Dispute &a, const Dispute &b) { return a.spread.width() > b.spread.width(); });
    if (!data.previous)
        return;
    const AssessmentComparison comparison(data.model, *data.previous, data.assessment);
    for (const AssessmentComparison::Row &r : comparison.rows()) {
        if (r.change == AssessmentComparison::Change::Improved)
            m_improved.append({r.parameterId, *r.earlier.level, *r.later.level});
        if (r.change == AssessmentComparison::Change::Regressed)
            m_regressed.append({r.parameterId, *r.earlier.level, *r.later.level});
    }
}

RatingSpread ReportContent::spread(const QString &parameterId) const
{
    const ParameterRatings r = m_data.ratings.value(parameterId);
    return r.revealed ? r.spread : RatingSpread();
}

QString ReportContent::parameterTitle(const QString &parameterId) const
{
    const Parameter *parameter = m_data.model.parameter(parameterId);
    return u"%1 %2"_s.arg(parameterId, parameter ? parameter->name.text(m_data.language) : QString());
}
