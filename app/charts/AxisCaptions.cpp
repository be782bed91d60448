#include "AxisCaptions.h"

#include "charts/ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPalette>

namespace {

constexpr qreal Inset = 6;

QGraphicsSimpleTextItem *caption(QChart *chart, const QString &text)
{
    if (text.isEmpty())
        return nullptr;
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setFont(ChartStyle::font());
    item->setBrush(QApplication::palette().text());
    return item;
}

} // namespace

void AxisCaptions::attach(QChart *chart, const QString &left, const QString &right)
{
    QGraphicsSimpleTextItem *leftItem = caption(chart, left);
    QGraphicsSimpleTextItem *rightItem = caption(chart, right);
    const QFontMetricsF metrics(ChartStyle::font());
    QMargins margins = chart->margins();
    // The caption's line, and half a line for the top tick label centred on the plot's edge.
    margins.setTop(qCeil(metrics.height() * 1.8 + Inset));
    chart->setMargins(margins);
    const auto place = [chart, leftItem, rightItem] {
        const QRectF area = ChartStyle::contentRect(chart);
        if (leftItem)
            leftItem->setPos(area.left() + Inset, area.top() + Inset);
        if (rightItem)
            rightItem->setPos(area.right() - Inset - rightItem->boundingRect().width(), area.top() + Inset);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}
