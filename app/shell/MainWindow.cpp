#include "MainWindow.h"

#include "dashboard/DashboardPage.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "i18n/LanguageManager.h"
#include "identity/KeyboardUser.h"
#include "identity/WhoIsAtTheKeyboard.h"
#include "library/AssessmentLibrary.h"
#include "profiles/ProfileEditorDialog.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/AboutBox.h"
#include "shell/ChangeWatcher.h"
#include "shell/DatabaseOpener.h"
#include "shell/MainActions.h"
#include "shell/OpenAssessment.h"
#include "shell/PresentationMode.h"
#include "shell/ShortcutsDialog.h"
#include "start/AssessmentBrowser.h"
#include "start/WelcomePage.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/Database.h"
#include "storage/PostgresTarget.h"
#include "workshop/WorkshopSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &database, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_db(database)
    , m_languages(languages)
    , m_catalogue(ModelCatalogue::bundled())
    , m_actions(new MainActions(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_library(new AssessmentLibrary(database, m_catalogue, languages, this))
    , m_open(new OpenAssessment(database, m_catalogue, m_pages, m_undoGroup, this))
    , m_presentation(new PresentationMode(this))
    , m_state(database)
    , m_zoom(m_state)
{
    setObjectName(u"mainWindow"_s);
    setCentralWidget(m_pages);

    m_actions->buildMenus(menuBar(), m_undoGroup);
    connectActions();

    connect(m_library, &AssessmentLibrary::aboutToRemove, this, &MainWindow::closeAssessment);
    connect(m_open, &OpenAssessment::saveFailed, this,
        [this](const QString &message) { showError(tr("Saving the Answer"), message); });
    connect(m_open, &OpenAssessment::workshopFailed, this,
        [this](const QString &message) { showError(tr("Workshop"), message); });
    connect(m_open, &OpenAssessment::parameterRequested, this, [this](const QString &id) {
        setDashboard(false);
        m_open->questionnaire()->showParameter(id);
    });
    connect(m_library, &AssessmentLibrary::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(
        m_open, &OpenAssessment::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // Another copy or computer changed the database: show it within a second. A server that
    // goes away turns the window read-only until it is back.
    m_watcher = new ChangeWatcher(m_db, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::showChangesElsewhere);
    connect(m_watcher, &ChangeWatcher::connectionLost, this, [this](const QString &why) { setOffline(true, why); });
    connect(m_watcher, &ChangeWatcher::connectionRestored, this, [this] { setOffline(false, QString()); });
    // A save that failed may be the first sign that the server went away.
    connect(m_open, &OpenAssessment::saveFailed, m_watcher, &ChangeWatcher::check, Qt::QueuedConnection);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        report(m_state.storeLanguage(language));
        applyLanguage(language);
    });

    // Settings are read as untrusted: another program or a hand edit may have written anything.
    m_state.restoreGeometry(*this);
    m_zoom.restore();
    retranslate();
    reloadCatalogue();
    restoreState();
}

MainWindow::~MainWindow() = default;

QuestionnairePage *MainWindow::questionnaire() const
{
    return m_open->questionnaire();
}

DashboardPage *MainWindow::dashboard() const
{
    return m_open->dashboard();
}

AssessmentSession *MainWindow::session() const
{
    return m_open->session();
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
    connect(a->openDatabaseFile, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    connect(a->openSharedDatabase, &QAction::triggered, this, &MainWindow::openSharedDatabase);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->allAssessments, &QAction::triggered, this, &MainWindow::showBrowser);
    connect(a->openAssessment, &QAction::triggered, this, [this] {
        if (const qint64 id = listedAssessmentId(); id != 0)
            openAssessment(id);
    });
    connect(a->renameTeam, &QAction::triggered, this, &MainWindow::renameTeam);
    connect(a->deleteTeam, &QAction::triggered, this, &MainWindow::deleteTeam);
    connect(a->renameAssessment, &QAction::triggered, this, &MainWindow::renameAssessment);
    connect(a->toggleFinal, &QAction::triggered, this, &MainWindow::toggleFinal);
    connect(a->deleteAssessment, &QAction::triggered, this, &MainWindow::deleteAssessment);

    connect(a->nextToConfirm, &QAction::triggered, this, [this] {
        if (m_open->questionnaire() && !m_open->questionnaire()->nextToConfirm())
            statusBar()->showMessage(tr("No answer is waiting for confirmation."), 5000);
    });
    connect(a->nextUnanswered, &QAction::triggered, this, [this] {
        if (m_open->questionnaire() && !m_open->questionnaire()->nextUnanswered())
            statusBar()->showMessage(tr("Every parameter is answered."), 5000);
    });
    connect(a->find, &QAction::triggered, this, [this] {
        if (m_open->questionnaire()) {
            if (m_actions->presentation->isChecked())
                setPresentation(false);
            m_open->questionnaire()->focusSearch();
        }
    });
    connect(a->presentation, &QAction::toggled, this, &MainWindow::setPresentation);
    connect(a->dashboard, &QAction::toggled, this, &MainWindow::setDashboard);
    connect(a->profiles, &QAction::triggered, m_open, &OpenAssessment::editProfiles);
    connect(a->participants, &QAction::triggered, m_open, [this] {
        m_open->editParticipants();
        updateActions(); // a workshop may have begun or ended
    });
    connect(a->rateAlone, &QAction::triggered, this, [this](bool on) {
        static_cast<void>(m_open->setRatingAlone(on));
        updateActions();
    });
    connect(a->exportMyRatings, &QAction::triggered, m_open, &OpenAssessment::exportMyRatings);
    connect(m_presentation, &PresentationMode::leaveRequested, this, [this] { setPresentation(false); });
    connect(a->zoomIn, &QAction::triggered, this, [this] { zoom(1); });
    connect(a->zoomOut, &QAction::triggered, this, [this] { zoom(-1); });
    connect(a->zoomReset, &QAction::triggered, this, [this] { zoom(0); });
    connect(a->english, &QAction::triggered, this, [this] { m_languages.setLanguage(u"en"_s); });
    connect(a->japanese, &QAction::triggered, this, [this] { m_languages.setLanguage(u"ja"_s); });
    connect(a->whoAtKeyboard, &QAction::triggered, this, &MainWindow::askWhoIsAtTheKeyboard);
    connect(a->shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_actions->menus(), this);
        dialog.exec();
    });
    connect(a->about, &QAction::triggered, this, [this] {
        const Sim3Model *model
            = m_open->session() ? &m_open->session()->model() : m_catalogue.find(ModelCatalogue::defaultModelId());
        AboutBox::show(this, model, m_languages.language());
    });
}

