#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <memory>

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
        Deferred // skip it; the caller runs IntegrityCheck::run() on a worker thread instead
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
};
