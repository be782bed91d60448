#pragma once

#include <QList>
#include <QPointF>
#include <QStringList>

class GapAnalysis;
class QChart;

// The SIM3 "spider" diagram: current levels against targets, one spoke per parameter.
namespace RadarChart {

struct Data
{
    QString currentName; // legend texts; empty: the interface's language
    QString targetName;
    QStringList labels; // one per spoke: the parameter id, marked when N/A or unanswered
    QList<QPointF> current; // (spoke, level); spokes without a level are left out, never drawn as 0
    QList<QPointF> target; // (spoke, target); spokes without a target are left out
};

// `categoryId` empty: all parameters. `notApplicable` and `unanswered` mark those spokes;
// empty: in the interface's language.
Data data(const GapAnalysis &analysis, const QString &categoryId, QString notApplicable = QString(),
    QString unanswered = QString());
// A new chart (the caller takes ownership) drawing `data`; series names are translated.
QChart *create(const Data &data);

} // namespace RadarChart
