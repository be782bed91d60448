#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <unordered_map>

struct PostgresTarget;
class QSqlDriver;

// One SIM3 Workbench database: a file (SQLite, the default) or a shared PostgreSQL database
// named as postgresql://user@host/dbname. A named Qt Sql connection, the schema version and its
// migrations. Opening checks the database first and refuses, leaving it untouched, anything
// that is not ours, is damaged, read-only, locked, or was written by a newer version.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Engine { SQLite, PostgreSQL };

    // "SIM3" in ASCII, stored in PRAGMA application_id to recognise our files.
    static constexpr int ApplicationId = 0x53494D33;

    enum class Verification {
        Full, // run SQLite's quick_check before returning (about 50 ms for 1,000 assessments)
        // Run it before the first write, so that nothing is ever written to a damaged file, or
        // earlier on a thread of its own when startVerification() is called (the window does so
        // once it is painted, so that the check does not compete with the start for the
        // processor). A command that only reads never pays for it (SQLite still reports damage
        // on every page a read touches). A file that needs a migration is checked at once.
        BeforeFirstWrite
    };

    // `path` is a file's path or a server's address (PostgresTarget). A server that asks for
    // a password is given `password`; when it asks and none was given (or a wrong one),
    // `*passwordWanted` becomes true, so that the caller may ask the person and try again.
    static Result<std::unique_ptr<Database>> open(const QString &path, Verification verification = Verification::Full,
        const QString &password = {}, bool *passwordWanted = nullptr);
    // A database file opened to be read only (a file one may not write: on a read-only share,
    // or from another account): every view and report works, every write is refused with a
    // message that says so. A file that needs a schema update cannot be read this way.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);
    // Whether `path` names an existing database file this account may not write: what to offer
    // openReadOnly() for when open() refuses it.
    static bool isReadOnlyFile(const QString &path);
    // Under QStandardPaths::AppDataLocation; the folder is created when missing.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // One use of a statement, ready for its values: query() is the QSqlQuery to bind, execute
    // and read. A server prepares each statement once per connection (each preparation costs a
    // round trip, and the save of an answer has a dozen statements), so the same statement must
    // not be asked for again while one use of it is still being read; a file prepares it anew.
    class Statement final
    {
    public:
        Statement(Statement &&) = default;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        Statement &operator=(Statement &&) = delete;
        ~Statement();
        QSqlQuery &query() { return m_shared ? *m_shared : *m_own; }

    private:
        friend class Database;
        Statement() = default;
        std::unique_ptr<QSqlQuery> m_own; // a file's
        QSqlQuery *m_shared = nullptr; // a server's, kept by the Database
    };
    Statement prepared(const QString &sql);
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // Opened with openReadOnly().
    bool isReadOnly() const { return m_readOnly; }
    // The file's absolute path, or the server's address as PostgresTarget::display() writes it
    // (no secret in it).
    const QString &path() const { return m_path; }
    // What to call it in a window title: the file's name, or "dbname on host".
    QString shortName() const;
    int schemaVersion() const;

    // A server only: whether the connection still answers. After the server went away,
    // reconnect() opens a new connection with the same settings (and password).
    bool isConnected() const;
    Status reconnect();

    // Starts the integrity check BeforeFirstWrite held back, on a thread of its own, and returns
    // it; an invalid future when none is held back (Full, a new file, already started or read).
    std::shared_future<Status> startVerification();
    // The check startVerification() started, or an invalid future when none is running.
    std::shared_future<Status> pendingVerification() const { return m_verification; }
    // Whether the file may be written: waits for a deferred check to end (or runs the check
    // held back until the first write), then its verdict.
    Status writable();

    // A number that changes when another connection (another copy of the program, another
    // computer) commits a change; our own writes leave it alone. Cheap to ask. A file asks
    // SQLite's data_version; a server counts the notifications its triggers send on commit
    // (LISTEN), which arrive through the event loop.
    Result<qint64> dataVersion() const;
    // A server only: called, through the event loop, as soon as another connection commits.
    void setChangeListener(std::function<void()> listener) { m_changeListener = std::move(listener); }
    // The kind of file system the file lies on when it is a network one ("nfs4", "cifs"…),
    // where SQLite's write-ahead log is not safe; empty on a local disk.
    QString networkFileSystem() const;
    static bool isNetworkFileSystem(const QByteArray &type);
    // What to tell the user when the file lies on a network file system; empty otherwise.
    QString networkFileSystemWarning() const;

    // The clock for every timestamp written (UTC). Tests set a fixed one.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // How timestamps and dates are stored: ISO 8601, UTC with milliseconds.
    static QString toStored(const QDateTime &utc);
    static QDateTime fromStored(const QString &text);
    static QString toStored(const QDate &date);
    static QDate dateFromStored(const QString &text);

private:
    friend class SqlTransaction;
    Database(QString path, QString connectionName, Engine engine);
    static Result<std::unique_ptr<Database>> openServer(
        const PostgresTarget &target, const QString &password, bool *passwordWanted);
    Status initialise(Verification verification);
    Status initialiseServer();
    Status listen();
    Status migrate(int fromVersion);

    Engine m_engine = Engine::SQLite;
    QString m_password; // a server's, as the person typed it; kept for reconnect() only
    QString m_path;
    QString m_connectionName;
    std::function<QDateTime()> m_clock;
    int m_transactionDepth = 0; // SqlTransactions open on this connection
    std::shared_future<Status> m_verification; // the check on its thread, while it has not been read
    std::optional<Status> m_verdict; // its result, once read
    bool m_checkBeforeWrite = false; // BeforeFirstWrite, not started, and no write yet
    qint64 m_remoteChanges = 0; // a server's notifications from other connections
    std::function<void()> m_changeListener;
    bool m_readOnly = false;
    bool m_listening = false; // the driver's notifications reach m_remoteChanges
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // a server's, by their SQL
};
