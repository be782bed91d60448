#include "MainWindow.h"

#include "dashboard/DashboardPage.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "i18n/LanguageManager.h"
#include "identity/KeyboardUser.h"
#include "library/AssessmentLibrary.h"
#include "profiles/ProfileEditorDialog.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/MainActions.h"
#include "shell/ShortcutsDialog.h"
#include "start/AssessmentBrowser.h"
#include "start/WelcomePage.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
} // namespace

MainWindow::MainWindow(Database &database, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_db(database)
    , m_languages(languages)
    , m_catalogue(ModelCatalogue::bundled())
    , m_actions(new MainActions(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_browser(new AssessmentBrowser(database, m_catalogue, m_pages))
    , m_library(new AssessmentLibrary(database, m_catalogue, languages, this))
    , m_state(database)
{
    setObjectName(u"mainWindow"_s);
    m_baseFontSize = QApplication::font().pointSizeF();
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_browser);
    setCentralWidget(m_pages);

    QAction *undo = m_undoGroup->createUndoAction(this);
    QAction *redo = m_undoGroup->createRedoAction(this);
    undo->setObjectName(u"actionUndo"_s);
    redo->setObjectName(u"actionRedo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra :
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(extra))
            redoKeys.append(extra);
    }
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);
    m_actions->buildMenus(menuBar(), undo, redo);
    connectActions();

    connect(m_library, &AssessmentLibrary::aboutToRemove, this, &MainWindow::closeAssessment);
    connect(m_library, &AssessmentLibrary::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_welcome, &WelcomePage::createTeamRequested, this, &MainWindow::createTeam);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::loadDemoData);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importAssessment);
    connect(m_browser, &AssessmentBrowser::assessmentActivated, this, [this](qint64 id) { openAssessment(id); });
    connect(m_browser, &AssessmentBrowser::selectionChanged, this, &MainWindow::updateActions);
    connect(m_browser, &AssessmentBrowser::newAssessmentRequested, this, &MainWindow::newAssessment);
    connect(m_browser, &AssessmentBrowser::newTeamRequested, this, &MainWindow::createTeam);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        report(m_state.storeLanguage(language));
        applyLanguage(language);
    });

    // Settings are read as untrusted: another program or a hand edit may have written anything.
    m_state.restoreGeometry(*this);
    if (const std::optional<qreal> fontSize = m_state.fontSize()) {
        QFont f = QApplication::font();
        f.setPointSizeF(*fontSize);
        QApplication::setFont(f);
    }
    retranslate();
    reloadCatalogue();
    restoreState();
}

MainWindow::~MainWindow() = default;

QuestionnairePage *MainWindow::questionnaire() const
{
    return m_questionnaire;
}

DashboardPage *MainWindow::dashboard() const
{
    return m_dashboard;
}

AssessmentSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newTeam, &QAction::triggered, this, &MainWindow::createTeam);
    connect(a->newAssessment, &QAction::triggered, this, &MainWindow::newAssessment);
    connect(a->importAssessment, &QAction::triggered, this, &MainWindow::importAssessment);
    connect(a->exportAssessment, &QAction::triggered, this, &MainWindow::exportAssessment);
    connect(a->exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(a->loadDemo, &QAction::triggered, this, &MainWindow::loadDemoData);
    connect(a->loadModel, &QAction::triggered, this, &MainWindow::loadModelFile);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->allAssessments, &QAction::triggered, this, &MainWindow::showBrowser);
    connect(a->openAssessment, &QAction::triggered, this, [this] {
        if (const qint64 id = m_browser->currentAssessmentId(); id != 0)
            openAssessment(id);
    });
    connect(a->renameTeam, &QAction::triggered, this, &MainWindow::renameTeam);
    connect(a->deleteTeam, &QAction::triggered, this, &MainWindow::deleteTeam);
    connect(a->renameAssessment, &QAction::triggered, this, &MainWindow::renameAssessment);
    connect(a->toggleFinal, &QAction::triggered, this, &MainWindow::toggleFinal);
    connect(a->deleteAssessment, &QAction::triggered, this, &MainWindow::deleteAssessment);

    connect(a->nextToConfirm, &QAction::triggered, this, [this] {
        if (m_questionnaire && !m_questionnaire->nextToConfirm())
            statusBar()->showMessage(tr("No answer is waiting for confirmation."), 5000);
    });
    connect(a->nextUnanswered, &QAction::triggered, this, [this] {
        if (m_questionnaire && !m_questionnaire->nextUnanswered())
            statusBar()->showMessage(tr("Every parameter is answered."), 5000);
    });
    connect(a->find, &QAction::triggered, this, [this] {
        if (m_questionnaire) {
            if (m_actions->presentation->isChecked())
                setPresentation(false);
            m_questionnaire->focusSearch();
        }
    });
    connect(a->presentation, &QAction::toggled, this, &MainWindow::setPresentation);
    connect(a->dashboard, &QAction::toggled, this, &MainWindow::setDashboard);
    connect(a->profiles, &QAction::triggered, this, &MainWindow::editProfiles);
    // Escape leaves presentation mode; enabled only then, so that it never takes Escape away
    // from a dialog that has just opened.
    m_leavePresentation = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QShortcut::activated, this, [this] { setPresentation(false); });
    connect(a->zoomIn, &QAction::triggered, this, [this] { zoom(1); });
    connect(a->zoomOut, &QAction::triggered, this, [this] { zoom(-1); });
    connect(a->zoomReset, &QAction::triggered, this, [this] { zoom(0); });
    connect(a->english, &QAction::triggered, this, [this] { m_languages.setLanguage(u"en"_s); });
    connect(a->japanese, &QAction::triggered, this, [this] { m_languages.setLanguage(u"ja"_s); });
    connect(a->whoAtKeyboard, &QAction::triggered, this, &MainWindow::askWhoIsAtTheKeyboard);
    connect(a->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    // The application's display name is appended by Qt: "team.sqlite — SIM3 Workbench".
    setWindowTitle(QFileInfo(m_db.path()).fileName());
    m_actions->retranslate();
    m_actions->english->setChecked(m_languages.language() == u"en"_s);
    m_actions->japanese->setChecked(m_languages.language() == u"ja"_s);
    m_undoGroup->setObjectName(u"undoGroup"_s);
    updateActions();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::applyLanguage(const QString &language)
{
    if (m_questionnaire)
        m_questionnaire->setLanguage(language);
    if (m_dashboard)
        m_dashboard->setLanguage(language);
    m_actions->english->setChecked(language == u"en"_s);
    m_actions->japanese->setChecked(language == u"ja"_s);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_questionnaire)
        m_questionnaire->detailPane()->flushPendingEdits();
    if (m_actions->presentation->isChecked())
        setPresentation(false);
    report(m_state.storeGeometry(*this));
    // Where the user left off is stored once here, not with a durable write on every move.
    if (m_questionnaire)
        report(m_state.storeLastParameter(m_questionnaire->currentParameterId()));
    event->accept();
}

void MainWindow::restoreState()
{
    const qint64 last = m_state.lastAssessment();
    if (last != 0 && AssessmentRepository(m_db).find(last).isOk() && openAssessment(last, m_state.lastParameter()))
        return;
    showBrowser();
}

void MainWindow::showBrowser()
{
    if (m_actions->presentation->isChecked())
        m_actions->presentation->setChecked(false);
    const qint64 selected = m_session ? m_session->assessment().id : 0;
    const Result<int> teams = m_browser->reload();
    if (selected != 0)
        m_browser->selectAssessment(selected);
    // A database that could not be read is not an empty one: never invite the user to start over.
    const bool empty = teams && teams.value() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_browser);
    closeAssessment();
    report(m_state.storeLastAssessment(0));
    m_pages->currentWidget()->setFocus();
    if (!empty)
        m_browser->setFocus();
    updateActions();
    if (!teams)
        showError(tr("Reading the Database"), teams.error());
}

void MainWindow::reloadCatalogue()
{
    // The browser and the dialogs hold a reference to m_catalogue, which stays the same object.
    if (const Result<ModelCatalogue> catalogue = CustomModelRepository(m_db).catalogue(); catalogue)
        m_catalogue = catalogue.value();
    else
        showError(tr("SIM3 Models"), catalogue.error());
}

