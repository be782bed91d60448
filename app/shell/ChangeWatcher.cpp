#include "ChangeWatcher.h"

#include "storage/Database.h"

#include <QTimer>

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_timer(new QTimer(this))
{
    if (const Result<qint64> now = m_db.dataVersion())
        m_seen = now.value();
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer->start();
    // A server's notice arrives through the event loop as soon as the other side commits.
    m_db.setChangeListener([this] {
        if (!m_paused)
            check();
    });
}

ChangeWatcher::~ChangeWatcher()
{
    m_db.setChangeListener({});
}

bool ChangeWatcher::check()
{
    if (!checkConnection())
        return false;
    const Result<qint64> now = m_db.dataVersion();
    if (!now || now.value() == m_seen)
        return false;
    const bool first = m_seen < 0;
    m_seen = now.value();
    if (first)
        return false;
    emit changedElsewhere();
    return true;
}

bool ChangeWatcher::checkConnection()
{
    if (!m_db.isServer())
        return true;
    if (!m_offline) {
        if (m_db.isConnected())
            return true;
        m_offline = true;
        m_offlineTicks = 0;
        emit connectionLost(tr("The database server %1 cannot be reached. Until it is back, this window shows what "
                               "was last read and changes nothing; what you were typing stays where it is. SIM3 "
                               "Workbench connects again by itself.")
                                .arg(m_db.path()));
        return false;
    }
    // Offline: a new connection every few ticks (each try may wait for the connect timeout).
    if (++m_offlineTicks % ReconnectEveryTicks != 0)
        return false;
    return reconnectNow();
}

bool ChangeWatcher::reconnectNow()
{
    if (!m_offline)
        return true;
    if (!m_db.reconnect())
        return false;
    m_offline = false;
    emit connectionRestored();
    // What others saved meanwhile, no notice of which could reach us.
    emit changedElsewhere();
    return true;
}

void ChangeWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_timer->stop();
    else
        m_timer->start();
}
