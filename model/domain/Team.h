#pragma once

#include <QDateTime>
#include <QString>

struct Team final
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString description;
    QDateTime createdAt;
};
