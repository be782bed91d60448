#include "ProfileEditorDialog.h"

#include "analysis/ProfileBuilder.h"
#include "catalogue/ModelCatalogue.h"
#include "dialogs/DateField.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/ScreenFit.h"
#include "domain/ProfileMerge.h"
#include "exchange/AtomicFileWriter.h"
#include "exchange/ProfileJson.h"
#include "i18n/DateText.h"
#include "profiles/NewProfileDialog.h"
#include "profiles/ProfileTableModel.h"
#include "profiles/TargetLevelDelegate.h"
#include "storage/Database.h"
#include "storage/ProfileChoice.h"
#include "storage/ProfileRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ProfileEditorDialog::ProfileEditorDialog(Database &database, const ModelCatalogue &catalogue, const Sim3Model &model,
    const Assessment &current, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_catalogue(catalogue)
    , m_model(model)
    , m_current(current)
    , m_language(language)
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"profileEditor"_s);
    setWindowTitle(tr("Target Profiles"));
    m_tableModel = new ProfileTableModel(m_model, m_undo, this);

    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(u"profileList"_s);
    m_profiles->setAccessibleName(tr("Target profile"));
    m_new = new QPushButton(tr("Ne&w…"), this);
    m_new->setObjectName(u"newProfileButton"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_import = new QPushButton(tr("&Import…"), this);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileName"_s);
    m_name->setAccessibleName(tr("Name of the profile"));
    m_approvedBy = new QLineEdit(this);
    m_approvedBy->setObjectName(u"approvedBy"_s);
    m_approvedBy->setAccessibleName(tr("Approved by"));
    m_approved = new QCheckBox(tr("Approved &on"), this);
    m_approved->setObjectName(u"approvedCheck"_s);
    m_export->setObjectName(u"exportProfileButton"_s);
    m_approvedOn = new DateField(QDate::currentDate(), this);
    m_approvedOn->setObjectName(u"approvedOn"_s);
    m_approvedOn->setCalendarPopup(true);
    m_approvedOn->setDisplayFormat(DateText::datePattern());
    m_approvedOn->setAccessibleName(tr("Approval date"));
    m_table = new QTableView(this);
    m_table->setObjectName(u"targetTable"_s);
    m_table->setAccessibleName(tr("Targets"));
    m_table->setModel(m_tableModel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileTableModel::Rationale, QHeaderView::Stretch);
    QStringList levelNames;
    for (int level = 0; level <= 4; ++level)
        levelNames.append(m_model.level(level) ? m_model.level(level)->shortLabel.text(language) : QString());
    m_table->setItemDelegateForColumn(ProfileTableModel::Target, new TargetLevelDelegate(levelNames, m_table));
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"rationaleHint"_s);
    // What the mark after a name means; the reason for each is in its tooltip and, reachable
    // from the keyboard, under the parameter's heading in the questionnaire.
    auto *nameLegend = new QLabel(NameProvenance::marker() + u' '
            + tr("Name not verified against the official document; the questionnaire says why for each parameter."),
        this);
    nameLegend->setObjectName(u"nameLegend"_s);
    nameLegend->setWordWrap(true);
    nameLegend->setForegroundRole(QPalette::PlaceholderText);
    nameLegend->setVisible(std::any_of(m_model.parameters().cbegin(), m_model.parameters().cend(),
        [](const Parameter &p) { return !p.nameIsVerified(); }));

    QAction *undo = m_undo->createUndoAction(this);
    QAction *redo = m_undo->createRedoAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);

    auto *top = new QHBoxLayout;
    top->addWidget(m_profiles, 1);
    top->addWidget(m_new);
    top->addWidget(m_delete);
    top->addWidget(m_import);
    top->addWidget(m_export);
    auto *approval = new QHBoxLayout;
    approval->addWidget(m_approvedBy, 2);
    approval->addWidget(m_approved);
    approval->addWidget(m_approvedOn, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    // A row of several fields gets no buddy from the form: without one, the "&" would show.
    auto *approvedByLabel = new QLabel(tr("Approved &by:"), this);
    approvedByLabel->setBuddy(m_approvedBy);
    form->addRow(approvedByLabel, approval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(nameLegend);
    layout->addWidget(buttons);
    ScreenFit::resize(*this, QSize(980, 720));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::loadProfile);
    connect(m_new, &QPushButton::clicked, this, &ProfileEditorDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileEditorDialog::deleteProfile);
    connect(m_import, &QPushButton::clicked, this, &ProfileEditorDialog::importProfile);
    connect(m_export, &QPushButton::clicked, this, &ProfileEditorDialog::exportProfile);
    connect(m_tableModel, &ProfileTableModel::targetChanged, this, [this] {
        saveProfile();
        updateHint();
    });
    for (QLineEdit *edit : {m_name, m_approvedBy})
        connect(edit, &QLineEdit::editingFinished, this, &ProfileEditorDialog::saveProfile);
    connect(m_approved, &QCheckBox::toggled, this, [this](bool on) {
        m_approvedOn->setEnabled(on);
        saveProfile();
    });
    connect(m_approvedOn, &QDateEdit::dateChanged, this, &ProfileEditorDialog::saveProfile);

    const auto chosen = ProfileChoice::resolve(m_db, m_current.teamId);
    reloadList(chosen && chosen.value() ? chosen.value()->id : 0);
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

qint64 ProfileEditorDialog::currentProfileId() const
{
    return m_profiles->currentData().toLongLong();
}

void ProfileEditorDialog::selectProfile(qint64 id)
{
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(id)));
}

