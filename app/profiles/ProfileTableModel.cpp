#include "ProfileTableModel.h"

#include "catalogue/Sim3Model.h"
#include "domain/LevelText.h"
#include "i18n/ColumnTitle.h"

#include <QApplication>
#include <QPalette>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// One change of one target, undoable.
class SetTargetCommand final : public QUndoCommand
{
public:
    SetTargetCommand(ProfileTableModel *model, ProfileTarget before, ProfileTarget after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_model->applyTarget(m_after); }
    void undo() override { m_model->applyTarget(m_before); }

private:
    ProfileTableModel *m_model;
    ProfileTarget m_before;
    ProfileTarget m_after;
};

} // namespace

ProfileTableModel::ProfileTableModel(const Sim3Model &model, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_undoStack(undoStack)
{
}

void ProfileTableModel::setProfile(const TargetProfile &profile, const Assessment *current, const QString &language)
{
    beginResetModel();
    m_profile = profile;
    m_current = current ? *current : Assessment{};
    m_language = language;
    endResetModel();
}

int ProfileTableModel::missingRationale() const
{
    int missing = 0;
    for (const Parameter &p : m_model.parameters()) {
        const ProfileTarget t = m_profile.targets.value(p.id);
        missing += t.level.has_value() && t.rationale.trimmed().isEmpty();
    }
    return missing;
}

void ProfileTableModel::applyTarget(const ProfileTarget &target)
{
    m_profile.targets.insert(target.parameterId, target);
    for (int row = 0; row < m_model.parameters().size(); ++row) {
        if (m_model.parameters().at(row).id == target.parameterId)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit targetChanged(target.parameterId);
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_model.parameters().size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ProfileTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Target || index.column() == Rationale)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_model.parameters().size())
        return {};
    const Parameter &p = m_model.parameters().at(index.row());
    const ProfileTarget t = m_profile.targets.value(p.id);
    const Answer a = m_current.answers.value(p.id);
    const bool lacksRationale = t.level.has_value() && t.rationale.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return p.id;
        case Name:
            return p.markedName(m_language);
        case Current:
            return LevelText::of(a);
        case Target:
            return LevelText::of(t.level, tr("no target"));
        case Rationale:
            return lacksRationale ? tr("⚠ no rationale yet") : t.rationale.simplified();
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == Target)
            return t.level ? *t.level : -1;
        if (index.column() == Rationale)
            return t.rationale;
        return data(index, Qt::DisplayRole);
    case TargetLevelRole:
        return t.level ? *t.level : -1;
    case Qt::ForegroundRole:
        if (index.column() == Rationale && lacksRationale)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return (index.column() == Current || index.column() == Target) ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Rationale)
            return t.rationale;
        return p.summaryWithNameNote(m_language);
    default:
        return {};
    }
}

bool ProfileTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Parameter &p = m_model.parameters().at(index.row());
    const ProfileTarget before = [&] {
        ProfileTarget t = m_profile.targets.value(p.id);
        t.parameterId = p.id;
        return t;
    }();
    ProfileTarget after = before;
    QString text;
    if (index.column() == Target) {
        const int level = value.toInt();
        after.level = level >= 0 && level <= 4 ? std::optional<int>(level) : std::nullopt;
        text = after.level ? tr("Set the target of %1 to %2").arg(p.id, QString::number(*after.level))
                           : tr("Remove the target of %1").arg(p.id);
    } else if (index.column() == Rationale) {
        after.rationale = value.toString();
        text = tr("Edit the rationale of %1").arg(p.id);
    } else {
        return false;
    }
    if (after == before)
        return false;
    m_undoStack->push(new SetTargetCommand(this, before, after, text));
    return true;
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("ID"),
        QT_TR_NOOP("Parameter"),
        QT_TR_NOOP("Current"),
        QT_TR_NOOP("Target"),
        QT_TR_NOOP("Rationale"),
    };
    return columnTitle<ProfileTableModel>(titles, section, orientation, role);
}
