#include "ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace {
// Okabe & Ito, "Color Universal Design": blue, vermillion, bluish green, orange, reddish purple.
const QColor palette[] = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115), QColor(230, 159, 0),
    QColor(204, 121, 167), QColor(86, 180, 233)};
const Qt::PenStyle styles[]
    = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};
} // namespace

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
    chart->legend()->setFont(QApplication::font());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}
