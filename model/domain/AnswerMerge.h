#pragma once

#include "domain/Answer.h"

#include <optional>

namespace AnswerMerge {

// Two people edited the same answer from the same `base`: `mine` and `theirs`. When they
// changed different parts (one the level, the other the comment), both changes together;
// nothing when both changed the same part differently, or the combination breaks the rules
// (a level beside "not applicable"). The parts are those of the change log: level with "not
// applicable", justification, comment, review flag, confirmation, owner, due date, evidence.
// Who and when are theirs; the caller saves the result as a change of its own.
std::optional<Answer> threeWay(const Answer &base, const Answer &mine, const Answer &theirs);

// When a person keeps their own answer over a conflicting one: every part they changed from
// `base` is theirs to keep, every other part stays as the other person left it.
Answer preferMine(const Answer &base, const Answer &mine, const Answer &theirs);

} // namespace AnswerMerge
