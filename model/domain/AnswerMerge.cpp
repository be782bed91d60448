#include "AnswerMerge.h"

namespace {

// Takes one part from whichever side changed it; false when both did, differently (unless
// mine wins: then mine).
template <typename Get, typename Set>
bool mergePart(
    const Answer &base, const Answer &mine, const Answer &theirs, Answer &into, Get get, Set set, bool mineWins = false)
{
    const bool mineChanged = !(get(mine) == get(base));
    const bool theirsChanged = !(get(theirs) == get(base));
    if (mineChanged && theirsChanged && !(get(mine) == get(theirs)) && !mineWins)
        return false;
    set(into, mineChanged ? get(mine) : get(theirs));
    return true;
}

} // namespace

namespace {

bool mergeAll(const Answer &base, const Answer &mine, const Answer &theirs, Answer &merged, bool mineWins)
{
    return mergePart(
               base, mine, theirs, merged, [](const Answer &a) { return std::make_pair(a.level, a.notApplicable); },
               [](Answer &a, const std::pair<std::optional<int>, bool> &v) {
                   a.level = v.first;
                   a.notApplicable = v.second;
               },
               mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.justification; },
            [](Answer &a, const QString &v) { a.justification = v; }, mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.comment; },
            [](Answer &a, const QString &v) { a.comment = v; }, mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.reviewFlag; },
            [](Answer &a, bool v) { a.reviewFlag = v; }, mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.toConfirm; },
            [](Answer &a, bool v) { a.toConfirm = v; }, mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.actionOwner; },
            [](Answer &a, const QString &v) { a.actionOwner = v; }, mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.actionDue; },
            [](Answer &a, const QDate &v) { a.actionDue = v; }, mineWins)
        && mergePart(
            base, mine, theirs, merged, [](const Answer &a) { return a.evidence; },
            [](Answer &a, const QList<Evidence> &v) { a.evidence = v; }, mineWins);
}

} // namespace

std::optional<Answer> AnswerMerge::threeWay(const Answer &base, const Answer &mine, const Answer &theirs)
{
    Answer merged = theirs;
    if (!mergeAll(base, mine, theirs, merged, false) || !merged.check())
        return std::nullopt;
    return merged;
}

Answer AnswerMerge::preferMine(const Answer &base, const Answer &mine, const Answer &theirs)
{
    Answer merged = theirs;
    static_cast<void>(mergeAll(base, mine, theirs, merged, true));
    // Mine as a whole where the parts would not fit together (my level beside their N/A).
    return merged.check() ? merged : mine;
}
