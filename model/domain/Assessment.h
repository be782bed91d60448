#pragma once

#include "domain/Answer.h"

#include <QDate>
#include <QHash>
#include <QStringList>

struct Assessment final
{
    enum class Status { Draft, Final };

    qint64 id = 0;
    QString uuid;
    qint64 teamId = 0;
    QString title;
    QDate date;
    QString modelId;
    Status status = Status::Draft;
    QStringList assessors;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Filled by AssessmentRepository::load(), empty in listings. Unanswered parameters have no entry.
    QHash<QString, Answer> answers;

    static QString statusKey(Status status)
    {
        return status == Status::Final ? QStringLiteral("final") : QStringLiteral("draft");
    }
    static Status statusFromKey(const QString &key)
    {
        return key == QLatin1String("final") ? Status::Final : Status::Draft;
    }
};
