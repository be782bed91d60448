#pragma once

#include "core/Result.h"
#include "domain/Team.h"

#include <QCoreApplication>
#include <QList>

class Database;

class TeamRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    explicit TeamRepository(Database &database)
        : m_db(database)
    {
    }

    Result<Team> create(const QString &name, const QString &description = QString());
    // Inserts a team as given (uuid and creation time included), as an import does.
    Result<Team> insert(Team team);
    Status rename(qint64 id, const QString &name);
    Status setDescription(qint64 id, const QString &description);
    // Deletes the team with its assessments, answers, evidence and profiles.
    Status remove(qint64 id);

    Result<QList<Team>> all() const;
    Result<Team> find(qint64 id) const;
    // A team with no id when there is none with that uuid.
    Result<Team> findByUuid(const QString &uuid) const;

private:
    Database &m_db;
};
