#pragma once

#include <QStyledItemDelegate>

// Edits a target level with a list: "no target" or 0-4 with the level's name.
class TargetLevelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetLevelDelegate)

public:
    // `levelNames` are the short labels of levels 0-4 in the current language.
    TargetLevelDelegate(QStringList levelNames, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_levelNames;
};
