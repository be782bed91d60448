#include "catalogue/ModelCatalogue.h"
#include "demo/DemoData.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/ProfileJson.h"
#include "exchange/RatingsJson.h"
#include "i18n/LanguageManager.h"
#include "profiles/NewProfileDialog.h"
#include "profiles/ProfileEditorDialog.h"
#include "questionnaire/ConflictDialog.h"
#include "questionnaire/EvidenceDialog.h"
#include "questionnaire/JustificationDialog.h"
#include "report/ExportReportDialog.h"
#include "shell/DatabaseOpener.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "shell/WindowState.h"
#include "start/NewAssessmentDialog.h"
#include "start/WelcomePage.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/ParticipantsDialog.h"
#include "workshop/WorkshopSession.h"

#include "TempDatabase.h"
#include "TestData.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseShowsWelcome();
    void demoButtonFillsTheBrowser();
    void importThroughTheMenu();
    void fileGivenOnTheCommandLineIsImportedAfterAsking();
    void unreadableFileGivenOnTheCommandLineIsRefusedWithoutAsking_data();
    void unreadableFileGivenOnTheCommandLineIsRefusedWithoutAsking();
    void exportSuggestsANameItsFileTypeIsKnownBy();
    void profileFileGivenOnTheCommandLineGoesToTheTeamChosen();
    void brokenImportShowsTheProblem();
    void ratingsFileThroughTheImportMenu();
    void languageSwitchesAtRunTime();
    void loadCustomModel();
    void userTextIsNeverSubstituted();
    void invalidValueInTheDatabaseIsRefused();
    void storedFontSizeIsClamped_data();
    void storedFontSizeIsClamped();
    void hostileSettingsLeaveAUsableWindow();
    void openSharedDatabaseSwitchesWindows();
    void readOnlyDatabaseIsForViewingAndReports();
    void mnemonicsAreUniquePerWindow_data();
    void mnemonicsAreUniquePerWindow();
    void mnemonicsAreUniquePerDialog_data();
    void mnemonicsAreUniquePerDialog();
};

namespace {

// The letter after a single "&" (lower-cased), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Who uses which Alt+letter in the window as it is now: the menu bar's titles, and the visible
// buttons, labels with a buddy, group boxes and tabs of the page on screen. Alt+letter reaches
// all of them at once, so a letter used twice opens only one. The clashes, as text.
QStringList clashesIn(QWidget &window)
{
    QMultiHash<QChar, QString> users;
    const auto use = [&users](const QString &text, const QString &what) {
        if (const QChar m = mnemonicOf(text); !m.isNull())
            users.insert(m, what + u" \""_s + text + u'"');
    };
    auto *main = qobject_cast<QMainWindow *>(&window);
    if (main) {
        for (QAction *menu : main->menuBar()->actions())
            use(menu->text(), u"menu"_s);
    }
    QWidget *page = main ? main->centralWidget() : &window;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            use(b->text(), u"button"_s);
    }
    QStringList clashes;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy())
            use(l->text(), u"label"_s);
        // Without a buddy a plain-text label shows its "&" as it is: "Approved &by:".
        else if (l->isVisible() && l->textFormat() != Qt::RichText && !Qt::mightBeRichText(l->text())
            && !mnemonicOf(l->text()).isNull())
            clashes.append(u"label \"%1\" shows a literal &"_s.arg(l->text()));
    }
    for (QGroupBox *g : page->findChildren<QGroupBox *>()) {
        if (g->isVisible())
            use(g->title(), u"group"_s);
    }
    for (QTabBar *bar : page->findChildren<QTabBar *>()) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i)
            use(bar->tabText(i), u"tab"_s);
    }
    if (qEnvironmentVariableIsSet("SIM3_LIST_MNEMONICS")) {
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            qWarning("USE %s %s", qPrintable(QString(it.key())), qPrintable(it.value()));
        for (QMenu *menu : main ? main->menuBar()->findChildren<QMenu *>() : QList<QMenu *>{})
            for (QAction *a : menu->actions())
                qWarning("ITEM %s | %s", qPrintable(menu->title()), qPrintable(a->text()));
    }
    for (const QChar key : users.uniqueKeys()) {
        const QStringList who = users.values(key);
        if (who.size() > 1)
            clashes.append(u"Alt+%1: %2"_s.arg(key, who.join(u", "_s)));
    }
    // Within each menu, too.
    for (QMenu *menu : main ? main->menuBar()->findChildren<QMenu *>() : QList<QMenu *>{}) {
        QMultiHash<QChar, QString> items;
        for (QAction *a : menu->actions()) {
            if (const QChar m = mnemonicOf(a->text()); !m.isNull())
                items.insert(m, a->text());
        }
        for (const QChar key : items.uniqueKeys()) {
            if (items.values(key).size() > 1)
                clashes.append(u"%1 menu, %2: %3"_s.arg(menu->title(), key, items.values(key).join(u", "_s)));
        }
    }
    return clashes;
}

} // namespace