void MainWindow::reloadBrowser()
{
    if (const Result<int> teams = m_browser->reload(); !teams)
        showError(tr("Reading the Database"), teams.error());
}

void MainWindow::closeAssessment()
{
    if (m_dashboard) {
        m_pages->removeWidget(m_dashboard);
        m_dashboard->deleteLater();
        m_dashboard = nullptr;
    }
    if (m_actions->dashboard->isChecked()) {
        const QSignalBlocker block(m_actions->dashboard);
        m_actions->dashboard->setChecked(false);
    }
    if (m_questionnaire) {
        m_questionnaire->detailPane()->flushPendingEdits();
        m_pages->removeWidget(m_questionnaire);
        m_questionnaire->deleteLater();
    }
    if (m_session) {
        m_undoGroup->removeStack(m_session->undoStack());
        m_session->deleteLater();
    }
    m_questionnaire = nullptr;
    m_session = nullptr;
}

bool MainWindow::openAssessment(qint64 assessmentId, const QString &parameterId)
{
    const Result<Assessment> loaded = AssessmentRepository(m_db).load(assessmentId);
    if (!loaded) {
        showError(tr("Open Assessment"), loaded.error());
        return false;
    }
    const Sim3Model *model = m_catalogue.find(loaded->modelId);
    if (!model) {
        showError(tr("Open Assessment"),
            tr("This assessment uses the SIM3 model \"%1\", which is not known here. Load its "
               "model file (File > Load SIM3 Model File) and open it again.")
                .arg(loaded->modelId));
        return false;
    }
    closeAssessment();
    m_session = new AssessmentSession(m_db, loaded.value(), *model, actor(), this);
    connect(m_session, &AssessmentSession::errorOccurred, this,
        [this](const QString &message) { showError(tr("Saving the Answer"), message); });
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_questionnaire = new QuestionnairePage(m_session, m_pages);
    // The page binds the answer and navigation actions for as long as it lives.
    m_questionnaire->bindActions({m_actions->levels, m_actions->notApplicable, m_actions->clearLevel,
        m_actions->confirmCarried, m_actions->toggleFlag, m_actions->addEvidence, m_actions->editComment,
        m_actions->nextParameter, m_actions->previousParameter});
    m_questionnaire->setLanguage(m_languages.language());
    m_pages->addWidget(m_questionnaire);
    m_pages->setCurrentWidget(m_questionnaire);
    if (!parameterId.isEmpty() && model->hasParameter(parameterId))
        m_questionnaire->showParameter(parameterId);
    report(m_state.storeLastAssessment(assessmentId));
    m_questionnaire->setFocusToList();
    updateActions();
    return true;
}

void MainWindow::updateActions()
{
    const bool answering = m_questionnaire && m_pages->currentWidget() == m_questionnaire;
    const bool open = m_session != nullptr;
    m_actions->dashboard->setEnabled(open);
    m_actions->profiles->setEnabled(open);
    const bool finalised
        = m_session ? m_session->assessment().status == Assessment::Status::Final : m_browser->currentIsFinal();
    // A final assessment can be read, searched and presented, never changed.
    for (QAction *a : std::as_const(m_actions->levels))
        a->setEnabled(answering && !finalised);
    for (QAction *a : {m_actions->notApplicable, m_actions->clearLevel, m_actions->confirmCarried,
             m_actions->toggleFlag, m_actions->addEvidence})
        a->setEnabled(answering && !finalised);
    for (QAction *a : {m_actions->editComment, m_actions->nextParameter, m_actions->previousParameter,
             m_actions->nextUnanswered, m_actions->nextToConfirm, m_actions->find, m_actions->presentation})
        a->setEnabled(answering);
    const bool hasAssessment = open || m_browser->currentAssessmentId() != 0;
    const bool hasTeam = open || m_browser->currentTeamId() != 0;
    m_actions->allAssessments->setEnabled(open);
    m_actions->openAssessment->setEnabled(!answering && m_browser->currentAssessmentId() != 0);
    m_actions->exportAssessment->setEnabled(hasAssessment);
    m_actions->exportReport->setEnabled(hasAssessment);
    m_actions->renameAssessment->setEnabled(hasAssessment && !finalised);
    m_actions->toggleFinal->setEnabled(hasAssessment);
    m_actions->deleteAssessment->setEnabled(hasAssessment);
    m_actions->renameTeam->setEnabled(hasTeam);
    m_actions->deleteTeam->setEnabled(hasTeam);
    m_actions->newAssessment->setEnabled(hasTeam);
    m_actions->toggleFinal->setText(finalised ? tr("Reopen as &Draft") : tr("Mark as &Final"));
}

