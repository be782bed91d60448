#pragma once

#include <QDateTime>
#include <QString>

// One entry of the append-only log of answer changes.
struct AnswerChange final
{
    qint64 id = 0;
    QString parameterId;
    QString field; // level, justification, comment, review, confirm, owner, due, evidence
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    QString changedBy;
};