void tst_MainWindow::emptyDatabaseShowsWelcome()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *pages = w.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    auto *create = w.findChild<QPushButton *>(u"createTeamButton"_s);
    QVERIFY(create && create->isVisible());
    QVERIFY(!create->accessibleName().isEmpty());
    // The file's name, or the shared database's and its server's.
    QVERIFY(w.windowTitle().contains(t.db().isServer() ? u" on localhost"_s : u"test.sqlite"_s));
}

void tst_MainWindow::demoButtonFillsTheBrowser()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *demo = w.findChild<QPushButton *>(u"openDemoButton"_s);
    QVERIFY(demo);
    demo->setFocus();
    QTest::keyClick(demo, Qt::Key_Space);
    // The demo opens on its newest assessment; the browser lists all three.
    auto *pages = w.findChild<QStackedWidget *>();
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"questionnairePage"_s);
    w.showBrowser();
    QCOMPARE(pages->currentWidget()->objectName(), u"assessmentBrowser"_s);
    auto *tree = w.findChild<QTreeWidget *>(u"assessmentTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->currentItem()->text(0), u"Self-assessment 2026"_s);
    QCOMPARE(tree->currentItem()->text(4), u"45 of 45"_s);
    // Saved at once: a new connection sees the team.
    const auto other = Database::open(t.path());
    QVERIFY(other);
    QCOMPARE(TeamRepository(*other.value()).all()->size(), 1);
}

void tst_MainWindow::importThroughTheMenu()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    FileDialog::setNextPath(TestData::path(u"exchange/golden/demo-ja-2025/assessment.json"_s));
    // Ctrl+I is File > Import Assessment.
    QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
    auto *tree = w.findChild<QTreeWidget *>(u"assessmentTree"_s);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"サンプル社 CSIRT"_s);
}

// A file manager opens a sim3-assessment file with the application: it asks, then imports and
// shows it; declined, nothing changes.
void tst_MainWindow::fileGivenOnTheCommandLineIsImportedAfterAsking()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = TestData::path(u"exchange/golden/demo-ja-2025/assessment.json"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.importGivenFile(path);
    QVERIFY2(MessageBox::lastText().contains(u"Import \"assessment.json\" into this database?"_s),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(AssessmentRepository(t.db()).all()->size(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.importGivenFile(path);
    auto *tree = w.findChild<QTreeWidget *>(u"assessmentTree"_s);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"サンプル社 CSIRT"_s);
    QCOMPARE(AssessmentRepository(t.db()).all()->size(), 1);
}

// A file the application cannot read (broken, a folder, a FIFO, gone) is refused at once, with
// what is wrong: there is nothing to ask about, and nothing changes.
void tst_MainWindow::unreadableFileGivenOnTheCommandLineIsRefusedWithoutAsking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem"); // part of what the message says
    QTest::newRow("broken JSON") << u"broken"_s << u"JSON"_s;
    QTest::newRow("a folder") << u"folder"_s << u"not a file"_s;
    QTest::newRow("a FIFO") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("gone") << u"missing"_s << u"no such file"_s;
}

void tst_MainWindow::unreadableFileGivenOnTheCommandLineIsRefusedWithoutAsking()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    TempDatabase t;
    const QString path = t.dir() + u"/given.sim3-assessment.json"_s;
    if (kind == u"broken"_s) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"sim3-assessment\", ");
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // One answer only: a question before the error would take it, and the error would show.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.importGivenFile(path);
    const QString said = MessageBox::lastText();
    QVERIFY2(said.contains(u"Nothing was imported from"_s) && said.contains(u"given.sim3-assessment.json"_s),
        qPrintable(said));
    QVERIFY2(said.contains(problem, Qt::CaseInsensitive), qPrintable(said));
    QCOMPARE(AssessmentRepository(t.db()).all()->size(), 0);
}

