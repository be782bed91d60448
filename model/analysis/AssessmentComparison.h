#pragma once

#include "catalogue/Sim3Model.h"
#include "domain/Assessment.h"

#include <QList>

// Two assessments of a team side by side, parameter by parameter (in the newer one's model).
class AssessmentComparison final
{
public:
    // NotConfirmed: one side is an answer carried over that nobody has confirmed yet; it says
    // nothing about a change.
    enum class Change { Improved, Regressed, Unchanged, NowAnswered, NoLongerAnswered, NotComparable, NotConfirmed };

    struct Row
    {
        QString parameterId;
        Answer earlier;
        Answer later;
        Change change = Change::NotComparable;
        // later - earlier when both have a level.
        std::optional<int> delta;
    };

    AssessmentComparison(const Sim3Model &model, const Assessment &earlier, const Assessment &later);

    const QList<Row> &rows() const { return m_rows; }
    int count(Change change) const;

private:
    QList<Row> m_rows;
};
