#pragma once

#include "domain/Answer.h"

#include <QCoreApplication>

// What the parameter list says about an answer, most urgent first.
class AnswerStatus final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerStatus)

public:
    enum Value { Unanswered, ToConfirm, Flagged, NotApplicable, Answered };

    static Value of(const Answer &answer);
    static QString label(Value value);
    // A short symbol shown beside the label; never colour alone.
    static QString symbol(Value value);
};
