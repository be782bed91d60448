#pragma once

#include "catalogue/ModelCatalogue.h"

#include <QMainWindow>

class AssessmentBrowser;
class Database;
class LanguageManager;
class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The window uses `database` and `languages`; both must outlive it.
    MainWindow(Database &database, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    void refresh();

    void createTeam();
    void loadDemoData();
    void importAssessment();
    void exportAssessment();
    void loadModelFile();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslate();
    QString actor() const;

    Database &m_db;
    LanguageManager &m_languages;
    ModelCatalogue m_catalogue;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    AssessmentBrowser *m_browser = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newTeam = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_demo = nullptr;
    QAction *m_loadModel = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_english = nullptr;
    QAction *m_japanese = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_about = nullptr;
};
