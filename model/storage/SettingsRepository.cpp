#include "SettingsRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    return q.value(0).toString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    // A database open read-only keeps its settings as they are; the session's own choices (the
    // language, where the window was) are simply not remembered.
    if (m_db.isReadOnly())
        return Status::success();
    // Writing an unchanged value would still be a durable commit (and, at start, would wait for
    // the deferred integrity check).
    QSqlQuery current(m_db.connection());
    current.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    current.addBindValue(key);
    if (current.exec() && current.next() && current.value(0).toString() == value)
        return Status::success();
    return SqlStatement::execute(m_db, tr("Saving the setting %1").arg(key),
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, SqlValue::text(value)});
}

bool SettingsRepository::has(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next();
}

Status SettingsRepository::remove(const QString &key)
{
    if (m_db.isReadOnly() || !has(key))
        return Status::success();
    return SqlStatement::execute(
        m_db, tr("Removing the setting %1").arg(key), u"DELETE FROM settings WHERE key = ?"_s, {key});
}