// A target profile opened from a file manager: refused while there is no team, then imported
// for the team chosen, as a new profile of that team.
void tst_MainWindow::profileFileGivenOnTheCommandLineGoesToTheTeamChosen()
{
    TempDatabase t;
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    TargetProfile sent;
    sent.uuid = u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
    sent.name = u"National baseline"_s;
    sent.targets.insert(u"O-1"_s, ProfileTarget{u"O-1"_s, 3, u"Mandate signed by the board"_s});
    const QString path = t.dir() + u"/baseline.sim3-profile.json"_s;
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ProfileJson::write(sent, *catalogue.find(u"sim3-v2i"_s)));
    out.close();

    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.importGivenFile(path);
    QVERIFY2(MessageBox::lastText().contains(u"has none yet"_s), qPrintable(MessageBox::lastText()));

    TeamRepository teams(t.db());
    const qint64 red = teams.create(u"Red"_s)->id;
    const qint64 blue = teams.create(u"Blue"_s)->id;
    InputDialog::setNextAnswer(std::nullopt); // cancelled: nothing imported
    w.importGivenFile(path);
    QVERIFY(ProfileRepository(t.db()).forTeam(blue)->isEmpty());
    InputDialog::setNextAnswer(u"Blue"_s);
    w.importGivenFile(path);
    const QList<TargetProfile> imported = ProfileRepository(t.db()).forTeam(blue).value();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().name, u"National baseline"_s);
    const TargetProfile stored = ProfileRepository(t.db()).load(imported.first().id).value();
    QCOMPARE(stored.targets.value(u"O-1"_s).level, std::optional<int>(3));
    QVERIFY(imported.first().uuid != sent.uuid);
    QVERIFY(ProfileRepository(t.db()).forTeam(red)->isEmpty());
}

// File > Export Assessment suggests the assessment's title with the suffix the desktop's file
// type is recognised by.
void tst_MainWindow::exportSuggestsANameItsFileTypeIsKnownBy()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openAssessment(demo->assessmentIds.last()));
    FileDialog::setNextPath(QString()); // cancelled
    w.findChild<QAction *>(u"actionExport"_s)->trigger();
    QCOMPARE(FileDialog::lastSuggestedName(), u"Self-assessment-2026.sim3-assessment.json"_s);
}

void tst_MainWindow::ratingsFileThroughTheImportMenu()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    const qint64 id = AssessmentRepository(t.db()).create(team, u"Workshop"_s, QDate(2026, 5, 1), u"sim3-v2i"_s)->id;
    const QList<Participant> people
        = WorkshopRepository(t.db()).setParticipants(id, {{0, QString(), u"Aiko"_s, QString()}}).value();
    // Aiko's file comes back with one rating filled in.
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    RatingsFile file{AssessmentRepository(t.db()).find(id)->uuid, u"Workshop"_s, u"sim3-v2i"_s, people.first(), {}};
    Rating r;
    r.participantUuid = people.first().uuid;
    r.parameterId = u"P-3"_s;
    r.level = 2;
    file.ratings.append(r);
    const QString path = t.dir() + u"/aiko.json"_s;
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(RatingsJson::write(file, *catalogue.find(u"sim3-v2i"_s), u"en"_s));
    out.close();

    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    FileDialog::setNextPath(path);
    w.findChild<QAction *>(u"actionImport"_s)->trigger();
    QTRY_VERIFY(w.statusBar()->currentMessage().contains(u"1 rating(s) of Aiko"_s));
    QCOMPARE(WorkshopRepository(t.db()).ratingsOf(id, people.first().uuid)->size(), 1);
}

void tst_MainWindow::brokenImportShowsTheProblem()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    FileDialog::setNextPath(TestData::path(u"exchange/broken/12-impossible-date.json"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.findChild<QAction *>(u"actionImport"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"/assessment/date"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"Nothing was imported"_s));
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"welcomePage"_s);
}

