#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// Key-value settings kept inside the database file, so they travel with the team's data.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database &database)
        : m_db(database)
    {
    }

    // `fallback` when the key is unset or cannot be read.
    QString value(const QString &key, const QString &fallback = QString()) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);
    bool has(const QString &key) const;

private:
    Database &m_db;
};
