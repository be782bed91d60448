#pragma once

#include <QObject>

class Database;
class QTimer;

// Notices, within a second, that another copy of the program or another computer changed the
// database, by asking SQLite's data_version (a few microseconds) on a timer. Our own writes do
// not count. A failed check is tried again on the next tick.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    static constexpr int IntervalMs = 1000;

    // `database` must outlive the watcher.
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);

    // Checks now (also on the timer); true when something changed since the last check.
    bool check();
    // Stops and restarts the timer (tests that make a conflict happen on purpose).
    void setPaused(bool paused);

signals:
    void changedElsewhere();

private:
    Database &m_db;
    QTimer *m_timer;
    qint64 m_seen = -1;
};
