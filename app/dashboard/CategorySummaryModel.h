#pragma once

#include "analysis/CategorySummary.h"

#include <QAbstractTableModel>

class GapAnalysis;
class Sim3Model;

// Per category (and all together): parameters, answered, N/A, averages and how many meet,
// miss or exceed their target. Reads a GapAnalysis.
class CategorySummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategorySummaryModel)

public:
    // Below, OnTarget, Above and NotCompared split the parameters: they add up to the whole.
    enum Column {
        Name,
        Answered,
        NotApplicable,
        AverageCurrent,
        AverageTarget,
        Below,
        OnTarget,
        Above,
        NotCompared,
        ColumnCount
    };

    explicit CategorySummaryModel(QObject *parent = nullptr);

    void setAnalysis(const GapAnalysis &analysis, const Sim3Model &model, const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CategorySummary> m_rows; // categories, then the total
    QStringList m_names;
};
