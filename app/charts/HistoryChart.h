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
// A new chart (the caller takes ownership).
QChart *create(const Data &data);

} // namespace HistoryChart
