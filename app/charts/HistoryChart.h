#pragma once

#include <QList>
#include <QPointF>
#include <QStringList>

class QChart;
class Sim3Model;
class TeamHistory;

// How a team moved over its assessments: the average current level per category (left axis,
// 0-4) and the share of parameters at target (right axis, 0-100 %), one point per assessment.
namespace HistoryChart {

struct Line
{
    QString name;
    QList<QPointF> points; // (assessment index, value); assessments without a value are left out
};

struct Data
{
    QStringList assessments; // x labels: date and title
    QList<Line> categories;
    Line shareAtTarget; // in percent
};

Data data(const TeamHistory &history, const Sim3Model &model, const QString &language);
// A new chart (the caller takes ownership). A long history is drawn as the eye can see it: at
// most MaxLabels dates under the axis (the first and the last always), a marker on each point
// only up to MarkedPoints assessments, and each line thinned to MaxPoints (see thinned()).
QChart *create(const Data &data);

constexpr int MaxLabels = 10;
constexpr int MarkedPoints = 40;
constexpr int MaxPoints = 100;

// The indexes of the assessments whose date is written under the axis: all of them up to
// `maxLabels`, else evenly spaced ones, the first and the last included.
QList<int> labelledIndexes(int count, int maxLabels = MaxLabels);
// `points` (in x order) with at most `maxPoints`: the points in consecutive runs of equal length
// (buckets), each drawn as one point at its mean position and mean value. A line through a
// thousand assessments shows the trend; one point per assessment would be a band of ink that
// nobody can read, and slow to draw.
QList<QPointF> thinned(const QList<QPointF> &points, int maxPoints = MaxPoints);

} // namespace HistoryChart
