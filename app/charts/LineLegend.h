#pragma once

class QChart;
class QGraphicsItem;

// A legend for line charts that shows what each line looks like, not only its colour: a short
// stretch of the line in its colour and dash pattern with the series' marker on it, then the
// name. Entries flow in rows under the plot; the chart's bottom margin makes room for them.
// Replaces the chart's own legend, which draws coloured squares.
namespace LineLegend {

// For every named line series of `chart`, as it is now. The entries belong to the chart.
void attach(QChart *chart);
// Whether `item` is one of the entries attach() made.
bool isEntry(const QGraphicsItem *item);

} // namespace LineLegend
