#include "SpreadStripDelegate.h"

#include "workshop/AgreementModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

void SpreadStripDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background and selection as any other cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QVariantList counts = index.data(AgreementModel::CountsRole).toList();
    if (counts.size() != 5)
        return; // not revealed: nothing to draw
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dot = selected ? ink : option.palette.color(QPalette::Highlight);
    const QRectF area = QRectF(option.rect).adjusted(4, 2, -4, -2);
    const qreal place = area.width() / 5.0;
    const qreal radiusMax = std::min(place, area.height()) * 0.42;
    const int most
        = std::max(1, std::max_element(counts.cbegin(), counts.cend(), [](const QVariant &a, const QVariant &b) {
              return a.toInt() < b.toInt();
          })->toInt());
    const int team = index.data(AgreementModel::TeamLevelRole).toInt();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal middle = area.center().y();
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->drawLine(QPointF(area.left(), middle), QPointF(area.right(), middle));
    for (int level = 0; level < 5; ++level) {
        const QPointF centre(area.left() + place * (level + 0.5), middle);
        const int n = counts.at(level).toInt();
        if (n > 0) {
            // Area grows with the count, so a single dissenting view still shows.
            const qreal radius = radiusMax * std::max(0.45, std::sqrt(static_cast<double>(n) / most));
            painter->setPen(Qt::NoPen);
            painter->setBrush(dot);
            painter->drawEllipse(centre, radius, radius);
            if (n > 1) {
                painter->setPen(option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
                QFont small = option.font;
                small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
                painter->setFont(small);
                painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2),
                    Qt::AlignCenter, QString::number(n));
            }
        }
        if (level == team) {
            painter->setPen(QPen(ink, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(centre, radiusMax + 1.5, radiusMax + 1.5);
        }
    }
    if (const QVariant median = index.data(AgreementModel::MedianRole); median.isValid()) {
        const qreal x = area.left() + place * (median.toDouble() + 0.5);
        painter->setPen(QPen(ink, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    painter->restore();
}

QSize SpreadStripDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int unit = option.fontMetrics.height();
    return QSize(unit * 8, QStyledItemDelegate::sizeHint(option, index).height()).expandedTo({0, unit + 4});
}
