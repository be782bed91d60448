#pragma once

#include <QString>

#include <optional>

// The parts of an answer the change log records, with the keys stored in the log (language
// neutral; the interface words them).
enum class AnswerField { Level, Justification, Comment, Review, Confirm, Owner, Due, Evidence };

namespace AnswerFields {
QString key(AnswerField field);
// None for a key this version does not know (a log written by a newer version).
std::optional<AnswerField> fromKey(const QString &key);
} // namespace AnswerFields
