#include "ProfileChoice.h"

#include "storage/ProfileRepository.h"
#include "storage/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace {
QString key(qint64 teamId)
{
    return u"profile/team/%1"_s.arg(teamId);
}
} // namespace

Result<std::optional<TargetProfile>> ProfileChoice::resolve(Database &database, qint64 teamId, const QString &name)
{
    using R = Result<std::optional<TargetProfile>>;
    ProfileRepository profiles(database);
    const Result<QList<TargetProfile>> list = profiles.forTeam(teamId);
    if (!list)
        return R::failure(list.error());
    qint64 chosen = 0;
    if (!name.isEmpty()) {
        for (const TargetProfile &p : list.value()) {
            if (p.name == name)
                chosen = p.id;
        }
        if (chosen == 0)
            return R::failure(tr("The team has no target profile named \"%1\".").arg(name));
    } else {
        const qint64 remembered = SettingsRepository(database).value(key(teamId)).toLongLong();
        for (const TargetProfile &p : list.value()) {
            if (p.id == remembered)
                chosen = p.id;
        }
        if (chosen == 0 && !list->isEmpty())
            chosen = list->first().id;
    }
    if (chosen == 0)
        return R::success(std::nullopt);
    const Result<TargetProfile> loaded = profiles.load(chosen);
    if (!loaded)
        return R::failure(loaded.error());
    return R::success(loaded.value());
}

Status ProfileChoice::remember(Database &database, qint64 teamId, qint64 profileId)
{
    return SettingsRepository(database).setValue(key(teamId), QString::number(profileId));
}
