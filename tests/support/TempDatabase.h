#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh database in a temporary folder, removed with the fixture. The clock is fixed at
// 2026-01-02 03:04:05 UTC and advances one second per call, so timestamps are predictable.
class TempDatabase final
{
public:
    TempDatabase();
    // Opens a copy of a saved database from tests/data (e.g. "schema-v1.sqlite").
    explicit TempDatabase(const QString &savedDatabase);

    bool isOpen() const { return m_db != nullptr; }
    const QString &error() const { return m_error; }
    Database &db() { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    // Closes and opens the same file again, as a new process would.
    bool reopen();
    void close() { m_db.reset(); }

private:
    bool open();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
    int m_ticks = 0;
};
