#pragma once

#include "analysis/CategorySummary.h"
#include "catalogue/ModelCatalogue.h"
#include "domain/Assessment.h"
#include "domain/TargetProfile.h"

#include <QDate>
#include <QList>

// How a team moved across its assessments: per assessment (oldest first) the summary of each
// category and overall, against one target profile, from the same GapAnalysis the dashboard uses.
class TeamHistory final
{
public:
    struct Point
    {
        qint64 assessmentId = 0;
        QString title;
        QDate date;
        QList<CategorySummary> categories; // in model order
        CategorySummary overall;
    };

    // Assessments whose model the catalogue does not know are left out. `profile` may be null.
    TeamHistory(const ModelCatalogue &catalogue, const QList<Assessment> &assessments, const TargetProfile *profile);

    const QList<Point> &points() const { return m_points; }

private:
    QList<Point> m_points;
};
