#pragma once

#include <QStyledItemDelegate>

// Draws a parameter's revealed ratings in one table cell: five places for the levels 0-4, a dot
// per place sized by how many chose it (with the count beside it when more than one), the
// team's level ringed and the median as a tick. The cell's tooltip says the same in words.
class SpreadStripDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpreadStripDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
