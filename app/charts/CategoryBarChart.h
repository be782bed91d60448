#pragma once

class GapAnalysis;
class QChart;
class Sim3Model;
class QString;

// Per category, the average current level beside the average target, as bars (0-4).
namespace CategoryBarChart {

// A new chart (the caller takes ownership). Bars differ by colour and by fill pattern. The
// legend texts are `currentName` and `targetName` (empty: in the interface's language).
QChart *create(const GapAnalysis &analysis, const Sim3Model &model, const QString &language, const QString &currentName,
    const QString &targetName);

} // namespace CategoryBarChart
