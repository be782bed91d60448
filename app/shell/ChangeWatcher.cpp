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
}

bool ChangeWatcher::check()
{
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

void ChangeWatcher::setPaused(bool paused)
{
    if (paused)
        m_timer->stop();
    else
        m_timer->start();
}