void MainWindow::retranslate()
{
    // The application's display name is appended by Qt: "team.sqlite — SIM3 Workbench".
    setWindowTitle(m_db.isReadOnly() ? tr("%1 (read-only)").arg(m_db.shortName()) : m_db.shortName());
    if (m_db.isReadOnly()) {
        if (!m_readOnlyLabel) {
            m_readOnlyLabel = new QLabel(this);
            m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
            statusBar()->addPermanentWidget(m_readOnlyLabel);
        }
        m_readOnlyLabel->setText(tr("Read-only: for viewing and reports"));
        m_readOnlyLabel->setAccessibleName(
            tr("The database is open read-only: nothing can be changed; views and reports work."));
    }
    m_actions->retranslate();
    m_actions->english->setChecked(m_languages.language() == u"en"_s);
    m_actions->japanese->setChecked(m_languages.language() == u"ja"_s);
    m_undoGroup->setObjectName(u"undoGroup"_s);
    updateActions();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::applyLanguage(const QString &language)
{
    m_open->setLanguage(language);
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
    m_open->flushPendingEdits();
    if (m_actions->presentation->isChecked())
        setPresentation(false);
    report(m_state.storeGeometry(*this));
    // Where the user left off is stored once here, not with a durable write on every move.
    if (m_open->questionnaire())
        report(m_state.storeLastParameter(m_open->questionnaire()->currentParameterId()));
    event->accept();
}

void MainWindow::restoreState()
{
    const qint64 last = m_state.lastAssessment();
    if (last != 0 && AssessmentRepository(m_db).find(last).isOk() && openAssessment(last, m_state.lastParameter()))
        return;
    showBrowser();
}

void MainWindow::openDatabaseFile()
{
    const QString path = FileDialog::saveFileName(this, tr("Open Database File"),
        m_db.isServer() ? Database::defaultPath() : m_db.path(),
        tr("SIM3 Workbench databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path);
}

void MainWindow::openSharedDatabase()
{
    QString address = m_db.isServer() ? m_db.path() : DatabaseOpener::remembered();
    if (!PostgresTarget::looksLikeServer(address)) {
        // A pattern to fill in, with this account's name as the likely user.
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
        address = u"postgresql://%1server.example.org/sim3?sslmode=verify-full"_s.arg(
            user.isEmpty() ? QString() : user + u'@');
    }
    QString problem;
    for (;;) {
        const std::optional<QString> typed = InputDialog::getText(this, tr("Open Shared Database"),
            (problem.isEmpty() ? QString() : problem + u"\n\n"_s)
                + tr("The PostgreSQL database your team or organisation shares, as "
                     "postgresql://user@server:port/database?sslmode=verify-full. SIM3 Workbench connects to this "
                     "server and to nothing else; a password is asked for when ~/.pgpass holds none."),
            address);
        if (!typed)
            return;
        address = typed->trimmed();
        const Result<PostgresTarget> target = PostgresTarget::parse(address);
        if (target)
            break;
        problem = target.error();
    }
    switchTo(address);
}

std::unique_ptr<Database> MainWindow::takeNextDatabase()
{
    return std::move(m_next);
}

bool MainWindow::switchTo(const QString &location)
{
    m_open->flushPendingEdits();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    DatabaseOpener::Outcome opened = DatabaseOpener::open(this, location, Database::Verification::Full);
    QApplication::restoreOverrideCursor();
    if (!opened.database) {
        if (!opened.error.isEmpty())
            showError(tr("Opening the Database"), opened.error);
        return false;
    }
    DatabaseOpener::remember(opened.database->isServer() ? opened.database->path() : location);
    m_next = std::move(opened.database);
    close();
    return true;
}

void MainWindow::setOffline(bool offline, const QString &why)
{
    if (!m_offlineLabel) {
        m_offlineLabel = new QLabel(this);
        m_offlineLabel->setObjectName(u"offlineLabel"_s);
        statusBar()->addPermanentWidget(m_offlineLabel);
    }
    m_offlineLabel->setVisible(offline);
    m_offlineLabel->setText(tr("Offline: read-only"));
    m_offlineLabel->setToolTip(why);
    m_offlineLabel->setAccessibleName(why);
    if (m_open->session())
        m_open->session()->setOffline(offline);
    if (offline)
        statusBar()->showMessage(why);
    else
        statusBar()->showMessage(tr("Connected again to %1. Changes are saved again.").arg(m_db.shortName()), 8000);
    updateActions();
}

void MainWindow::showChangesElsewhere()
{
    if (m_open->isOpen()) {
        m_open->refreshFromDatabase();
    } else if (m_browser && m_pages->currentWidget() == m_browser) {
        const qint64 selected = m_browser->currentAssessmentId();
        static_cast<void>(m_browser->reload()); // a failure shows in the list itself
        if (selected != 0)
            m_browser->selectAssessment(selected);
    }
    updateActions();
}

AssessmentBrowser *MainWindow::browser()
{
    // Made the first time the list is needed: a start that reopens the questionnaire never shows
    // it, and making it (and making it the page in front until the questionnaire came) cost
    // 5 M instructions of every such start.
    if (!m_browser) {
        m_browser = new AssessmentBrowser(m_db, m_catalogue, m_pages);
        m_pages->addWidget(m_browser);
        connect(m_browser, &AssessmentBrowser::assessmentActivated, this, [this](qint64 id) { openAssessment(id); });
        connect(m_browser, &AssessmentBrowser::selectionChanged, this, &MainWindow::updateActions);
        connect(m_browser, &AssessmentBrowser::newAssessmentRequested, this, &MainWindow::newAssessment);
        connect(m_browser, &AssessmentBrowser::newTeamRequested, this, &MainWindow::createTeam);
    }
    return m_browser;
}

WelcomePage *MainWindow::welcomePage()
{
    // Made the first time a database is empty: a database with teams never needs it, and every
    // start paid for it (5 M instructions, its buttons' size hints and text).
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pages);
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::createTeamRequested, this, &MainWindow::createTeam);
        connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::loadDemoData);
        connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importAssessment);
    }
    return m_welcome;
}

