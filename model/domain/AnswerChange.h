#pragma once

#include "domain/AnswerField.h"

#include <QDateTime>
#include <QString>

// One entry of the append-only log of answer changes.
struct AnswerChange final
{
    qint64 id = 0;
    QString parameterId;
    AnswerField field = AnswerField::Level;
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    QString changedBy;
};
