#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>
#include <QWidget>

using namespace Qt::StringLiterals;

QAction *MainActions::make(const char *objectName)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    m_window->addAction(action);
    return action;
}

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    newTeam = make("actionNewTeam");
    newTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAssessment = make("actionNewAssessment");
    newAssessment->setShortcut(QKeySequence::New);
    importAssessment = make("actionImport");
    importAssessment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    exportAssessment = make("actionExport");
    exportAssessment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportMyRatings = make("actionExportMyRatings");
    exportReport = make("actionExportReport");
    exportReport->setShortcut(QKeySequence::Print);
    loadDemo = make("actionDemo");
    loadModel = make("actionLoadModel");
    openDatabaseFile = make("actionOpenDatabaseFile");
    openSharedDatabase = make("actionOpenSharedDatabase");
    openSharedDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    quit = make("actionQuit");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    allAssessments = make("actionAllAssessments");
    allAssessments->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    openAssessment = make("actionOpenAssessment");
    openAssessment->setShortcut(QKeySequence::Open);
    renameTeam = make("actionRenameTeam");
    deleteTeam = make("actionDeleteTeam");
    renameAssessment = make("actionRenameAssessment");
    renameAssessment->setShortcut(QKeySequence(Qt::Key_F2));
    toggleFinal = make("actionToggleFinal");
    deleteAssessment = make("actionDeleteAssessment");
    participants = make("actionParticipants");
    rateAlone = make("actionRateAlone");
    rateAlone->setCheckable(true);

    for (int level = 0; level <= 4; ++level) {
        QAction *a = make(qPrintable(u"actionLevel%1"_s.arg(level)));
        a->setShortcut(QKeySequence(Qt::Key_0 + level));
        a->setData(level);
        levels.append(a);
    }
    notApplicable = make("actionNotApplicable");
    notApplicable->setShortcut(QKeySequence(Qt::Key_N));
    clearLevel = make("actionClearLevel");
    clearLevel->setShortcut(QKeySequence(Qt::Key_Delete));
    confirmCarried = make("actionConfirm");
    confirmCarried->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    toggleFlag = make("actionToggleFlag");
    toggleFlag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addEvidence = make("actionAddEvidence");
    addEvidence->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editComment = make("actionEditComment");
    editComment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    enterRatings = make("actionEnterRatings");
    enterRatings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    revealRatings = make("actionRevealRatings");
    revealRatings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    nextParameter = make("actionNextParameter");
    nextParameter->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::Key_PageDown)});
    previousParameter = make("actionPreviousParameter");
    previousParameter->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::Key_PageUp)});
    nextUnanswered = make("actionNextUnanswered");
    nextUnanswered->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    nextToConfirm = make("actionNextToConfirm");
    nextToConfirm->setShortcut(QKeySequence(Qt::Key_F8));
    find = make("actionFind");
    find->setShortcut(QKeySequence::Find);

    dashboard = make("actionDashboard");
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    dashboard->setCheckable(true);
    profiles = make("actionProfiles");
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    presentation = make("actionPresentation");
    presentation->setShortcut(QKeySequence(Qt::Key_F11));
    presentation->setCheckable(true);
    zoomIn = make("actionZoomIn");
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = make("actionZoomOut");
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomReset = make("actionZoomReset");
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    languageGroup = new QActionGroup(this);
    english = make("actionEnglish");
    japanese = make("actionJapanese");
    english->setText(u"English"_s);
    japanese->setText(u"日本語"_s);
    for (QAction *a : {english, japanese}) {
        a->setCheckable(true);
        languageGroup->addAction(a);
    }

    whoAtKeyboard = make("actionWhoAtKeyboard");
    shortcuts = make("actionShortcuts");
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    about = make("actionAbout");
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::buildMenus(QMenuBar *menuBar, QUndoGroup *group)
{
    undo = group->createUndoAction(m_window);
    redo = group->createRedoAction(m_window);
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
    m_window->addAction(undo);
    m_window->addAction(redo);

    m_file = menuBar->addMenu(QString());
    m_file->addActions({newAssessment, newTeam});
    m_file->addSeparator();
    m_file->addActions({importAssessment, exportAssessment, exportReport, exportMyRatings});
    m_file->addSeparator();
    m_file->addActions({loadDemo, loadModel});
    m_file->addSeparator();
    m_file->addActions({openDatabaseFile, openSharedDatabase});
    m_file->addSeparator();
    m_file->addAction(quit);

    m_edit = menuBar->addMenu(QString());
    m_edit->addActions({undo, redo});

    m_assessment = menuBar->addMenu(QString());
    m_assessment->addActions({allAssessments, openAssessment});
    m_assessment->addSeparator();
    m_assessment->addActions({renameAssessment, toggleFinal, deleteAssessment});
    m_assessment->addSeparator();
    m_assessment->addActions({renameTeam, deleteTeam});
    m_assessment->addSeparator();
    m_assessment->addAction(profiles);
    m_assessment->addActions({participants, rateAlone});
    m_assessment->addAction(whoAtKeyboard);

    m_answer = menuBar->addMenu(QString());
    m_answer->addActions(levels);
    m_answer->addActions({notApplicable, clearLevel});
    m_answer->addSeparator();
    m_answer->addActions({confirmCarried, toggleFlag, editComment, addEvidence});
    m_answer->addSeparator();
    m_answer->addActions({enterRatings, revealRatings});

    m_go = menuBar->addMenu(QString());
    m_go->addActions({nextParameter, previousParameter, nextUnanswered, nextToConfirm});
    m_go->addSeparator();
    m_go->addAction(find);

    m_view = menuBar->addMenu(QString());
    m_view->addActions({dashboard, presentation});
    m_view->addSeparator();
    m_view->addActions({zoomIn, zoomOut, zoomReset});
    m_view->addSeparator();
    m_language = m_view->addMenu(QString());
    m_language->addActions({english, japanese});

    m_help = menuBar->addMenu(QString());
    m_help->addActions({shortcuts, about});

    m_menus = {m_file, m_edit, m_assessment, m_answer, m_go, m_view, m_help};
    retranslate();
}

