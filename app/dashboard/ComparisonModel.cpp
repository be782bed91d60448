#include "ComparisonModel.h"

#include "domain/LevelText.h"
#include "i18n/ColumnTitle.h"
using namespace Qt::StringLiterals;

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(
    const AssessmentComparison &comparison, const Sim3Model &model, const QString &language)
{
    beginResetModel();
    m_rows.set(comparison.rows(), model, language);
    endResetModel();
}

QString ComparisonModel::changeText(AssessmentComparison::Change change)
{
    switch (change) {
    case AssessmentComparison::Change::Improved:
        return tr("▲ Improved");
    case AssessmentComparison::Change::Regressed:
        return tr("▼ Regressed");
    case AssessmentComparison::Change::Unchanged:
        return tr("= Unchanged");
    case AssessmentComparison::Change::NowAnswered:
        return tr("Newly answered");
    case AssessmentComparison::Change::NoLongerAnswered:
        return tr("No longer answered");
    case AssessmentComparison::Change::NotComparable:
        return tr("Not comparable");
    case AssessmentComparison::Change::NotConfirmed:
        return tr("? Not confirmed");
    }
    return {};
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_rows.contains(index.row()))
        return {};
    const AssessmentComparison::Row &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return (index.column() == Earlier || index.column() == Later) ? QVariant(Qt::AlignCenter) : QVariant();
    if (role == Qt::ToolTipRole && (index.column() == EarlierComment || index.column() == LaterComment))
        return index.column() == EarlierComment ? r.earlier.comment : r.later.comment;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.parameterId;
    case Name:
        return m_rows.name(index.row());
    case Earlier:
        return LevelText::of(r.earlier);
    case Later:
        return LevelText::of(r.later);
    case Change:
        return changeText(r.change);
    case EarlierComment:
        return r.earlier.comment.simplified();
    case LaterComment:
        return r.later.comment.simplified();
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("ID"),
        QT_TR_NOOP("Parameter"),
        QT_TR_NOOP("Earlier"),
        QT_TR_NOOP("Later"),
        QT_TR_NOOP("Change"),
        QT_TR_NOOP("Earlier comment"),
        QT_TR_NOOP("Later comment"),
    };
    return columnTitle<ComparisonModel>(titles, section, orientation, role);
}