void MainWindow::showBrowser()
{
    if (m_actions->presentation->isChecked())
        m_actions->presentation->setChecked(false);
    const qint64 selected = m_open->session() ? m_open->session()->assessment().id : 0;
    const Result<int> teams = browser()->reload();
    if (selected != 0)
        m_browser->selectAssessment(selected);
    // A database that could not be read is not an empty one: never invite the user to start over.
    const bool empty = teams && teams.value() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(welcomePage()) : m_browser);
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
    if (const Result<int> teams = browser()->reload(); !teams)
        showError(tr("Reading the Database"), teams.error());
}

void MainWindow::closeAssessment()
{
    if (m_actions->dashboard->isChecked()) {
        const QSignalBlocker block(m_actions->dashboard);
        m_actions->dashboard->setChecked(false);
    }
    m_open->close();
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
    m_open->open(loaded.value(), *model, actor(), m_languages.language(),
        {m_actions->levels, m_actions->notApplicable, m_actions->clearLevel, m_actions->confirmCarried,
            m_actions->toggleFlag, m_actions->addEvidence, m_actions->editComment, m_actions->nextParameter,
            m_actions->previousParameter, m_actions->enterRatings, m_actions->revealRatings},
        parameterId);
    if (m_open->session())
        m_open->session()->setOffline(m_watcher->isOffline());
    report(m_state.storeLastAssessment(assessmentId));
    updateActions();
    return true;
}

