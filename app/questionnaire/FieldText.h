#pragma once

#include "domain/AnswerField.h"

#include <QCoreApplication>
#include <QString>

// How the interface words a part of an answer and a value of it as the change log stores it
// (language neutral: "yes", "N/A", ISO dates), for the change history and the conflict dialog.
class FieldText final
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    static QString name(AnswerField field);
    // Shortened to `length` characters; "(empty)" for nothing.
    static QString value(const QString &stored, int length = 60);
};