void MainActions::retranslate()
{
    newTeam->setText(tr("New &Team…"));
    newAssessment->setText(tr("&New Assessment…"));
    importAssessment->setText(tr("&Import Assessment…"));
    exportAssessment->setText(tr("&Export Assessment…"));
    exportReport->setText(tr("Export &Report…"));
    loadDemo->setText(tr("Load &Demo Data"));
    loadModel->setText(tr("Load SIM3 &Model File…"));
    openDatabaseFile->setText(tr("Open Database &File…"));
    openSharedDatabase->setText(tr("Open &Shared Database…"));
    quit->setText(tr("&Quit"));

    allAssessments->setText(tr("&All Assessments"));
    openAssessment->setText(tr("&Open Selected Assessment"));
    renameTeam->setText(tr("Rename T&eam…"));
    deleteTeam->setText(tr("De&lete Team…"));
    renameAssessment->setText(tr("&Rename Assessment…"));
    toggleFinal->setText(tr("Mark as &Final"));
    deleteAssessment->setText(tr("&Delete Assessment…"));
    participants->setText(tr("&Participants…"));
    rateAlone->setText(tr("&My Ratings (Rate Alone)…"));
    exportMyRatings->setText(tr("Export My Ratin&gs…"));
    whoAtKeyboard->setText(tr("Who Is at the &Keyboard…"));

    for (QAction *a : std::as_const(levels))
        a->setText(tr("Level &%1").arg(a->data().toInt()));
    notApplicable->setText(tr("&Not Applicable…"));
    clearLevel->setText(tr("&Clear Level"));
    confirmCarried->setText(tr("Con&firm Carried-over Answer"));
    toggleFlag->setText(tr("Flag for &Review"));
    editComment->setText(tr("Edit Co&mment"));
    enterRatings->setText(tr("En&ter Ratings"));
    revealRatings->setText(tr("Re&veal Ratings"));
    addEvidence->setText(tr("Add &Evidence…"));

    nextParameter->setText(tr("&Next Parameter"));
    previousParameter->setText(tr("&Previous Parameter"));
    nextUnanswered->setText(tr("Next &Unanswered Parameter"));
    nextToConfirm->setText(tr("Next Answer to &Confirm"));
    find->setText(tr("&Search Parameters"));

    dashboard->setText(tr("&Dashboard"));
    profiles->setText(tr("&Target Profiles…"));
    presentation->setText(tr("&Presentation Mode"));
    zoomIn->setText(tr("Lar&ger Text"));
    zoomOut->setText(tr("&Smaller Text"));
    zoomReset->setText(tr("&Normal Text Size"));

    shortcuts->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About SIM3 Workbench"));

    if (!m_file)
        return;
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_assessment->setTitle(tr("&Assessment"));
    m_answer->setTitle(tr("A&nswer"));
    m_go->setTitle(tr("&Go"));
    m_view->setTitle(tr("&View"));
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
}

void MainActions::enableFor(const State &state)
{
    dashboard->setEnabled(state.open);
    profiles->setEnabled(state.open);
    const bool changing = state.answering && !state.finalised && !state.offline;
    for (QAction *a : std::as_const(levels))
        a->setEnabled(changing);
    for (QAction *a : {notApplicable, clearLevel, confirmCarried, toggleFlag, addEvidence, enterRatings, revealRatings})
        a->setEnabled(changing);
    participants->setEnabled(state.open && !state.finalised && !state.offline);
    rateAlone->setEnabled(state.open && state.hasParticipants && !state.finalised && !state.offline);
    rateAlone->setChecked(state.ratingAlone);
    exportMyRatings->setEnabled(state.ratingAlone);
    for (QAction *a :
        {editComment, nextParameter, previousParameter, nextUnanswered, nextToConfirm, find, presentation})
        a->setEnabled(state.answering);
    allAssessments->setEnabled(state.open);
    openAssessment->setEnabled(state.canOpenSelected);
    exportAssessment->setEnabled(state.hasAssessment);
    exportReport->setEnabled(state.hasAssessment);
    renameAssessment->setEnabled(state.hasAssessment && !state.finalised);
    toggleFinal->setEnabled(state.hasAssessment);
    deleteAssessment->setEnabled(state.hasAssessment);
    renameTeam->setEnabled(state.hasTeam);
    deleteTeam->setEnabled(state.hasTeam);
    newAssessment->setEnabled(state.hasTeam);
    // Offline, only what reads: export, report, the views.
    if (state.offline) {
        for (QAction *a : {renameAssessment, toggleFinal, deleteAssessment, renameTeam, deleteTeam, newAssessment,
                 newTeam, importAssessment, loadDemo, loadModel, profiles})
            a->setEnabled(false);
    } else {
        for (QAction *a : {newTeam, importAssessment, loadDemo, loadModel})
            a->setEnabled(true);
    }
    toggleFinal->setText(state.finalised ? tr("Reopen as Dra&ft") : tr("Mark as &Final"));
    // Rating alone changes one's own ratings only, never the team's answer.
    for (QAction *a : {confirmCarried, toggleFlag, addEvidence, revealRatings, editComment})
        a->setEnabled(a->isEnabled() && !state.ratingAlone);
}
