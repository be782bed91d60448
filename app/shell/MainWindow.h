#pragma once

#include "catalogue/ModelCatalogue.h"
#include "shell/TextZoom.h"
#include "shell/WindowState.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class AssessmentBrowser;
class AssessmentLibrary;
class AssessmentSession;
class ChangeWatcher;
class DashboardPage;
class Database;
class LanguageManager;
class MainActions;
class OpenAssessment;
class PresentationMode;
class QLabel;
class QStackedWidget;
class QUndoGroup;
class QuestionnairePage;
class WelcomePage;

// The application window: the start screen, the list of teams and assessments, and the
// questionnaire of the open assessment. It reopens where the user left off.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The window uses `database` and `languages`; both must outlive it.
    MainWindow(Database &database, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    MainActions *actions() const { return m_actions; }
    QuestionnairePage *questionnaire() const;
    AssessmentSession *session() const;

    // Shows the teams and assessments (or the start screen when there are none).
    void showBrowser();
    // Another copy or computer changed the database: the open page shows it.
    void showChangesElsewhere();
    // File > Open Database File… / Open Shared Database…: the window closes and a new one opens
    // on the chosen database (runGui), once it opened; a failure leaves everything as it was.
    void openDatabaseFile();
    void openSharedDatabase();
    // The database chosen in this window, for the next one; null when none was.
    std::unique_ptr<Database> takeNextDatabase();
    // The database server went away (read-only, `why` said in the status bar) or came back.
    void setOffline(bool offline, const QString &why);
    bool switchTo(const QString &location);
    bool openAssessment(qint64 assessmentId, const QString &parameterId = QString());

    void createTeam();
    void newAssessment();
    void renameTeam();
    void deleteTeam();
    void renameAssessment();
    void toggleFinal();
    void deleteAssessment();
    void loadDemoData();
    void importAssessment();
    // A file given on the command line (a file manager's "Open With"): imported after asking,
    // then shown.
    void importGivenFile(const QString &path);
    void exportAssessment();
    void exportReport();
    void loadModelFile();
    void setPresentation(bool on);
    void zoom(int steps); // 0 resets
    void setDashboard(bool on);
    DashboardPage *dashboard() const;
    // Asks for the name written into every change and remembers it; false when cancelled.
    bool askWhoIsAtTheKeyboard();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void retranslate();
    void updateActions();
    void restoreState();
    AssessmentBrowser *browser(); // made when first needed
    WelcomePage *welcomePage(); // made when first needed
    void applyLanguage(const QString &language);
    QString actor() const;
    qint64 selectedAssessmentId() const;
    qint64 selectedTeamId() const;
    // The list's current assessment or team; 0 when there is none, or no list yet.
    qint64 listedAssessmentId() const;
    qint64 listedTeamId() const;
    void closeAssessment();
    void reloadBrowser(); // shows what could not be read
    void reloadCatalogue(); // the bundled models and the database's; shows what could not be read
    void refreshHeader(qint64 assessmentId);
    void showError(const QString &title, const QString &message);
    // Shows a problem storing the window's state in the status bar.
    void report(const QString &problem);

    Database &m_db;
    LanguageManager &m_languages;
    ModelCatalogue m_catalogue;
    MainActions *m_actions = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    AssessmentBrowser *m_browser = nullptr;
    AssessmentLibrary *m_library = nullptr; // the document work
    OpenAssessment *m_open = nullptr; // the assessment being answered, and its pages
    PresentationMode *m_presentation = nullptr;
    ChangeWatcher *m_watcher = nullptr; // changes by others; a server that went away
    QLabel *m_offlineLabel = nullptr; // in the status bar while the server is away
    QLabel *m_readOnlyLabel = nullptr; // a database open read-only
    std::unique_ptr<Database> m_next; // chosen through File > Open…
    WindowState m_state;
    TextZoom m_zoom;
};
