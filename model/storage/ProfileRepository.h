#pragma once

#include "core/Result.h"
#include "domain/TargetProfile.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

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
    // Stores a profile received from elsewhere (a file) as a new profile of the team `teamId`:
    // it gets an identity of its own, never the sender's, so that both can be told apart.
    Result<TargetProfile> insertReceived(TargetProfile profile, qint64 teamId);
    // Replaces name, approval and all targets of a stored profile.
    Status save(const TargetProfile &profile);

    struct ProfileSave
    {
        bool conflict = false; // saved by someone else since it was read: nothing was written
        TargetProfile profile; // as stored now: this one, or on a conflict theirs
    };
    // As save(), but only if the stored profile is still at `readVersion`.
    Result<ProfileSave> saveAt(const TargetProfile &profile, qint64 readVersion);
    Status remove(qint64 id);

    // Headers only (no targets).
    Result<QList<TargetProfile>> forTeam(qint64 teamId) const;
    Result<TargetProfile> load(qint64 id) const;
    // A profile with no id when none has that uuid.
    Result<TargetProfile> loadByUuid(const QString &uuid) const;

private:
    Result<ProfileSave> write(const TargetProfile &profile, std::optional<qint64> readVersion);
    Status writeTargets(const TargetProfile &profile);

    Database &m_db;
};
