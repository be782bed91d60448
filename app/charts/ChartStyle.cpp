#include "ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QXYSeries>

#include <cmath>
#include <utility>

namespace {
// Okabe & Ito, "Color Universal Design": blue, vermillion, bluish green, orange, reddish purple.
const QColor palette[] = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115), QColor(230, 159, 0),
    QColor(204, 121, 167), QColor(86, 180, 233)};
const Qt::PenStyle styles[]
    = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};
constexpr int MarkerShapes = 6;
constexpr const char *MarkerProperty = "sim3Marker";

// The families of the FontScope in force; empty without one.
QStringList &scopedFamilies()
{
    static QStringList families;
    return families;
}
} // namespace

ChartStyle::FontScope::FontScope(QStringList families)
    : m_previous(std::exchange(scopedFamilies(), std::move(families)))
{
}

ChartStyle::FontScope::~FontScope()
{
    scopedFamilies() = std::move(m_previous);
}

QFont ChartStyle::adopt(QFont f)
{
    if (!scopedFamilies().isEmpty())
        f.setFamilies(scopedFamilies());
    return f;
}

QFont ChartStyle::font()
{
    return adopt(QApplication::font());
}

QColor ChartStyle::colour(int index)
{
    return palette[static_cast<size_t>(index) % std::size(palette)];
}

Qt::PenStyle ChartStyle::lineStyle(int index)
{
    return styles[static_cast<size_t>(index) % std::size(styles)];
}

QPen ChartStyle::pen(int index, qreal width)
{
    QPen p(colour(index), width, lineStyle(index));
    p.setCapStyle(Qt::RoundCap);
    return p;
}

void ChartStyle::apply(QChart *chart)
{
    const QPalette pal = QApplication::palette();
    chart->setBackgroundBrush(pal.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(pal.text());
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setFont(font());
    chart->setTitleFont(adopt(chart->titleFont()));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ChartStyle::drawMarker(QPainter *painter, int index, QPointF centre, const QColor &colour, qreal size)
{
    const qreal r = size / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(colour);
    QPainterPath path;
    switch (index % MarkerShapes) {
    case 0:
        path.addEllipse(centre, r, r);
        break;
    case 1:
        path.addRect(QRectF(centre.x() - r * 0.85, centre.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case 2:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y() + r * 0.8);
        path.lineTo(centre.x() - r, centre.y() + r * 0.8);
        path.closeSubpath();
        break;
    case 3:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y());
        path.lineTo(centre.x(), centre.y() + r);
        path.lineTo(centre.x() - r, centre.y());
        path.closeSubpath();
        break;
    case 4: // a cross: drawn with the pen only
        painter->setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r));
        painter->drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
        painter->restore();
        return;
    default: // a ring
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, 2.5));
        path.addEllipse(centre, r * 0.8, r * 0.8);
        break;
    }
    painter->drawPath(path);
    painter->restore();
}

void ChartStyle::setMarker(QXYSeries *series, int index, bool onPoints)
{
    series->setProperty(MarkerProperty, index);
    // Qt draws a light marker on every point, whether points are visible or not.
    series->setPointsVisible(onPoints);
    if (!onPoints)
        return;
    constexpr int Size = 11;
    constexpr int Scale = 4; // drawn large, so that it stays sharp when scaled for print
    QImage image(Size * Scale, Size * Scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(Scale, Scale);
    drawMarker(&painter, index, QPointF(Size / 2.0, Size / 2.0), series->pen().color(), Size - 2);
    painter.end();
    series->setLightMarker(image);
    series->setMarkerSize(Size);
}

int ChartStyle::marker(const QXYSeries *series)
{
    bool ok = false;
    const int index = series->property(MarkerProperty).toInt(&ok);
    return ok ? index : -1;
}

QRectF ChartStyle::contentRect(const QChart *chart)
{
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal bottom = 0;
    if (chart->layout())
        chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    return chart->rect().adjusted(left, top, -right, -bottom);
}
