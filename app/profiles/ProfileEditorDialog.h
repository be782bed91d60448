#pragma once

#include "catalogue/Sim3Model.h"
#include "domain/Assessment.h"
#include "domain/TargetProfile.h"

#include <QDialog>

#include <optional>

class Database;
class ModelCatalogue;
class ProfileTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

// A team's target profiles: create (uniform, current + 1, copy, file), edit every target and
// its rationale with undo, record the approval, import and export as JSON, delete. Every
// change is saved at once.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

public:
    // `current` is the assessment whose levels are shown beside the targets.
    ProfileEditorDialog(Database &database, const ModelCatalogue &catalogue, const Sim3Model &model,
        const Assessment &current, const QString &language, QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    qint64 currentProfileId() const;
    void selectProfile(qint64 id);
    void newProfile();
    void deleteProfile();
    void importProfile();
    void exportProfile();

private:
    void reloadList(qint64 select);
    void loadProfile();
    // Shows `profile` and makes it the one edits are saved against.
    void showProfile(const TargetProfile &profile);
    void saveProfile();
    void updateHint();
    // Asks for a sim3-target-profile file and reads it; nothing when cancelled or refused (the
    // refusal is shown).
    std::optional<TargetProfile> readProfileFile();

    Database &m_db;
    const ModelCatalogue &m_catalogue;
    Sim3Model m_model;
    Assessment m_current;
    TargetProfile m_base; // the profile as last read or saved: what an edit is made against
    QString m_language;
    QUndoStack *m_undo = nullptr;
    ProfileTableModel *m_tableModel = nullptr;
    bool m_loading = false;

    QComboBox *m_profiles = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_approvedBy = nullptr;
    QCheckBox *m_approved = nullptr;
    QDateEdit *m_approvedOn = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
};