void ProfileEditorDialog::reloadList(qint64 select)
{
    m_loading = true;
    m_profiles->clear();
    const Result<QList<TargetProfile>> list = ProfileRepository(m_db).forTeam(m_current.teamId);
    if (list) {
        for (const TargetProfile &p : list.value())
            m_profiles->addItem(p.name, p.id);
    }
    m_loading = false;
    const int index = m_profiles->findData(select);
    m_profiles->setCurrentIndex(index >= 0 ? index : 0);
    loadProfile();
}

void ProfileEditorDialog::loadProfile()
{
    if (m_loading)
        return;
    m_undo->clear();
    const qint64 id = currentProfileId();
    const bool has = id != 0;
    for (QWidget *w :
        std::initializer_list<QWidget *>{m_name, m_approvedBy, m_approved, m_approvedOn, m_table, m_delete, m_export})
        w->setEnabled(has);
    if (!has) {
        m_tableModel->setProfile(TargetProfile{}, &m_current, m_language);
        m_hint->setText(tr("The team has no target profile yet. Create one with New…"));
        return;
    }
    const Result<TargetProfile> profile = ProfileRepository(m_db).load(id);
    if (!profile) {
        MessageBox::critical(this, tr("Target Profiles"), profile.error());
        return;
    }
    showProfile(profile.value());
    if (const Status remembered = ProfileChoice::remember(m_db, m_current.teamId, id); !remembered)
        MessageBox::warning(this, tr("Target Profiles"), remembered.error());
    updateHint();
}

void ProfileEditorDialog::showProfile(const TargetProfile &profile)
{
    m_base = profile;
    m_loading = true;
    m_tableModel->setProfile(profile, &m_current, m_language);
    m_name->setText(profile.name);
    m_approvedBy->setText(profile.approvedBy);
    m_approved->setChecked(profile.approvedOn.isValid());
    m_approvedOn->setEnabled(profile.approvedOn.isValid());
    // Never the previous profile's date: an unapproved profile offers today.
    m_approvedOn->setDate(profile.approvedOn.isValid() ? profile.approvedOn : QDate::currentDate());
    m_loading = false;
}

