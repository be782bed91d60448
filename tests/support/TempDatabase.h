#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh database, removed with the fixture. The clock is fixed at 2026-01-02 03:04:05 UTC and
// advances one second per call, so timestamps are predictable.
//
// The engine is the test run's: a file in a temporary folder, or, when SIM3_TEST_ENGINE is
// "postgresql" (CTest's *_postgresql runs), a scratch database of its own on the test server
// (TestServer), dropped at the end. The same test then checks both engines.
class TempDatabase final
{
public:
    TempDatabase();
    // On the given engine, whatever the run's.
    explicit TempDatabase(Database::Engine engine);
    // Opens a copy of a saved database file from tests/data (e.g. "schema-v1.sqlite"); always
    // a file, whatever the run's engine.
    explicit TempDatabase(const QString &savedDatabase);
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    // Whether this run's databases are on the PostgreSQL test server.
    static bool onServer();
    // Makes the connection refuse every write from now on (or accept them again), as a
    // read-only file or a server in recovery would: a failure path made to happen.
    static bool refuseWrites(Database &database, bool refuse);
    // Runs `sql` as another program would that ignores the CHECK rule on `table`.`column`:
    // SQLite with its checks switched off, PostgreSQL with the rule dropped.
    static bool writeBreakingCheck(Database &database, const QString &table, const QString &column, const QString &sql);

    bool isOpen() const { return m_db != nullptr; }
    const QString &error() const { return m_error; }
    Database &db() { return *m_db; }
    // The file's path, or the scratch database's address: what --db and Database::open take.
    QString path() const;
    QString dir() const { return m_dir.path(); }
    // Closes and opens the same database again, as a new process would.
    bool reopen();
    void close() { m_db.reset(); }

private:
    bool open();
    bool createScratch();

    QTemporaryDir m_dir;
    QString m_server; // the scratch database's address, on the server
    QString m_scratch; // its name
    std::unique_ptr<Database> m_db;
    QString m_error;
    int m_ticks = 0;
};
