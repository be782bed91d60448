#include "ComparisonModel.h"

#include "domain/LevelText.h"
using namespace Qt::StringLiterals;

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(
    const AssessmentComparison &comparison, const Sim3Model &model, const QString &language)
{
    beginResetModel();
    m_rows = comparison.rows();
    m_names.clear();
    for (const AssessmentComparison::Row &r : std::as_const(m_rows)) {
        const Parameter *p = model.parameter(r.parameterId);
        m_names.append(p ? p->name.text(language) : QString());
    }
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
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
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
        return m_names.value(index.row());
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Parameter");
    case Earlier:
        return tr("Earlier");
    case Later:
        return tr("Later");
    case Change:
        return tr("Change");
    case EarlierComment:
        return tr("Earlier comment");
    case LaterComment:
        return tr("Later comment");
    default:
        return {};
    }
}
