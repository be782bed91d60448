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
#include <QIcon>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Runs `then` once, right after the first paint of the widget it watches (the whole window is
// drawn in that pass): work the first look does not need waits until then. Never after the
// widget is gone (the filter is its child and the timer's context).
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QObject *parent, std::function<void()> then)
        : QObject(parent)
        , m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then)
            QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

// The monotonic clock (CLOCK_MONOTONIC on Linux, as the benchmark reads it), portably.
qint64 nowNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

// Starts the integrity check `database` held back, and a thread that waits for it: when the
// file is damaged, `window` says so and the application closes. None when nothing is held back.
std::unique_ptr<QThread> watchVerification(Database &database, QWidget &window)
{
    const std::shared_future<Status> pending = database.startVerification();
    if (!pending.valid())
        return nullptr;
    std::unique_ptr<QThread> watcher(QThread::create([pending] { pending.wait(); }));
    QObject::connect(watcher.get(), &QThread::finished, &window, [&database, &window] {
        if (const Status verdict = database.writable(); !verdict) {
            MessageBox::critical(&window, QCoreApplication::translate("GuiStartup", "SIM3 Workbench"), verdict.error());
            QApplication::exit(1);
        }
    });
    watcher->start();
    return watcher;
}

// Shows the window on `database` until it closes; `next` receives the database chosen in it.
// `given`: a file to import once the window is up (asked first); empty for none.
int runWindow(Database &db, LanguageManager &languages, std::unique_ptr<Database> &next, const QString &given)
{
    Database *database = &db;
    MainWindow window(*database, languages);
    // The integrity check the database held back runs on a thread of its own once the window is
    // painted (before, it competed with the start for the processor: a check of 1,000
    // assessments takes about as long as the start itself); every write waits for its verdict,
    // or runs the check itself if it comes first, so a damaged file is never changed. A damaged
    // file is reported as soon as the check ends and the application closes. The watcher is
    // owned here and waited for before it is destroyed.
    std::unique_ptr<QThread> watcher;
    // The window icon once the window is painted too: the SVG needs Qt's SVG icon engine, a
    // plugin (2 % of the start), and the window manager takes the icon whenever it comes.
    window.installEventFilter(new AfterFirstPaint(&window, [database, &window, &watcher] {
        QApplication::setWindowIcon(QIcon(u":/icons/sim3-workbench.svg"_s));
        watcher = watchVerification(*database, window);
    }));
    // For sim3-bench-start only: prints the clock once the window is painted, and quits, so that
    // the benchmark measures the start to a painted window against a bare Qt program. Installed
    // last, it runs first.
    if (qEnvironmentVariableIsSet("SIM3_BENCH_QUIT_WHEN_PAINTED")) {
        window.installEventFilter(new AfterFirstPaint(&window, [] {
            QTextStream(stdout) << "painted " << nowNs() << Qt::endl;
            QApplication::exit(0);
        }));
    }
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
        // The full integrity check runs on a worker thread once the window is painted (runWindow).
        DatabaseOpener::Outcome opened = DatabaseOpener::open(nullptr, path, Database::Verification::BeforeFirstWrite);
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