void tst_MainWindow::languageSwitchesAtRunTime()
{
    TempDatabase t;
    LanguageManager languages;
    languages.setLanguage(u"en"_s);
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *create = w.findChild<QPushButton *>(u"createTeamButton"_s);
    QCOMPARE(create->text(), u"&Create a team…"_s);
    const QString englishFile = w.menuBar()->actions().first()->text();

    w.findChild<QAction *>(u"actionJapanese"_s)->trigger();
    QCOMPARE(languages.language(), u"ja"_s);
    QTRY_VERIFY(create->text() != u"&Create a team…"_s);
    QVERIFY2(create->text().contains(u"チーム"_s), qPrintable(create->text()));
    QVERIFY(w.menuBar()->actions().first()->text() != englishFile);
    QCOMPARE(SettingsRepository(t.db()).value(u"ui/language"_s), u"ja"_s);

    w.findChild<QAction *>(u"actionEnglish"_s)->trigger();
    QTRY_COMPARE(create->text(), u"&Create a team…"_s);
}

void tst_MainWindow::loadCustomModel()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    FileDialog::setNextPath(TestData::path(u"models/broken/09-level-described-twice.json"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.findChild<QAction *>(u"actionLoadModel"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"/levels/2/level"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(CustomModelRepository(t.db()).catalogue().value().models().size(), 2);

    FileDialog::setNextPath(TestData::path(u"models/custom-minimal.json"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.findChild<QAction *>(u"actionLoadModel"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"national-ext"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(CustomModelRepository(t.db()).catalogue().value().models().size(), 3);
}

void tst_MainWindow::userTextIsNeverSubstituted()
{
    TempDatabase t;
    const Team team = TeamRepository(t.db()).create(u"Red %2 %1"_s).value();
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tree = w.findChild<QTreeWidget *>(u"assessmentTree"_s);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Red %2 %1"_s);
    // The question names the team exactly as typed, with its counts in their own places.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.findChild<QAction *>(u"actionDeleteTeam"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"\"Red %2 %1\" with its 0 assessment(s)"_s),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"its 0 target profile(s)"_s));
    QVERIFY(TeamRepository(t.db()).find(team.id));
}

void tst_MainWindow::invalidValueInTheDatabaseIsRefused()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    const qint64 id = AssessmentRepository(t.db()).create(team, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s)->id;
    {
        // Another tool, with CHECK constraints switched off, writes a level SIM3 does not have.
        QVERIFY(TempDatabase::writeBreakingCheck(t.db(), u"answers"_s, u"level"_s,
            u"INSERT INTO answers (assessment_id, parameter_id, level) VALUES (%1, 'O-1', 7)"_s.arg(id)));
    }
    QVERIFY(SettingsRepository(t.db()).setValue(u"session/assessment"_s, QString::number(id)));
    // The window reopens where the user left off: the assessment is refused with the reason,
    // and the window falls back to the list instead of crashing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(MessageBox::lastText().contains(u"the level must be between 0 and 4, not 7"_s),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!w.session());
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"assessmentBrowser"_s);
}

void tst_MainWindow::storedFontSizeIsClamped_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<double>("expected"); // 0: not applied
    QTest::newRow("normal") << u"12.5"_s << 12.5;
    QTest::newRow("huge") << u"1e308"_s << WindowState::MaximumFontSize;
    QTest::newRow("tiny") << u"0.001"_s << WindowState::MinimumFontSize;
    QTest::newRow("negative") << u"-4"_s << 0.0;
    QTest::newRow("infinite") << u"inf"_s << 0.0;
    QTest::newRow("not a number") << u"nan"_s << 0.0;
    QTest::newRow("text") << u"large"_s << 0.0;
    QTest::newRow("empty") << QString() << 0.0;
}

void tst_MainWindow::storedFontSizeIsClamped()
{
    QFETCH(QString, stored);
    QFETCH(double, expected);
    const std::optional<qreal> size = WindowState::storedFontSize(stored);
    QCOMPARE(size.value_or(0.0), expected);
}

void tst_MainWindow::hostileSettingsLeaveAUsableWindow()
{
    TempDatabase t;
    QVERIFY(SettingsRepository(t.db()).setValue(u"ui/fontPointSize"_s, u"1e308"_s));
    // A geometry blob that is not one: the window takes its default size.
    QVERIFY(SettingsRepository(t.db()).setValue(
        u"window/geometry"_s, QString::fromLatin1(QByteArray(64, '\xff').toBase64())));
    const QFont before = QApplication::font();
    {
        LanguageManager languages;
        MainWindow w(t.db(), languages);
        QCOMPARE(QApplication::font().pointSizeF(), WindowState::MaximumFontSize);
        QVERIFY(w.width() >= WindowState::MinimumWidth && w.height() >= WindowState::MinimumHeight);
    }
    QApplication::setFont(before);
}

QTEST_MAIN(tst_MainWindow)
void tst_MainWindow::mnemonicsAreUniquePerWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
}

void tst_MainWindow::mnemonicsAreUniquePerWindow()
{
    QFETCH(QString, language);
    TempDatabase t;
    LanguageManager languages;
    languages.setLanguage(language);
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList found;
    const auto check = [&](const QString &where) {
        for (const QString &clash : clashesIn(w))
            found.append(where + u": "_s + clash);
    };
    check(u"start screen"_s);
    QVERIFY(DemoData::create(t.db(), language));
    w.showBrowser();
    check(u"list"_s);
    QVERIFY(w.openAssessment(1, u"O-1"_s));
    check(u"questionnaire of a final assessment"_s);
    QVERIFY(w.openAssessment(3, u"O-1"_s));
    check(u"questionnaire"_s);
    w.findChild<QAction *>(u"actionDashboard"_s)->setChecked(true);
    auto *tabs = w.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(u"dashboard, tab %1"_s.arg(i));
    }
    found.removeDuplicates();
    for (const QString &clash : std::as_const(found))
        qWarning("%s", qPrintable(clash));
    QVERIFY(found.isEmpty());
}