void MainWindow::updateActions()
{
    MainActions::State state;
    state.answering = m_open->isAnswering();
    state.open = m_open->isOpen();
    state.finalised = m_open->session() ? m_open->session()->assessment().status == Assessment::Status::Final
                                        : m_browser && m_browser->currentIsFinal();
    // A database open read-only allows what an offline one does: reading and reports.
    state.offline = (m_watcher && m_watcher->isOffline()) || m_db.isReadOnly();
    state.hasAssessment = state.open || listedAssessmentId() != 0;
    state.hasTeam = state.open || listedTeamId() != 0;
    state.canOpenSelected = !state.answering && listedAssessmentId() != 0;
    if (const AssessmentSession *session = m_open->session()) {
        state.hasParticipants = session->workshop()->hasParticipants();
        state.ratingAlone = session->workshop()->isRatingAlone();
    }
    m_actions->enableFor(state);
}

QString MainWindow::actor() const
{
    return KeyboardUser::current();
}

bool MainWindow::askWhoIsAtTheKeyboard()
{
    if (!WhoIsAtTheKeyboard::ask(this))
        return false;
    if (m_open->session())
        m_open->session()->setActor(KeyboardUser::current());
    statusBar()->showMessage(tr("Changes are now recorded as %1.").arg(KeyboardUser::current()), 5000);
    return true;
}

qint64 MainWindow::selectedAssessmentId() const
{
    if (m_open->session())
        return m_open->session()->assessment().id;
    return listedAssessmentId();
}

qint64 MainWindow::selectedTeamId() const
{
    if (m_open->session())
        return m_open->session()->assessment().teamId;
    return listedTeamId();
}

qint64 MainWindow::listedAssessmentId() const
{
    return m_browser ? m_browser->currentAssessmentId() : 0;
}

qint64 MainWindow::listedTeamId() const
{
    return m_browser ? m_browser->currentTeamId() : 0;
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
    if (!m_library->renameTeam(teamId) || m_open->isOpen())
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
    m_open->flushPendingEdits();
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
    else if (m_open->session())
        m_open->session()->setHeader(header.value());
    if (!m_open->isOpen()) {
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

void MainWindow::importGivenFile(const QString &path)
{
    const std::optional<qint64> imported = m_library->importFileAfterAsking(path);
    if (!imported)
        return;
    showBrowser();
    m_browser->selectAssessment(*imported);
    updateActions();
}

void MainWindow::exportAssessment()
{
    m_open->flushPendingEdits();
    static_cast<void>(m_library->exportAssessment(selectedAssessmentId())); // it reports its own outcome
}

void MainWindow::exportReport()
{
    m_open->flushPendingEdits();
    static_cast<void>(m_library->exportReport(selectedAssessmentId())); // it reports its own outcome
    if (m_open->dashboard())
        m_open->dashboard()->reload();
}

void MainWindow::loadModelFile()
{
    if (m_library->loadModelFile())
        reloadCatalogue();
}

void MainWindow::setPresentation(bool on)
{
    if (on && !m_open->questionnaire()) {
        m_actions->presentation->setChecked(false);
        return;
    }
    if (m_actions->presentation->isChecked() != on) {
        m_actions->presentation->setChecked(on); // comes back here through toggled()
        return;
    }
    m_presentation->setOn(on); // first: full screen on the window's screen, then its text size
    if (m_open->questionnaire())
        m_open->questionnaire()->setPresentation(on ? m_presentation->textPixelSize() : 0);
}

void MainWindow::setDashboard(bool on)
{
    if (m_actions->dashboard->isChecked() != on) {
        m_actions->dashboard->setChecked(on); // comes back here through toggled()
        return;
    }
    if (!m_open->isOpen())
        return;
    if (on && m_actions->presentation->isChecked())
        setPresentation(false);
    m_open->showDashboard(on);
    updateActions();
}

void MainWindow::zoom(int steps)
{
    if (m_presentation->isOn()) {
        m_presentation->zoom(steps);
        if (m_open->questionnaire())
            m_open->questionnaire()->setPresentation(m_presentation->textPixelSize());
        return;
    }
    const auto [size, problem] = m_zoom.zoom(steps);
    report(problem);
    statusBar()->showMessage(tr("Text size %1 pt").arg(size), 3000);
}
