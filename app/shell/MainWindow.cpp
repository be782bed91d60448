#include "MainWindow.h"

#include "demo/DemoData.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/AssessmentExchange.h"
#include "i18n/LanguageManager.h"
#include "start/AssessmentBrowser.h"
#include "start/WelcomePage.h"
#include "storage/CustomModelRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/TeamRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &database, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_db(database)
    , m_languages(languages)
    , m_catalogue(CustomModelRepository(database).catalogue())
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_browser(new AssessmentBrowser(database, m_pages))
{
    setObjectName(u"mainWindow"_s);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_browser);
    setCentralWidget(m_pages);
    createActions();

    connect(m_welcome, &WelcomePage::createTeamRequested, this, &MainWindow::createTeam);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::loadDemoData);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importAssessment);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        SettingsRepository(m_db).setValue(u"ui/language"_s, language);
    });

    const QByteArray geometry = QByteArray::fromBase64(SettingsRepository(m_db).value(u"window/geometry"_s).toLatin1());
    if (!restoreGeometry(geometry))
        resize(1200, 780);
    retranslate();
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newTeam = new QAction(this);
    m_newTeam->setObjectName(u"actionNewTeam"_s);
    m_newTeam->setShortcut(QKeySequence::New);
    connect(m_newTeam, &QAction::triggered, this, &MainWindow::createTeam);

    m_import = new QAction(this);
    m_import->setObjectName(u"actionImport"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importAssessment);

    m_export = new QAction(this);
    m_export->setObjectName(u"actionExport"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportAssessment);

    m_demo = new QAction(this);
    m_demo->setObjectName(u"actionDemo"_s);
    connect(m_demo, &QAction::triggered, this, &MainWindow::loadDemoData);

    m_loadModel = new QAction(this);
    m_loadModel->setObjectName(u"actionLoadModel"_s);
    connect(m_loadModel, &QAction::triggered, this, &MainWindow::loadModelFile);

    m_quit = new QAction(this);
    m_quit->setObjectName(u"actionQuit"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_languageGroup = new QActionGroup(this);
    m_english = new QAction(u"English"_s, m_languageGroup);
    m_japanese = new QAction(u"日本語"_s, m_languageGroup);
    m_english->setObjectName(u"actionEnglish"_s);
    m_japanese->setObjectName(u"actionJapanese"_s);
    for (QAction *a : {m_english, m_japanese})
        a->setCheckable(true);
    connect(m_english, &QAction::triggered, this, [this] { m_languages.setLanguage(u"en"_s); });
    connect(m_japanese, &QAction::triggered, this, [this] { m_languages.setLanguage(u"ja"_s); });

    m_about = new QAction(this);
    m_about->setObjectName(u"actionAbout"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newTeam);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_demo);
    m_fileMenu->addAction(m_loadModel);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_japanese);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SIM3 Workbench — %1").arg(QFileInfo(m_db.path()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newTeam->setText(tr("&New Team…"));
    m_import->setText(tr("&Import Assessment…"));
    m_export->setText(tr("&Export Assessment…"));
    m_demo->setText(tr("Load &Demo Data"));
    m_loadModel->setText(tr("Load SIM3 &Model File…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About SIM3 Workbench"));
    m_english->setChecked(m_languages.language() == u"en"_s);
    m_japanese->setChecked(m_languages.language() == u"ja"_s);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    SettingsRepository(m_db).setValue(u"window/geometry"_s, QString::fromLatin1(saveGeometry().toBase64()));
    event->accept();
}

void MainWindow::refresh()
{
    const int teams = m_browser->reload();
    m_pages->setCurrentWidget(teams == 0 ? static_cast<QWidget *>(m_welcome) : m_browser);
    m_export->setEnabled(teams > 0);
}

QString MainWindow::actor() const
{
    QString name = SettingsRepository(m_db).value(u"user/name"_s);
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

void MainWindow::createTeam()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Team"), tr("Name of the team:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const Result<Team> team = TeamRepository(m_db).create(name);
    if (!team) {
        MessageBox::critical(this, tr("New Team"), team.error());
        return;
    }
    refresh();
}

void MainWindow::loadDemoData()
{
    const auto created = DemoData::create(m_db, m_languages.language());
    if (!created) {
        MessageBox::critical(this, tr("Demo Data"), created.error());
        return;
    }
    refresh();
    m_browser->selectAssessment(created->assessmentIds.last());
    statusBar()->showMessage(tr("Created the demo team with three yearly assessments."), 5000);
}

void MainWindow::importAssessment()
{
    const QString path = FileDialog::openFileName(this, tr("Import Assessment"),
                                                  tr("SIM3 assessment files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    AssessmentExchange exchange(m_db, m_catalogue);
    const auto outcome = exchange.importFile(path);
    if (!outcome) {
        MessageBox::critical(this, tr("Import Assessment"),
                             tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), outcome.error()));
        return;
    }
    refresh();
    m_browser->selectAssessment(outcome->assessmentId);
    statusBar()->showMessage(tr("Imported \"%1\".").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportAssessment()
{
    const qint64 id = m_browser->currentAssessmentId();
    if (id == 0) {
        MessageBox::information(this, tr("Export Assessment"), tr("Select an assessment to export first."));
        return;
    }
    const QString path = FileDialog::saveFileName(this, tr("Export Assessment"), u"assessment.json"_s,
                                                  tr("SIM3 assessment file (*.json);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    const auto format = path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? AssessmentExchange::Format::Csv
                                                                       : AssessmentExchange::Format::Json;
    AssessmentExchange exchange(m_db, m_catalogue);
    const Status written = exchange.exportFile(id, path, format, std::nullopt, m_languages.language());
    if (!written) {
        MessageBox::critical(this, tr("Export Assessment"), written.error());
        return;
    }
    statusBar()->showMessage(tr("Wrote \"%1\".").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showAbout()
{
    const Sim3Model *model = m_catalogue.find(ModelCatalogue::defaultModelId());
    const QString language = m_languages.language();
    QString text = tr("<h3>SIM3 Workbench %1</h3>"
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

void MainWindow::loadModelFile()
{
    const QString path = FileDialog::openFileName(this, tr("Load SIM3 Model File"),
                                                  tr("SIM3 model files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<Sim3Model> model = CustomModelRepository(m_db).addFile(path);
    if (!model) {
        MessageBox::critical(this, tr("Load SIM3 Model File"),
                             tr("The model in \"%1\" was not loaded.\n\n%2").arg(QDir::toNativeSeparators(path), model.error()));
        return;
    }
    m_catalogue = CustomModelRepository(m_db).catalogue();
    MessageBox::information(this, tr("Load SIM3 Model File"),
                            tr("Loaded \"%1\" (%2) with %3 parameters. New assessments can use it.")
                                .arg(model->name().text(m_languages.language()), model->id())
                                .arg(model->parameters().size()));
}