void tst_MainWindow::mnemonicsAreUniquePerDialog_data()
{
    mnemonicsAreUniquePerWindow_data();
}

// Every dialog, in both languages: no Alt+letter used twice, no "&" shown as it is.
void tst_MainWindow::mnemonicsAreUniquePerDialog()
{
    QFETCH(QString, language);
    TempDatabase t;
    LanguageManager languages;
    languages.setLanguage(language);
    const DemoData::Created demo = DemoData::create(t.db(), language).value();
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const Sim3Model &model = *catalogue.find(ModelCatalogue::defaultModelId());
    const QList<Assessment> previous = AssessmentRepository(t.db()).all().value();
    const Assessment current = AssessmentRepository(t.db()).load(demo.assessmentIds.last()).value();
    WorkshopSession workshop(t.db(), demo.assessmentIds.last(), u"Aiko"_s);
    Answer mine;
    mine.parameterId = u"O-1"_s;
    mine.level = 2;
    Answer theirs = mine;
    theirs.level = 3;
    QMenu menu(u"&File"_s);
    menu.addAction(u"&Open"_s);

    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(u"new assessment"_s,
        std::make_unique<NewAssessmentDialog>(catalogue, previous, QList<Participant>{}, language));
    dialogs.emplace_back(u"export report"_s,
        std::make_unique<ExportReportDialog>(t.db(), catalogue, demo.assessmentIds.last(), language));
    dialogs.emplace_back(
        u"target profiles"_s, std::make_unique<ProfileEditorDialog>(t.db(), catalogue, model, current, language));
    dialogs.emplace_back(u"new profile"_s, std::make_unique<NewProfileDialog>(QList<TargetProfile>{}, true));
    dialogs.emplace_back(u"evidence"_s, std::make_unique<EvidenceDialog>(Evidence{}));
    dialogs.emplace_back(u"not applicable"_s, std::make_unique<JustificationDialog>(u"O-6"_s, QString()));
    dialogs.emplace_back(u"conflict"_s, std::make_unique<ConflictDialog>(u"O-1"_s, mine, theirs));
    dialogs.emplace_back(u"participants"_s, std::make_unique<ParticipantsDialog>(&workshop));
    dialogs.emplace_back(u"shortcuts"_s, std::make_unique<ShortcutsDialog>(QList<QMenu *>{&menu}));
    QStringList found;
    for (const auto &[name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (const QString &clash : clashesIn(*dialog))
            found.append(name + u": "_s + clash);
        dialog->hide();
    }
    for (const QString &clash : std::as_const(found))
        qWarning("%s", qPrintable(clash));
    QVERIFY(found.isEmpty());
}

// A database opened read-only (a file one may not write) shows everything and offers only what
// reads: the window says so, answers cannot be changed, reports can be exported.
void tst_MainWindow::readOnlyDatabaseIsForViewingAndReports()
{
    TempDatabase t(Database::Engine::SQLite); // a file: a server has no read-only opening

    const DemoData::Created demo = DemoData::create(t.db(), u"en"_s).value();
    const QString path = t.path();
    t.close();
    const QByteArray before = TestData::fileHash(path);
    {
        const std::unique_ptr<Database> db = Database::openReadOnly(path).value();
        LanguageManager languages;
        MainWindow w(*db, languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.windowTitle().contains(u"read-only"_s), qPrintable(w.windowTitle()));
        auto *label = w.findChild<QLabel *>(u"readOnlyLabel"_s);
        QVERIFY(label && label->isVisible());
        for (const char *name : {"actionNewTeam", "actionDemo", "actionImport", "actionLoadModel"})
            QVERIFY2(!w.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);

        QVERIFY(w.openAssessment(demo.assessmentIds.last(), u"O-2"_s));
        QVERIFY(w.findChild<QAction *>(u"actionExportReport"_s)->isEnabled());
        QVERIFY(!w.findChild<QAction *>(u"actionLevel1"_s)->isEnabled());
        QVERIFY(!w.findChild<QAction *>(u"actionToggleFinal"_s)->isEnabled());
        for (const QString &name : {u"levelButton1"_s, u"levelButton4"_s})
            QVERIFY(!w.findChild<QAbstractButton *>(name)->isEnabled());
        QTest::keyClick(&w, Qt::Key_1);
        QVERIFY(w.findChild<QPlainTextEdit *>(u"commentField"_s)->isReadOnly());
        // Language and window state are not remembered, and saying nothing about it is right.
        w.findChild<QAction *>(u"actionJapanese"_s)->trigger();
        w.findChild<QAction *>(u"actionEnglish"_s)->trigger();
        w.close();
    }
    QCOMPARE(TestData::fileHash(path), before);
}

void tst_MainWindow::openSharedDatabaseSwitchesWindows()
{
    if (noTestServer(testServer()))
        return;
    TempDatabase file;
    TempDatabase shared(Database::Engine::PostgreSQL);
    QVERIFY2(shared.isOpen(), qPrintable(shared.error()));
    QVERIFY(TeamRepository(shared.db()).create(u"Shared team"_s));
    LanguageManager languages;
    MainWindow w(file.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *action = w.findChild<QAction *>(u"actionOpenSharedDatabase"_s);
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    // Cancelled: nothing changes.
    InputDialog::setNextAnswer(std::nullopt);
    action->trigger();
    QVERIFY(w.isVisible());
    QVERIFY(!w.takeNextDatabase());

    // A server that cannot be reached: said, and the window stays on its file.
    PostgresTarget nowhere = PostgresTarget::parse(shared.path()).value();
    nowhere.database = u"no_such_database"_s;
    InputDialog::setNextAnswer(nowhere.display());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"no_such_database"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(w.isVisible());
    QVERIFY(!w.takeNextDatabase());

    // The shared database: the window closes and hands it to the next one, remembered for the next start.
    InputDialog::setNextAnswer(shared.path());
    action->trigger();
    QVERIFY(!w.isVisible());
    const std::unique_ptr<Database> next = w.takeNextDatabase();
    QVERIFY(next);
    QVERIFY(next->isServer());
    QCOMPARE(TeamRepository(*next).all()->size(), 1);
    QCOMPARE(DatabaseOpener::remembered(), next->path());
    DatabaseOpener::remember(QString());
    QVERIFY(DatabaseOpener::remembered().isEmpty());
}

#include "tst_mainwindow.moc"
