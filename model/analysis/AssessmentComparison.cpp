#include "AssessmentComparison.h"

#include <algorithm>

AssessmentComparison::AssessmentComparison(const Sim3Model &model, const Assessment &earlier, const Assessment &later)
{
    for (const Parameter &p : model.parameters()) {
        Row row;
        row.parameterId = p.id;
        row.earlier = earlier.answers.value(p.id);
        row.later = later.answers.value(p.id);
        const bool before = row.earlier.level.has_value();
        const bool after = row.later.level.has_value();
        if (row.earlier.awaitsConfirmation() || row.later.awaitsConfirmation()) {
            row.change = Change::NotConfirmed;
            if (before && after)
                row.delta = *row.later.level - *row.earlier.level;
        } else if (before && after) {
            row.delta = *row.later.level - *row.earlier.level;
            row.change = *row.delta > 0 ? Change::Improved : (*row.delta < 0 ? Change::Regressed : Change::Unchanged);
        } else if (after) {
            row.change = Change::NowAnswered;
        } else if (before) {
            row.change = Change::NoLongerAnswered;
        } else {
            // Neither has a level: N/A both times, unanswered, or one of each.
            row.change
                = row.earlier.notApplicable == row.later.notApplicable ? Change::Unchanged : Change::NotComparable;
        }
        m_rows.append(row);
    }
}

int AssessmentComparison::count(Change change) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [change](const Row &r) { return r.change == change; }));
}
