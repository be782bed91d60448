#include "GuiStartup.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "i18n/LanguageManager.h"
#include "identity/KeyboardUser.h"
#include "shell/DatabaseOpener.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEvent>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// For sim3-bench-start only (SIM3_BENCH_QUIT_WHEN_PAINTED set): once the window has been painted,
// prints the monotonic clock in nanoseconds and quits, so that the benchmark can measure the start
// to a painted window against a bare Qt program doing the same.
class QuitWhenPainted final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint: the whole window is drawn in the same pass.
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << "painted " << nowNs() << Qt::endl;
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // The monotonic clock (CLOCK_MONOTONIC on Linux, as the benchmark reads it), portably.
    static qint64 nowNs() { return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs(); }
    bool m_done = false;
};

// Shows the window on `database` until it closes; `next` receives the database chosen in it.
// `given`: a file to import once the window is up (asked first); empty for none.
int runWindow(Database &db, LanguageManager &languages, std::unique_ptr<Database> &next, const QString &given)
{
    Database *database = &db;
    MainWindow window(*database, languages);
    if (qEnvironmentVariableIsSet("SIM3_BENCH_QUIT_WHEN_PAINTED"))
        window.installEventFilter(new QuitWhenPainted(&window));
    window.show();
    if (!given.isEmpty())
        QTimer::singleShot(0, &window, [&window, given] { window.importGivenFile(given); });
    if (const QString warning = database->networkFileSystemWarning(); !warning.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, warning] {
            MessageBox::warning(&window, QCoreApplication::translate("GuiStartup", "SIM3 Workbench"), warning);
        });
    }
    // Asked once, on the first start: the name written into every change.
    if (KeyboardUser::remembered().isEmpty()) {
        QTimer::singleShot(0, &window, [&window] {
            if (!window.askWhoIsAtTheKeyboard())
                KeyboardUser::remember(KeyboardUser::systemName());
        });
    }

    // The integrity check the database deferred runs on a thread of its own; every write waits
    // for its verdict, so a damaged file is never changed. A damaged file is reported as soon as
    // the check ends (tens of milliseconds) and the application closes. The watcher is owned
    // here and waited for before it is destroyed.
    std::unique_ptr<QThread> watcher;
    if (const std::shared_future<Status> pending = database->pendingVerification(); pending.valid()) {
        watcher.reset(QThread::create([pending] { pending.wait(); }));
        QObject::connect(watcher.get(), &QThread::finished, &window, [database, &window] {
            if (const Status verdict = database->writable(); !verdict) {
                MessageBox::critical(
                    &window, QCoreApplication::translate("GuiStartup", "SIM3 Workbench"), verdict.error());
                QApplication::exit(1);
            }
        });
        watcher->start();
    }
    const int status = QApplication::exec();
    if (watcher)
        watcher->wait();
    next = window.takeNextDatabase();
    return status;
}

} // namespace

int runGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, QCoreApplication::translate("GuiStartup", "Database file."),
        QCoreApplication::translate("GuiStartup", "path"));
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("GuiStartup", "Interface language: en or ja."),
        QCoreApplication::translate("GuiStartup", "language"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    // At most one positional argument: a file to import, as a file manager passes it.
    if (!parser.parse(arguments) || parser.positionalArguments().size() > 1) {
        QTextStream err(stderr);
        err << QCoreApplication::translate(
            "GuiStartup", "sim3-workbench: %1\nRun \"sim3-workbench --help\" for the commands.")
                   .arg(parser.errorText().isEmpty() ? parser.positionalArguments().join(u' ') : parser.errorText())
            << '\n';
        return 2;
    }

    LanguageManager languages;
    languages.setLanguage(parser.isSet(langOption) ? parser.value(langOption) : LanguageManager::systemLanguage());

    // Without --db: the database this account opened last in the window, else the default file.
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : DatabaseOpener::remembered();
    if (path.isEmpty())
        path = Database::defaultPath();
    std::unique_ptr<Database> database;
    while (!database) {
        // The full integrity check runs on a worker thread once the window is up (see below).
        DatabaseOpener::Outcome opened = DatabaseOpener::open(nullptr, path, Database::Verification::Deferred);
        if (opened.database) {
            database = std::move(opened.database);
            break;
        }
        if (opened.error.isEmpty())
            return 1; // the password prompt was cancelled
        const auto answer = MessageBox::critical(nullptr, QCoreApplication::translate("GuiStartup", "SIM3 Workbench"),
            QCoreApplication::translate("GuiStartup", "%1\n\nChoose another database file, or quit.").arg(opened.error),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return 1;
        // Open: an existing database file (a new one is made by naming it with --db).
        path = FileDialog::openFileName(nullptr, QCoreApplication::translate("GuiStartup", "Choose a Database"),
            QCoreApplication::translate("GuiStartup", "SIM3 Workbench databases (*.sqlite);;All files (*)"));
        if (path.isEmpty())
            return 1;
    }

    if (!parser.isSet(langOption)) {
        const QString saved = SettingsRepository(*database).value(u"ui/language"_s);
        if (!saved.isEmpty())
            languages.setLanguage(saved);
    }

    // One window per database; File > Open… closes it and the next one opens on the new database.
    int status = 0;
    QString given = parser.positionalArguments().value(0);
    while (database) {
        std::unique_ptr<Database> next;
        status = runWindow(*database, languages, next, std::exchange(given, QString()));
        database = std::move(next);
    }
    return status;
}
