#pragma once

#include "analysis/GapAnalysis.h"
#include "report/ReportData.h"

#include <QDate>
#include <QList>
#include <QString>

// What a management report says, worked out once from its data and read by every format (PDF,
// ODT, XLSX, CSV): the gap analysis, the improvement plan, and the changes since the previous
// assessment. Keeps a reference to `data`, which must outlive it.
class ReportContent final
{
public:
    // One row of the improvement plan: a parameter below its target.
    struct PlanRow
    {
        QString parameterId;
        QString name; // in the report's language
        int current = 0;
        int target = 0;
        QString rationale; // why this target (from the profile)
        QString comment;
        QString owner;
        QDate due;

        int gap() const { return target - current; }
    };

    // A parameter where the room disagreed: its revealed ratings lie at least the dispute
    // threshold apart.
    struct Dispute
    {
        QString parameterId;
        QString name; // in the report's language
        RatingSpread spread;
        Answer consensus; // the team's answer
        QString dissent;
    };

    // One parameter whose level went up or down since the previous assessment.
    struct Change
    {
        QString parameterId;
        int earlier = 0;
        int later = 0;
    };

    explicit ReportContent(const ReportData &data);
    ReportContent(const ReportContent &) = delete;
    ReportContent &operator=(const ReportContent &) = delete;

    const ReportData &data() const { return m_data; }
    const GapAnalysis &analysis() const { return m_analysis; }
    // Below target, largest gap first (then model order).
    const QList<PlanRow> &plan() const { return m_plan; }
    // "O-1 Mandate" for each parameter above its target, largest excess first.
    const QStringList &aboveTarget() const { return m_aboveTarget; }
    const QList<Change> &improved() const { return m_improved; }
    const QList<Change> &regressed() const { return m_regressed; }
    // Whether the assessment had a workshop with participants.
    bool hasWorkshop() const { return !m_data.participants.isEmpty(); }
    // Disputed parameters, widest spread first (then model order).
    const QList<Dispute> &disputes() const { return m_disputes; }
    // The revealed spread of one parameter; empty when nothing was revealed.
    RatingSpread spread(const QString &parameterId) const;
    // "O-1 Mandate": the parameter's id and name in the report's language.
    QString parameterTitle(const QString &parameterId) const;

private:
    const ReportData &m_data;
    GapAnalysis m_analysis;
    QList<PlanRow> m_plan;
    QStringList m_aboveTarget;
    QList<Change> m_improved;
    QList<Change> m_regressed;
    QList<Dispute> m_disputes;
};
