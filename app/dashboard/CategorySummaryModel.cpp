#include "CategorySummaryModel.h"

#include "analysis/GapAnalysis.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

CategorySummaryModel::CategorySummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CategorySummaryModel::setAnalysis(const GapAnalysis &analysis, const Sim3Model &model, const QString &language)
{
    beginResetModel();
    m_rows = analysis.categories();
    m_rows.append(analysis.overall());
    m_names.clear();
    for (const CategorySummary &c : analysis.categories()) {
        const Category *category = model.category(c.categoryId);
        m_names.append(u"%1 %2"_s.arg(c.categoryId, category ? category->name.text(language) : QString()));
    }
    m_names.append(tr("All parameters"));
    endResetModel();
}

int CategorySummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CategorySummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategorySummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CategorySummary &s = m_rows.at(index.row());
    const bool total = index.row() == m_rows.size() - 1;
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    auto average = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'f', 2) : u"–"_s; };
    switch (index.column()) {
    case Name:
        return m_names.value(index.row());
    case Answered:
        return tr("%1 of %2").arg(s.answered).arg(s.parameters);
    case NotApplicable:
        return s.notApplicable;
    case AverageCurrent:
        return average(s.averageCurrent);
    case AverageTarget:
        return average(s.averageTarget);
    case Below:
        return s.below;
    case OnTarget:
        return s.onTarget();
    case Above:
        return s.above;
    case NotCompared:
        return s.notCompared();
    default:
        return {};
    }
}

QVariant CategorySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Below:
            return tr("Parameters with a level below their target");
        case OnTarget:
            return tr("Parameters exactly at their target");
        case Above:
            return tr("Parameters above their target: more than the team said it needs");
        case NotCompared:
            return tr("Parameters not compared: not applicable, unanswered, or without a target. Below, on "
                      "target, above and not compared add up to all parameters.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Category");
    case Answered:
        return tr("Answered");
    case NotApplicable:
        return tr("N/A");
    case AverageCurrent:
        return tr("Current (avg.)");
    case AverageTarget:
        return tr("Target (avg.)");
    case Below:
        return tr("Below");
    case OnTarget:
        return tr("On target");
    case Above:
        return tr("Above");
    case NotCompared:
        return tr("Not compared");
    default:
        return {};
    }
}
