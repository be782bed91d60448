#include "AnswerStatus.h"

using namespace Qt::StringLiterals;

AnswerStatus::Value AnswerStatus::of(const Answer &answer)
{
    if (answer.toConfirm)
        return ToConfirm;
    if (answer.reviewFlag)
        return Flagged;
    if (answer.notApplicable)
        return NotApplicable;
    return answer.level ? Answered : Unanswered;
}

QString AnswerStatus::label(Value value)
{
    switch (value) {
    case Unanswered:
        return tr("Unanswered");
    case ToConfirm:
        return tr("To confirm");
    case Flagged:
        return tr("Flagged for review");
    case NotApplicable:
        return tr("Not applicable");
    case Answered:
        return tr("Answered");
    }
    return {};
}

QString AnswerStatus::symbol(Value value)
{
    switch (value) {
    case Unanswered:
        return u"○"_s;
    case ToConfirm:
        return u"↻"_s;
    case Flagged:
        return u"⚑"_s;
    case NotApplicable:
        return u"–"_s;
    case Answered:
        return u"●"_s;
    }
    return {};
}
