#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// A realistic demo team for people trying the application and for tests: three yearly
// assessments (sim3-v2i) that improve with a few regressions, N/A answers with justifications,
// comments, evidence, and a target profile with rationale.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Created
    {
        qint64 teamId = 0;
        QList<qint64> assessmentIds; // oldest first
        qint64 profileId = 0;
    };

    // `language` "en" or "ja" chooses the language of names, comments and evidence.
    // One transaction: either the whole demo team is created or nothing is.
    static Result<Created> create(Database &database, const QString &language);
};
