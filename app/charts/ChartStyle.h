#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QStringList>

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
// Follows the application palette (dark or light) and font().
void apply(QChart *chart);

// The font of chart text: the application's, in the families of the FontScope in force.
QFont font();
// `f`, in the families of the FontScope in force; unchanged without one.
QFont adopt(QFont f);

// While it lives, charts created on this thread draw their text in `families` (the report's
// fonts, so that a report embeds one Japanese font, not two). Charts are made on the GUI thread.
class FontScope final
{
public:
    explicit FontScope(QStringList families);
    ~FontScope();
    FontScope(const FontScope &) = delete;
    FontScope &operator=(const FontScope &) = delete;

private:
    QStringList m_previous;
};

} // namespace ChartStyle