QString MainWindow::actor() const
{
    return KeyboardUser::current();
}

bool MainWindow::askWhoIsAtTheKeyboard()
{
    const std::optional<QString> name = InputDialog::getText(this, tr("Who Is at the Keyboard?"),
        tr("Your name. It is written into every change you make, so that the team can see who decided what. "
           "Change it at any time under Assessment > Who Is at the Keyboard."),
        KeyboardUser::remembered().isEmpty() ? KeyboardUser::systemName() : KeyboardUser::remembered());
    if (!name || name->trimmed().isEmpty())
        return false;
    KeyboardUser::remember(*name);
    if (m_session)
        m_session->setActor(KeyboardUser::current());
    statusBar()->showMessage(tr("Changes are now recorded as %1.").arg(KeyboardUser::current()), 5000);
    return true;
}

qint64 MainWindow::selectedAssessmentId() const
{
    return m_session ? m_session->assessment().id : m_browser->currentAssessmentId();
}

qint64 MainWindow::selectedTeamId() const
{
    return m_session ? m_session->assessment().teamId : m_browser->currentTeamId();
}

void MainWindow::report(const QString &problem)
{
    // A setting that cannot be stored is said in the status bar (and on the terminal, for a
    // window that is closing) rather than interrupting the work.
    if (problem.isEmpty())
        return;
    statusBar()->showMessage(problem, 10000);
    qWarning("%s", qUtf8Printable(problem));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
}

void MainWindow::createTeam()
{
    const std::optional<qint64> team = m_library->createTeam();
    if (!team)
        return;
    showBrowser();
    m_browser->selectTeam(*team);
    // A new team has nothing to look at yet: go straight on to its first assessment.
    newAssessment();
}

void MainWindow::newAssessment()
{
    const qint64 teamId = selectedTeamId();
    if (teamId == 0) {
        createTeam();
        return;
    }
    if (const std::optional<Assessment> created = m_library->createAssessment(teamId, actor()))
        openAssessment(created->id);
}

void MainWindow::renameTeam()
{
    const qint64 teamId = selectedTeamId();
    if (!m_library->renameTeam(teamId) || m_session)
        return;
    reloadBrowser();
    m_browser->selectTeam(teamId);
}

void MainWindow::deleteTeam()
{
    if (m_library->deleteTeam(selectedTeamId()))
        showBrowser();
}

void MainWindow::renameAssessment()
{
    const qint64 id = selectedAssessmentId();
    if (m_library->renameAssessment(id))
        refreshHeader(id);
}

void MainWindow::toggleFinal()
{
    const qint64 id = selectedAssessmentId();
    if (m_questionnaire)
        m_questionnaire->detailPane()->flushPendingEdits();
    if (!m_library->toggleFinal(id, actor()))
        return;
    refreshHeader(id);
    updateActions();
}

void MainWindow::refreshHeader(qint64 assessmentId)
{
    const Result<Assessment> header = AssessmentRepository(m_db).find(assessmentId);
    if (!header)
        showError(tr("Reading the Database"), header.error());
    else if (m_session)
        m_session->setHeader(header.value());
    if (!m_session) {
        reloadBrowser();
        m_browser->selectAssessment(assessmentId);
    }
}

void MainWindow::deleteAssessment()
{
    if (m_library->deleteAssessment(selectedAssessmentId()))
        showBrowser();
}

void MainWindow::loadDemoData()
{
    if (const std::optional<qint64> newest = m_library->loadDemoData())
        openAssessment(*newest);
}

void MainWindow::importAssessment()
{
    const std::optional<qint64> imported = m_library->importAssessment();
    if (!imported)
        return;
    showBrowser();
    m_browser->selectAssessment(*imported);
    updateActions();
}

