#pragma once

#include "analysis/ParameterResult.h"

#include "dashboard/ParameterRows.h"

#include <QAbstractTableModel>

class GapAnalysis;
class Sim3Model;

// The gap list: parameters below target (largest gap first), above target, on target, and
// then, set apart, those that are N/A, unanswered or without a target.
class GapListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GapListModel)

public:
    enum Column { Id, Name, Current, Target, Gap, State, ColumnCount };
    enum Role { ParameterIdRole = Qt::UserRole + 1, StateRole };

    explicit GapListModel(QObject *parent = nullptr);

    void setAnalysis(const GapAnalysis &analysis, const Sim3Model &model, const QString &language);
    static QString stateText(ParameterResult::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ParameterRows<ParameterResult> m_rows;
};
