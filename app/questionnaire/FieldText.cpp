#include "FieldText.h"

#include "domain/LevelText.h"

using namespace Qt::StringLiterals;

QString FieldText::name(AnswerField field)
{
    switch (field) {
    case AnswerField::Level:
        return tr("level");
    case AnswerField::Justification:
        return tr("justification");
    case AnswerField::Comment:
        return tr("comment");
    case AnswerField::Review:
        return tr("review flag");
    case AnswerField::Confirm:
        return tr("to confirm");
    case AnswerField::Owner:
        return tr("action owner");
    case AnswerField::Due:
        return tr("action due");
    case AnswerField::Evidence:
        return tr("evidence");
    }
    return {};
}

QString FieldText::value(const QString &stored, int length)
{
    if (stored.isEmpty())
        return tr("(empty)");
    if (stored == u"yes"_s)
        return tr("yes");
    if (stored == u"no"_s)
        return tr("no");
    const QString text = LevelText::fromStored(stored).simplified();
    return text.size() > length ? text.left(length - 1) + u'…' : text;
}