void MainWindow::exportAssessment()
{
    if (m_questionnaire)
        m_questionnaire->detailPane()->flushPendingEdits();
    static_cast<void>(m_library->exportAssessment(selectedAssessmentId())); // it reports its own outcome
}

void MainWindow::exportReport()
{
    if (m_questionnaire)
        m_questionnaire->detailPane()->flushPendingEdits();
    static_cast<void>(m_library->exportReport(selectedAssessmentId())); // it reports its own outcome
    if (m_dashboard)
        m_dashboard->reload();
}

void MainWindow::loadModelFile()
{
    if (m_library->loadModelFile())
        reloadCatalogue();
}

void MainWindow::setPresentation(bool on)
{
    if (on && !m_questionnaire) {
        m_actions->presentation->setChecked(false);
        return;
    }
    if (m_actions->presentation->isChecked() != on) {
        m_actions->presentation->setChecked(on); // comes back here through toggled()
        return;
    }
    if (m_questionnaire)
        m_questionnaire->setPresentation(on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_leavePresentation->setEnabled(on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (isFullScreen()) {
        m_wasMaximized ? showMaximized() : showNormal();
    }
}

void MainWindow::setDashboard(bool on)
{
    if (m_actions->dashboard->isChecked() != on) {
        m_actions->dashboard->setChecked(on); // comes back here through toggled()
        return;
    }
    if (!m_session)
        return;
    if (on) {
        if (m_actions->presentation->isChecked())
            setPresentation(false);
        m_questionnaire->detailPane()->flushPendingEdits();
        if (!m_dashboard) {
            m_dashboard = new DashboardPage(m_db, m_catalogue, m_session, m_pages);
            m_dashboard->setLanguage(m_languages.language());
            connect(m_dashboard, &DashboardPage::editProfilesRequested, this, &MainWindow::editProfiles);
            connect(m_dashboard, &DashboardPage::parameterActivated, this, [this](const QString &id) {
                setDashboard(false);
                m_questionnaire->showParameter(id);
            });
            m_pages->addWidget(m_dashboard);
        }
        m_pages->setCurrentWidget(m_dashboard);
        m_dashboard->setFocus();
    } else {
        m_pages->setCurrentWidget(m_questionnaire);
        m_questionnaire->setFocusToList();
    }
    updateActions();
}

void MainWindow::editProfiles()
{
    if (!m_session)
        return;
    m_questionnaire->detailPane()->flushPendingEdits();
    ProfileEditorDialog dialog(
        m_db, m_catalogue, m_session->model(), m_session->assessment(), m_languages.language(), this);
    dialog.exec();
    if (m_dashboard)
        m_dashboard->reload();
}

void MainWindow::zoom(int steps)
{
    QFont f = QApplication::font();
    const qreal size = steps == 0
        ? m_baseFontSize
        : std::clamp(f.pointSizeF() + steps, WindowState::MinimumFontSize, WindowState::MaximumFontSize);
    f.setPointSizeF(size);
    QApplication::setFont(f);
    report(m_state.storeFontSize(steps == 0 ? std::nullopt : std::optional(size)));
    statusBar()->showMessage(tr("Text size %1 pt").arg(size), 3000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_actions->menus(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const Sim3Model *model = m_session ? &m_session->model() : m_catalogue.find(ModelCatalogue::defaultModelId());
    const QString language = m_languages.language();
    QString text
        = tr("<h3>SIM3 Workbench %1</h3>"
             "<p>Assess a CSIRT with SIM3, choose the maturity each parameter needs, and plan what to improve. "
             "Your data stays in one file on this computer; the application never uses the network.</p>")
              .arg(QCoreApplication::applicationVersion());
    if (model) {
        text += tr("<p>SIM3 model: %1 (%2).<br>SIM3 is maintained by the Open CSIRT Foundation. Official document: "
                   "<a href=\"%3\">%3</a></p><p>%4</p>")
                    .arg(model->name().text(language).toHtmlEscaped(), model->version().toHtmlEscaped(),
                        model->source().document.toHtmlEscaped(), model->source().note.text(language).toHtmlEscaped());
    }
    QMessageBox::about(this, tr("About SIM3 Workbench"), text);
}
