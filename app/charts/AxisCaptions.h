#pragma once

class QChart;
class QString;

// The titles of a chart's two vertical axes, written level above each axis instead of turned
// along it: Japanese reads badly turned on its side, and Qt Charts cuts a turned CJK title to
// "…" when the fallback font is taller than the one it measured with. The chart's top margin
// makes room for them.
namespace AxisCaptions {

// Empty texts are left out. The captions belong to the chart.
void attach(QChart *chart, const QString &left, const QString &right);

} // namespace AxisCaptions
