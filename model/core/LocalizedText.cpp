#include "LocalizedText.h"

using namespace Qt::StringLiterals;

QString LocalizedText::text(const QString &language) const
{
    if (language.startsWith(u"ja"_s) && !ja.isEmpty())
        return ja;
    return en;
}

bool LocalizedText::isComplete() const
{
    return !en.trimmed().isEmpty() && !ja.trimmed().isEmpty();
}
