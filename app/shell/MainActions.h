#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QMenu;
class QUndoGroup;
class QWidget;

// Every command of the main window, with its standard shortcut and translated text, arranged
// in the menu bar. The window connects them; the shortcut overview lists them.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    // Creates the actions as children of `window` and adds them to it, so that their shortcuts
    // work while the menu bar is hidden (presentation mode).
    explicit MainActions(QWidget *window);

    // Edit > Undo and Redo act on `group`'s active stack.
    void buildMenus(QMenuBar *menuBar, QUndoGroup *group);
    void retranslate();

    // What the window shows, which decides what can be done.
    struct State
    {
        bool answering = false; // the questionnaire is on screen
        bool open = false; // an assessment is open (questionnaire or dashboard)
        bool finalised = false; // the open or selected assessment is final: read, never changed
        bool offline = false; // the database server went away: nothing may be changed
        bool hasAssessment = false; // one is open or selected
        bool hasTeam = false;
        bool canOpenSelected = false;
        bool hasParticipants = false; // the open assessment has a workshop
        bool ratingAlone = false; // "My ratings": its user rates alone as one participant
    };
    void enableFor(const State &state);
    // Menu sections in order, for the shortcut overview: title and actions.
    QList<QMenu *> menus() const { return m_menus; }

    // File
    QAction *newTeam, *newAssessment, *importAssessment, *exportAssessment, *exportReport, *exportMyRatings, *loadDemo,
        *loadModel, *openDatabaseFile, *openSharedDatabase, *quit;
    // Assessment
    QAction *allAssessments, *openAssessment, *renameTeam, *deleteTeam, *renameAssessment, *toggleFinal,
        *deleteAssessment, *participants, *rateAlone;
    // Edit
    QAction *undo = nullptr, *redo = nullptr;
    // Answer
    QList<QAction *> levels; // 0-4
    QAction *notApplicable, *clearLevel, *confirmCarried, *toggleFlag, *addEvidence, *editComment, *enterRatings,
        *revealRatings;
    // Go
    QAction *nextParameter, *previousParameter, *nextUnanswered, *nextToConfirm, *find;
    // View
    QAction *dashboard, *profiles, *presentation, *zoomIn, *zoomOut, *zoomReset, *english, *japanese;
    QActionGroup *languageGroup;
    // Help
    QAction *whoAtKeyboard, *shortcuts, *about;

private:
    QAction *make(const char *objectName);

    QWidget *m_window;
    QList<QMenu *> m_menus;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_assessment = nullptr;
    QMenu *m_answer = nullptr;
    QMenu *m_go = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
};
