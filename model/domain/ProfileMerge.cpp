#include "ProfileMerge.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString NamePart = u"name"_s;
const QString ApprovalPart = u"approval"_s;

std::optional<ProfileTarget> targetOf(const TargetProfile &p, const QString &parameterId)
{
    const auto found = p.targets.constFind(parameterId);
    return found == p.targets.cend() ? std::nullopt : std::optional<ProfileTarget>(*found);
}

void setTarget(TargetProfile &p, const QString &parameterId, const std::optional<ProfileTarget> &target)
{
    if (target)
        p.targets.insert(parameterId, *target);
    else
        p.targets.remove(parameterId);
}

} // namespace

ProfileMerge::Outcome ProfileMerge::threeWay(
    const TargetProfile &base, const TargetProfile &mine, const TargetProfile &theirs)
{
    Outcome out{theirs, {}};
    // One part: taken from mine when only I changed it; a conflict when both did, differently.
    const auto part
        = [&out](const QString &name, bool mineChanged, bool theirsChanged, bool same, const auto &takeMine) {
              if (mineChanged && theirsChanged && !same)
                  out.conflicts.append(name);
              else if (mineChanged)
                  takeMine();
          };
    part(NamePart, mine.name != base.name, theirs.name != base.name, mine.name == theirs.name,
        [&] { out.merged.name = mine.name; });
    const auto approval = [](const TargetProfile &p) { return std::make_pair(p.approvedBy, p.approvedOn); };
    part(ApprovalPart, approval(mine) != approval(base), approval(theirs) != approval(base),
        approval(mine) == approval(theirs), [&] {
            out.merged.approvedBy = mine.approvedBy;
            out.merged.approvedOn = mine.approvedOn;
        });

    QSet<QString> ids;
    for (const TargetProfile *p : {&base, &mine, &theirs}) {
        for (auto it = p->targets.cbegin(); it != p->targets.cend(); ++it)
            ids.insert(it.key());
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    for (const QString &id : std::as_const(sorted)) {
        const auto b = targetOf(base, id);
        const auto m = targetOf(mine, id);
        const auto t = targetOf(theirs, id);
        part(id, m != b, t != b, m == t, [&] { setTarget(out.merged, id, m); });
    }
    return out;
}

TargetProfile ProfileMerge::keepMine(const Outcome &outcome, const TargetProfile &mine)
{
    TargetProfile result = outcome.merged;
    for (const QString &part : outcome.conflicts) {
        if (part == NamePart) {
            result.name = mine.name;
        } else if (part == ApprovalPart) {
            result.approvedBy = mine.approvedBy;
            result.approvedOn = mine.approvedOn;
        } else {
            setTarget(result, part, targetOf(mine, part));
        }
    }
    return result;
}