void ProfileEditorDialog::saveProfile()
{
    if (m_loading || currentProfileId() == 0)
        return;
    TargetProfile p = m_tableModel->profile();
    if (!m_name->text().trimmed().isEmpty())
        p.name = m_name->text().trimmed();
    p.approvedBy = m_approvedBy->text().trimmed();
    p.approvedOn = m_approved->isChecked() ? m_approvedOn->date() : QDate();
    ProfileRepository repo(m_db);
    // Saved against the profile as this dialog read it: someone else's changes are never lost.
    TargetProfile toWrite = p;
    qint64 version = m_base.version;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Result<ProfileRepository::ProfileSave> saved = repo.saveAt(toWrite, version);
        if (!saved) {
            MessageBox::critical(this, tr("Target Profiles"), saved.error());
            return;
        }
        if (!saved->conflict) {
            const bool merged = !(toWrite.targets == p.targets && toWrite.name == p.name
                && toWrite.approvedBy == p.approvedBy && toWrite.approvedOn == p.approvedOn);
            if (merged)
                showProfile(saved->profile); // with the other person's changes beside these
            else
                m_base = saved->profile;
            m_profiles->setItemText(m_profiles->currentIndex(), saved->profile.name);
            updateHint();
            return;
        }
        const TargetProfile &theirs = saved->profile;
        const ProfileMerge::Outcome outcome = ProfileMerge::threeWay(m_base, toWrite, theirs);
        toWrite = outcome.merged;
        if (!outcome.conflicts.isEmpty()
            && MessageBox::question(this, tr("Changed by Someone Else"),
                   tr("Someone else changed this profile while you were editing it, and changed the same parts as "
                      "you: %1.\n\nWrite your values over theirs for these? (No keeps theirs; your other changes "
                      "are kept either way.)")
                       .arg(outcome.conflicts.join(u", "_s)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes)
            toWrite = ProfileMerge::keepMine(outcome, p);
        m_base = theirs;
        version = theirs.version;
    }
    MessageBox::critical(this, tr("Target Profiles"),
        tr("The profile keeps being changed by someone else; your change was not saved. Try again in a moment."));
    loadProfile();
}

void ProfileEditorDialog::updateHint()
{
    const int missing = m_tableModel->missingRationale();
    m_hint->setText(missing == 0
            ? tr("Every target has a rationale.")
            : tr("%1 target(s) have no rationale yet: say why the team needs that level.").arg(missing));
}

void ProfileEditorDialog::newProfile()
{
    const Result<QList<TargetProfile>> existing = ProfileRepository(m_db).forTeam(m_current.teamId);
    if (!existing) {
        MessageBox::critical(this, tr("New Target Profile"), existing.error());
        return;
    }
    NewProfileDialog dialog(existing.value(), !m_current.answers.isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TargetProfile profile;
    switch (dialog.start()) {
    case NewProfileDialog::Start::Uniform:
        profile = ProfileBuilder::uniform(m_model, dialog.level());
        break;
    case NewProfileDialog::Start::CurrentPlusOne:
        profile = ProfileBuilder::currentPlusOne(m_model, m_current, dialog.level());
        break;
    case NewProfileDialog::Start::Copy: {
        const Result<TargetProfile> source = ProfileRepository(m_db).load(dialog.copyFrom());
        if (!source) {
            MessageBox::critical(this, tr("New Target Profile"), source.error());
            return;
        }
        profile = ProfileBuilder::copyOf(m_model, source.value());
        break;
    }
    case NewProfileDialog::Start::File: {
        const std::optional<TargetProfile> read = readProfileFile();
        if (!read)
            return;
        profile = *read;
        break;
    }
    }
    if (!dialog.name().isEmpty())
        profile.name = dialog.name();
    profile.teamId = m_current.teamId;
    const Result<TargetProfile> stored = ProfileRepository(m_db).insert(profile);
    if (!stored) {
        MessageBox::critical(this, tr("New Target Profile"), stored.error());
        return;
    }
    reloadList(stored->id);
}

std::optional<TargetProfile> ProfileEditorDialog::readProfileFile()
{
    const QString path = FileDialog::openFileName(
        this, tr("Import Target Profile"), tr("Target profile files (*.json);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    Result<TargetProfile> read = ProfileJson::readFile(path, m_catalogue);
    if (!read) {
        MessageBox::critical(this, tr("Import Target Profile"),
            tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), read.error()));
        return std::nullopt;
    }
    return std::move(read).value();
}

void ProfileEditorDialog::importProfile()
{
    std::optional<TargetProfile> profile = readProfileFile();
    if (!profile)
        return;
    const Result<TargetProfile> stored = ProfileRepository(m_db).insertReceived(*profile, m_current.teamId);
    if (!stored) {
        MessageBox::critical(this, tr("Import Target Profile"), stored.error());
        return;
    }
    reloadList(stored->id);
}

void ProfileEditorDialog::exportProfile()
{
    if (currentProfileId() == 0)
        return;
    const QString path = FileDialog::saveFileName(this, tr("Export Target Profile"),
        FileDialog::suggestedName(m_name->text(), u".sim3-profile.json"_s), tr("Target profile files (*.json)"));
    if (path.isEmpty())
        return;
    // What is exported is what the database holds, with the approval just typed saved first.
    saveProfile();
    const Result<TargetProfile> stored = ProfileRepository(m_db).load(currentProfileId());
    if (!stored) {
        MessageBox::critical(this, tr("Export Target Profile"), stored.error());
        return;
    }
    if (const Status written = AtomicFileWriter::write(path, ProfileJson::write(stored.value(), m_model)); !written)
        MessageBox::critical(this, tr("Export Target Profile"), written.error());
}

void ProfileEditorDialog::deleteProfile()
{
    const qint64 id = currentProfileId();
    if (id == 0)
        return;
    const auto answer = MessageBox::question(this, tr("Delete Target Profile"),
        tr("Delete the target profile \"%1\" with all its targets and rationale? This cannot be undone.")
            .arg(m_name->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status removed = ProfileRepository(m_db).remove(id); !removed)
        MessageBox::critical(this, tr("Delete Target Profile"), removed.error());
    reloadList(0);
}
