#include "GapListModel.h"

#include "analysis/GapAnalysis.h"
#include "domain/LevelText.h"

using namespace Qt::StringLiterals;

GapListModel::GapListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GapListModel::setAnalysis(const GapAnalysis &analysis, const Sim3Model &model, const QString &language)
{
    beginResetModel();
    m_rows = analysis.gapList() + analysis.setApart();
    m_names.clear();
    for (const ParameterResult &r : std::as_const(m_rows)) {
        const Parameter *p = model.parameter(r.parameterId);
        m_names.append(p ? p->name.text(language) : QString());
    }
    endResetModel();
}

QString GapListModel::stateText(ParameterResult::State state)
{
    switch (state) {
    case ParameterResult::State::Below:
        return tr("▼ Below target");
    case ParameterResult::State::Above:
        return tr("▲ Above target (more than needed?)");
    case ParameterResult::State::OnTarget:
        return tr("● On target");
    case ParameterResult::State::NoTarget:
        return tr("No target");
    case ParameterResult::State::NotApplicable:
        return tr("Not applicable");
    case ParameterResult::State::Unanswered:
        return tr("Unanswered");
    }
    return {};
}

int GapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ParameterResult &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return r.parameterId;
        case Name:
            return m_names.value(index.row());
        case Current:
            return r.state == ParameterResult::State::NotApplicable ? LevelText::notApplicable()
                                                                    : LevelText::of(r.current);
        case Target:
            return LevelText::of(r.target);
        case Gap:
            return LevelText::signedDifference(r.gap());
        case State:
            return stateText(r.state);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return (index.column() == Current || index.column() == Target || index.column() == Gap)
            ? QVariant(Qt::AlignCenter)
            : QVariant();
    case ParameterIdRole:
        return r.parameterId;
    case StateRole:
        return static_cast<int>(r.state);
    default:
        return {};
    }
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Parameter");
    case Current:
        return tr("Current");
    case Target:
        return tr("Target");
    case Gap:
        return tr("Gap");
    case State:
        return tr("State");
    default:
        return {};
    }
}
