#pragma once

#include "core/Result.h"
#include "domain/TargetProfile.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Target profiles: the level a team decides it needs per parameter, and why.
class ProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    explicit ProfileRepository(Database &database)
        : m_db(database)
    {
    }

    // Inserts the profile with its targets; a missing uuid or creation time is filled in.
    Result<TargetProfile> insert(TargetProfile profile);
    // Replaces name, approval and all targets of a stored profile.
    Status save(const TargetProfile &profile);
    Status remove(qint64 id);

    // Headers only (no targets).
    Result<QList<TargetProfile>> forTeam(qint64 teamId) const;
    Result<TargetProfile> load(qint64 id) const;
    // A profile with no id when none has that uuid.
    Result<TargetProfile> loadByUuid(const QString &uuid) const;

private:
    Status writeTargets(const TargetProfile &profile);

    Database &m_db;
};
