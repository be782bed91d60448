#pragma once

#include "domain/Assessment.h"
#include "domain/TargetProfile.h"

#include <QAbstractTableModel>

class QUndoStack;
class Sim3Model;

// The targets of one profile beside the current levels, editable: target level (or none) and
// rationale. Every edit is an undoable command; `saver` stores the changed profile at once.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTableModel)

public:
    enum Column { Id, Name, Current, Target, Rationale, ColumnCount };
    enum Role { TargetLevelRole = Qt::UserRole + 1 }; // int 0-4, or -1 for no target

    ProfileTableModel(const Sim3Model &model, QUndoStack *undoStack, QObject *parent = nullptr);

    // `current` may be null (no assessment to show beside the targets).
    void setProfile(const TargetProfile &profile, const Assessment *current, const QString &language);
    const TargetProfile &profile() const { return m_profile; }
    int missingRationale() const;

    // Applies without an undo command; used by the commands themselves.
    void applyTarget(const ProfileTarget &target);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A target changed (by an edit, undo or redo): the owner saves the profile.
    void targetChanged(const QString &parameterId);

private:
    const Sim3Model &m_model;
    QUndoStack *m_undoStack;
    TargetProfile m_profile;
    Assessment m_current;
    QString m_language = QStringLiteral("en");
};
