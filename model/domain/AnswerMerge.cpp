#include "AnswerMerge.h"

namespace {

// Takes one part from whichever side changed it; false when both did, differently.
template <typename Get, typename Set>
bool mergePart(const Answer &base, const Answer &mine, const Answer &theirs, Answer &into, Get get, Set set)
{
    const bool mineChanged = !(get(mine) == get(base));
    const bool theirsChanged = !(get(theirs) == get(base));
    if (mineChanged && theirsChanged && !(get(mine) == get(theirs)))
        return false;
    set(into, mineChanged ? get(mine) : get(theirs));
    return true;
}

} // namespace

std::optional<Answer> AnswerMerge::threeWay(const Answer &base, const Answer &mine, const Answer &theirs)
{
    Answer merged = theirs;
    const bool ok
        = mergePart(
              base, mine, theirs, merged, [](const Answer &a) { return std::make_pair(a.level, a.notApplicable); },
              [](Answer &a, const std::pair<std::optional<int>, bool> &v) {
                  a.level = v.first;
                  a.notApplicable = v.second;
              })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.justification; },
            [](Answer &a, const QString &v) { a.justification = v; })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.comment; },
            [](Answer &a, const QString &v) { a.comment = v; })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.reviewFlag; },
            [](Answer &a, bool v) { a.reviewFlag = v; })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.toConfirm; },
            [](Answer &a, bool v) { a.toConfirm = v; })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.actionOwner; },
            [](Answer &a, const QString &v) { a.actionOwner = v; })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.actionDue; },
            [](Answer &a, const QDate &v) { a.actionDue = v; })
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.evidence; },
            [](Answer &a, const QList<Evidence> &v) { a.evidence = v; });
    if (!ok || !merged.check())
        return std::nullopt;
    return merged;
}
