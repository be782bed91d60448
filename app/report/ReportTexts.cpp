#include "ReportTexts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ReportTexts::ReportTexts(const QString &language)
    : m_language(language)
{
    if (language != u"en"_s)
        m_translated = m_translator.load(u":/i18n/sim3workbench_%1.qm"_s.arg(language));
}

QString ReportTexts::t(const char *source) const
{
    return translate("Report", source);
}

QString ReportTexts::translate(const char *context, const char *source) const
{
    if (m_translated) {
        const QString text = m_translator.translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString ReportTexts::date(const QDate &d) const
{
    if (!d.isValid())
        return u"–"_s;
    if (m_language == u"ja"_s)
        return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, u"d MMMM yyyy"_s);
}

QString ReportTexts::number(double value, int decimals) const
{
    return QLocale(m_language == u"ja"_s ? QLocale::Japanese : QLocale::English).toString(value, 'f', decimals);
}

QString ReportTexts::shortened(const QString &text, int limit) const
{
    if (text.size() <= limit)
        return text;
    int cut = limit;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u"… "_s
        + t(QT_TRANSLATE_NOOP("Report", "[shortened here: %1 more characters are in the assessment]"))
              .arg(text.size() - cut);
}

QString ReportTexts::distribution(const RatingSpread &spread) const
{
    QStringList parts;
    for (int level = 0; level <= 4; ++level) {
        if (const int n = spread.counts.at(static_cast<std::size_t>(level)); n > 0)
            parts.append(QStringLiteral("%1 ×%2").arg(level).arg(n));
    }
    if (spread.notApplicable > 0)
        parts.append(QStringLiteral("%1 ×%2").arg(t(QT_TRANSLATE_NOOP("Report", "N/A"))).arg(spread.notApplicable));
    if (spread.abstained > 0)
        parts.append(QStringLiteral("%1 ×%2").arg(t(QT_TRANSLATE_NOOP("Report", "abstained"))).arg(spread.abstained));
    return parts.join(QStringLiteral(", "));
}

QString ReportTexts::range(const RatingSpread &spread) const
{
    if (!spread.min)
        return {};
    const QString levels = *spread.min == *spread.max ? QString::number(*spread.min)
                                                      : QStringLiteral("%1–%2").arg(*spread.min).arg(*spread.max);
    return QStringLiteral("%1 (%2)").arg(levels).arg(spread.levels);
}
