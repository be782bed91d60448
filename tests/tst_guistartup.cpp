#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "identity/KeyboardUser.h"
#include "shell/GuiStartup.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/TeamRepository.h"

#include "TempDatabase.h"
#include "TestData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QMainWindow *mainWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<QMainWindow *>(w); window && window->isVisible())
            return window;
    }
    return nullptr;
}

// Runs the GUI as main() does, on `path`. `whileRunning` is called once the main window is shown
// (or after 5 s without one) and should end the application; a guard closes everything after
// 20 s so that a hang fails the test instead of blocking it.
int runGuiOn(const QString &path, const std::function<void()> &whileRunning, bool *hung)
{
    auto *poll = new QTimer(qApp);
    // Owned by the handler: freed with the timer, even when no window ever comes.
    const auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, elapsed, whileRunning] {
        if (!mainWindow() && elapsed->elapsed() < 5000)
            return;
        poll->stop();
        poll->deleteLater();
        whileRunning();
    });
    poll->start(1);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [hung] {
        *hung = true;
        QApplication::closeAllWindows();
        QApplication::exit(99);
    });
    guard.start(20000);
    return runGui({u"sim3-workbench"_s, u"--db"_s, path, u"--lang"_s, u"en"_s});
}

void fillDatabase(const QString &path, int teams)
{
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    for (int i = 0; i < teams; ++i)
        QVERIFY(TeamRepository(*db.value()).create(u"Team %1, a name long enough to fill some pages"_s.arg(i)));
}

} // namespace

class tst_GuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void init() { KeyboardUser::remember(u"Test Person"_s); }
    void asksOnceWhoIsAtTheKeyboard();
    void quitsBeforeTheCheckEnds();
    void quitsAfterTheCheckEnds();
    void damagedDatabaseIsReportedAndNotWritten();
    void unreadableTeamListIsNotAnEmptyDatabase();
    void notADatabaseOffersToOpenAnother();
};

void tst_GuiStartup::asksOnceWhoIsAtTheKeyboard()
{
    KeyboardUser::remember(QString());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    fillDatabase(path, 1);
    InputDialog::setNextAnswer(u"Aiko Tanaka"_s);
    bool hung = false;
    QCOMPARE(runGuiOn(
                 path, [] { QTimer::singleShot(0, [] { QApplication::closeAllWindows(); }); }, &hung),
        0);
    QVERIFY(!hung);
    QCOMPARE(KeyboardUser::remembered(), u"Aiko Tanaka"_s);
    // Not asked again: an unexpected dialog would end this test program.
    QCOMPARE(runGuiOn(
                 path, [] { QApplication::closeAllWindows(); }, &hung),
        0);
    QVERIFY(!hung);
}

void tst_GuiStartup::quitsBeforeTheCheckEnds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    fillDatabase(path, 300);
    bool hung = false;
    // Closed in the same event loop turn as the window appears, while the check still runs.
    const int status = runGuiOn(
        path, [] { QApplication::closeAllWindows(); }, &hung);
    QVERIFY(!hung);
    QCOMPARE(status, 0);
}

void tst_GuiStartup::quitsAfterTheCheckEnds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    fillDatabase(path, 3);
    bool hung = false;
    const int status = runGuiOn(
        path,
        [] {
            // The check of three teams ends in milliseconds; the window closes well after it.
            QTimer::singleShot(500, [] { QApplication::closeAllWindows(); });
        },
        &hung);
    QVERIFY(!hung);
    QCOMPARE(status, 0);
    // Closing stored the window's geometry: the database was writable after its check.
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY(!SettingsRepository(*db.value()).value(u"window/geometry"_s).isEmpty());
}

void tst_GuiStartup::damagedDatabaseIsReportedAndNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    fillDatabase(path, 300);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(4096) * 3));
        f.write(QByteArray(qsizetype(4096) * 3, '\x5A'));
    }
    const QByteArray before = TestData::fileHash(path);
    // Reading the damaged pages may fail before the check reports: each box is answered.
    MessageBox::setNextAnswer(QMessageBox::Ok, 10);
    bool hung = false;
    // Nothing ends the application but the report of the damage.
    const int status = runGuiOn(
        path, [] {}, &hung);
    QVERIFY(!hung);
    QCOMPARE(status, 1);
    QVERIFY2(MessageBox::lastText().contains(u"is damaged"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(TestData::fileHash(path), before);
}

// Started on a file that is not a database: the message says so and offers Open, which asks for
// an existing file (an Open dialog, not a Save one), and the window then opens on that file.
void tst_GuiStartup::notADatabaseOffersToOpenAnother()
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(u"notes.sqlite"_s);
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are meeting notes, not a database.\n");
    }
    const QByteArray before = TestData::fileHash(notes);
    const QString other = dir.filePath(u"team.sqlite"_s);
    fillDatabase(other, 2);
    MessageBox::setNextAnswer(QMessageBox::Open);
    FileDialog::setNextPath(other);
    bool hung = false;
    QString title;
    const int status = runGuiOn(
        notes,
        [&] {
            if (QMainWindow *w = mainWindow())
                title = w->windowTitle();
            QApplication::closeAllWindows();
        },
        &hung);
    QVERIFY(!hung);
    QCOMPARE(status, 0);
    QVERIFY2(MessageBox::lastText().contains(u"notes.sqlite"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(FileDialog::lastKind() == FileDialog::Kind::Open);
    QVERIFY2(title.contains(u"team.sqlite"_s), qPrintable(title));
    QCOMPARE(TestData::fileHash(notes), before);
}

void tst_GuiStartup::unreadableTeamListIsNotAnEmptyDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    fillDatabase(path, 2);
    {
        // Another tool broke the schema: the team list cannot be read.
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(q.exec(u"ALTER TABLE teams RENAME TO teams_gone"_s));
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    bool hung = false;
    QString page;
    QString problem;
    const int status = runGuiOn(
        path,
        [&] {
            QMainWindow *w = mainWindow();
            if (w) {
                page = w->findChild<QStackedWidget *>()->currentWidget()->objectName();
                auto *label = w->findChild<QLabel *>(u"readErrorLabel"_s);
                problem = label && label->isVisible() ? label->text() : QString();
            }
            QApplication::closeAllWindows();
        },
        &hung);
    QVERIFY(!hung);
    QCOMPARE(status, 0);
    QCOMPARE(page, u"assessmentBrowser"_s);
    QVERIFY2(problem.contains(u"teams"_s), qPrintable(problem));
    QVERIFY2(MessageBox::lastText().contains(u"Not everything in the database could be read"_s),
        qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(tst_GuiStartup)
#include "tst_guistartup.moc"
