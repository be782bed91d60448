#include "Parameter.h"

LocalizedText Parameter::guidanceFor(int level) const
{
    if (level < 1 || level > 4)
        return {};
    return guidance.at(static_cast<size_t>(level - 1));
}

QString Parameter::markedName(const QString &language) const
{
    const QString text = name.text(language);
    // A no-break space: the mark never wraps onto a line of its own.
    return nameIsVerified() ? text : text + QChar(0x00A0) + NameProvenance::marker();
}

QString Parameter::summaryWithNameNote(const QString &language) const
{
    const QString text = summary.text(language);
    if (nameIsVerified())
        return text;
    return text + QStringLiteral("\n\n") + NameProvenance::marker() + QChar(u' ')
        + NameProvenance::explanation(provenance);
}
