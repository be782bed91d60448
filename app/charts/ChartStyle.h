#pragma once

#include <QColor>
#include <QPen>

class QChart;

// Colours and line styles for every chart: the Okabe-Ito palette, which stays distinguishable
// for colour-blind readers, and in addition a line style and marker per series, so that the
// series also differ in grey-scale print.
namespace ChartStyle {

QColor colour(int index);
Qt::PenStyle lineStyle(int index);
QPen pen(int index, qreal width = 2.5);
// Follows the application palette (dark or light) and the application font.
void apply(QChart *chart);

} // namespace ChartStyle
