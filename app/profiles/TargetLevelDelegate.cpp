#include "TargetLevelDelegate.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

TargetLevelDelegate::TargetLevelDelegate(QStringList levelNames, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_levelNames(std::move(levelNames))
{
}

QWidget *TargetLevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->setObjectName(u"targetEditor"_s);
    box->setAccessibleName(tr("Target level"));
    box->addItem(tr("No target"), -1);
    for (int level = 0; level <= 4; ++level)
        box->addItem(u"%1 — %2"_s.arg(level).arg(m_levelNames.value(level)), level);
    return box;
}

void TargetLevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
}

void TargetLevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}
