#pragma once

#include <QDate>
#include <QString>

// Something that shows a level is real: a document, a ticket, a page.
struct Evidence final
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString location; // a URL or a place ("Wiki > Policies", "cabinet 3")
    QDate date; // may be null

    bool operator==(const Evidence &o) const
    {
        return uuid == o.uuid && title == o.title && location == o.location && date == o.date;
    }
};
