#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <future>
#include <memory>
#include <optional>

// One SIM3 Workbench database file: a named Qt Sql connection, the schema version and its
// migrations. Opening checks the file first and refuses, leaving it untouched, anything that is
// not ours, is damaged, read-only, locked, or was written by a newer version.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // "SIM3" in ASCII, stored in PRAGMA application_id to recognise our files.
    static constexpr int ApplicationId = 0x53494D33;

    enum class Verification {
        Full, // run SQLite's quick_check before returning (about 50 ms for 1,000 assessments)
        // Run it on a thread of its own; the first write waits for its verdict, so nothing is
        // ever written to a damaged file. A file that needs a migration is checked at once.
        Deferred
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Verification verification = Verification::Full);
    // Under QStandardPaths::AppDataLocation; the folder is created when missing.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // The deferred integrity check, or an invalid future when none is pending (Full, or a new file).
    std::shared_future<Status> pendingVerification() const { return m_verification; }
    // Whether the file may be written: waits for a deferred check to end, then its verdict.
    Status writable();

    // A number that changes when another connection (another copy of the program, another
    // computer) commits a change to the file; our own writes leave it alone. Cheap to ask.
    Result<qint64> dataVersion() const;
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
    Database(QString path, QString connectionName);
    Status initialise(Verification verification);
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    std::function<QDateTime()> m_clock;
    int m_transactionDepth = 0; // SqlTransactions open on this connection
    std::shared_future<Status> m_verification; // the deferred check, while it has not been read
    std::optional<Status> m_verdict; // its result, once read
};
