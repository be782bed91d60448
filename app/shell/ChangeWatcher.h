#pragma once

#include <QObject>

class Database;
class QTimer;

// Notices, within a second, that another copy of the program or another computer changed the
// database: a file by asking SQLite's data_version (a few microseconds) on a timer; a server
// at once, by the notice it sends on every commit. Our own writes do not count. A failed check
// is tried again on the next tick.
//
// A server is also watched for going away: the window then turns read-only, and the watcher
// connects again every few seconds until the server is back.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    static constexpr int IntervalMs = 1000;
    static constexpr int ReconnectEveryTicks = 3;

    // `database` must outlive the watcher.
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Checks now (also on the timer); true when something changed since the last check.
    bool check();
    // Stops and restarts the timer and the server's notices (tests that make a conflict happen
    // on purpose).
    void setPaused(bool paused);
    // The server went away and has not come back yet.
    bool isOffline() const { return m_offline; }
    // Tries to connect again now, without waiting for the next tick; true when connected.
    bool reconnectNow();

signals:
    void changedElsewhere();
    // `why` names what happened and what the window does about it.
    void connectionLost(const QString &why);
    void connectionRestored();

private:
    bool checkConnection();

    Database &m_db;
    QTimer *m_timer;
    qint64 m_seen = -1;
    bool m_offline = false;
    bool m_paused = false;
    int m_offlineTicks = 0;
};
