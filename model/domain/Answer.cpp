#include "Answer.h"

#include <QCoreApplication>

Status Answer::check() const
{
    if (level && (*level < 0 || *level > 4))
        return Status::failure(QCoreApplication::translate("Answer", "%1: the level must be between 0 and 4, not %2.")
                                   .arg(parameterId, QString::number(*level)));
    if (notApplicable && level)
        return Status::failure(
            QCoreApplication::translate("Answer", "%1: an answer is either a level or \"not applicable\", not both.")
                .arg(parameterId));
    if (notApplicable && justification.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Answer", "%1: \"not applicable\" needs a justification.").arg(parameterId));
    for (const Evidence &e : evidence) {
        if (e.title.trimmed().isEmpty())
            return Status::failure(
                QCoreApplication::translate("Answer", "%1: every evidence item needs a title.").arg(parameterId));
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
