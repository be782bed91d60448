#pragma once

#include "analysis/AssessmentComparison.h"

#include "dashboard/ParameterRows.h"

#include <QAbstractTableModel>

// Two assessments side by side: level before and after, what changed, and both comments.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column { Id, Name, Earlier, Later, Change, EarlierComment, LaterComment, ColumnCount };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(const AssessmentComparison &comparison, const Sim3Model &model, const QString &language);
    static QString changeText(AssessmentComparison::Change change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ParameterRows<AssessmentComparison::Row> m_rows;
};
