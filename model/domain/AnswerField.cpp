#include "AnswerField.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const std::array<std::pair<AnswerField, QStringView>, 8> Keys{{
    {AnswerField::Level, u"level"},
    {AnswerField::Justification, u"justification"},
    {AnswerField::Comment, u"comment"},
    {AnswerField::Review, u"review"},
    {AnswerField::Confirm, u"confirm"},
    {AnswerField::Owner, u"owner"},
    {AnswerField::Due, u"due"},
    {AnswerField::Evidence, u"evidence"},
}};
} // namespace

QString AnswerFields::key(AnswerField field)
{
    for (const auto &[f, k] : Keys) {
        if (f == field)
            return k.toString();
    }
    return {};
}

std::optional<AnswerField> AnswerFields::fromKey(const QString &key)
{
    for (const auto &[f, k] : Keys) {
        if (k == key)
            return f;
    }
    return std::nullopt;
}
