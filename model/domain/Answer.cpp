#include "Answer.h"

#include <QCoreApplication>

Status Answer::checkLevel() const
{
    if (level && (*level < 0 || *level > 4))
        return Status::failure(QCoreApplication::translate("Answer", "%1: the level must be between 0 and 4, not %2.")
                                   .arg(parameterId, QString::number(*level)));
    if (notApplicable && level)
        return Status::failure(
            QCoreApplication::translate("Answer", "%1: an answer is either a level or \"not applicable\", not both.")
                .arg(parameterId));
    return Status::success();
}

Status Answer::check() const
{
    if (const Status levelRules = checkLevel(); !levelRules)
        return levelRules;
    if (notApplicable && justification.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Answer", "%1: \"not applicable\" needs a justification.").arg(parameterId));
    const auto tooLong = [this](const QString &what, int limit) {
        return Status::failure(QCoreApplication::translate("Answer", "%1: the %2 is longer than %3 characters.")
                                   .arg(parameterId, what, QString::number(limit)));
    };
    if (comment.size() > MaxLongText)
        return tooLong(QCoreApplication::translate("Answer", "comment"), MaxLongText);
    if (justification.size() > MaxLongText)
        return tooLong(QCoreApplication::translate("Answer", "justification"), MaxLongText);
    if (actionOwner.size() > MaxShortText)
        return tooLong(QCoreApplication::translate("Answer", "action owner"), MaxShortText);
    if (evidence.size() > MaxEvidence)
        return Status::failure(QCoreApplication::translate("Answer", "%1: more than %2 evidence items.")
                                   .arg(parameterId, QString::number(MaxEvidence)));
    for (const Evidence &e : evidence) {
        if (e.title.trimmed().isEmpty())
            return Status::failure(
                QCoreApplication::translate("Answer", "%1: every evidence item needs a title.").arg(parameterId));
        if (e.title.size() > MaxShortText)
            return tooLong(QCoreApplication::translate("Answer", "evidence title"), MaxShortText);
        if (e.location.size() > MaxLocation)
            return tooLong(QCoreApplication::translate("Answer", "evidence location"), MaxLocation);
    }
    return Status::success();
}

bool Answer::sameContent(const Answer &o) const
{
    return parameterId == o.parameterId && level == o.level && notApplicable == o.notApplicable
        && justification == o.justification && comment == o.comment && reviewFlag == o.reviewFlag
        && toConfirm == o.toConfirm && actionOwner == o.actionOwner && actionDue == o.actionDue
        && evidence == o.evidence;
}
