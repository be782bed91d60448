#pragma once

#include <QColor>
#include <QPen>

class QChart;
class QPainter;
class QXYSeries;

// Colours and line styles for every chart: the Okabe-Ito palette, which stays distinguishable
// for colour-blind readers, and in addition a line style and marker per series, so that the
// series also differ in grey-scale print.
namespace ChartStyle {

QColor colour(int index);
Qt::PenStyle lineStyle(int index);
QPen pen(int index, qreal width = 2.5);
// Draws marker `index` (circle, square, triangle, diamond, cross, …), `size` across, at `centre`.
void drawMarker(QPainter *painter, int index, QPointF centre, const QColor &colour, qreal size = 10);
// Gives the series marker `index`, in the series' colour: in a LineLegend always, and at each of
// its points when `onPoints` (a point per assessment of a long history would be a band of ink).
void setMarker(QXYSeries *series, int index, bool onPoints = true);
// The marker given by setMarker(), or -1.
int marker(const QXYSeries *series);
// Where the chart's background is drawn (inside its layout's margins), in its own coordinates.
QRectF contentRect(const QChart *chart);
// Follows the application palette (dark or light) and the application font.
void apply(QChart *chart);

} // namespace ChartStyle
