#include "DateText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString DateText::datePattern()
{
    const QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    if (pattern.startsWith(u"yyyy"_s) && pattern.contains(u"MM"_s) && pattern.contains(u"dd"_s))
        return pattern;
    return u"yyyy-MM-dd"_s;
}

QString DateText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, datePattern()) : QString();
}

QString DateText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), datePattern() + u" HH:mm"_s);
}
