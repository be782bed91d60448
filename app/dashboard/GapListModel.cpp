#include "GapListModel.h"

#include "analysis/GapAnalysis.h"
#include "domain/LevelText.h"
#include "i18n/ColumnTitle.h"

using namespace Qt::StringLiterals;

GapListModel::GapListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GapListModel::setAnalysis(const GapAnalysis &analysis, const Sim3Model &model, const QString &language)
{
    beginResetModel();
    m_rows.set(analysis.gapList() + analysis.setApart(), model, language);
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
    return parent.isValid() ? 0 : m_rows.count();
}

int GapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_rows.contains(index.row()))
        return {};
    const ParameterResult &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return r.parameterId;
        case Name:
            return m_rows.name(index.row());
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
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("ID"),
        QT_TR_NOOP("Parameter"),
        QT_TR_NOOP("Current"),
        QT_TR_NOOP("Target"),
        QT_TR_NOOP("Gap"),
        QT_TR_NOOP("State"),
    };
    return columnTitle<GapListModel>(titles, section, orientation, role);
}
