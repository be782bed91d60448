#pragma once

#include "core/Result.h"
#include "domain/TargetProfile.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Which target profile a team's assessments are compared with: the one named, or the one last
// chosen for the team, or its only profile. Remembered per team in the database's settings.
class ProfileChoice final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileChoice)

public:
    // An empty optional when the team has no profile (and none was named). A name the team
    // does not have is an error.
    static Result<std::optional<TargetProfile>> resolve(
        Database &database, qint64 teamId, const QString &name = QString());
    static Status remember(Database &database, qint64 teamId, qint64 profileId);
};
