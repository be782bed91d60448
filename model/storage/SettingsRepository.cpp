#include "SettingsRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlTransaction.h"
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
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(SqlValue::text(value));
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Saving the setting %1").arg(key), q.lastError()));
    return transaction.commit();
}

Status SettingsRepository::remove(const QString &key)
{
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Removing the setting %1").arg(key), q.lastError()));
    return transaction.commit();
}
