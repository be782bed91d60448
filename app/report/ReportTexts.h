#pragma once

#include "analysis/RatingSpread.h"

#include <QDate>
#include <QString>
#include <QTranslator>

// The report's words in the report's own language, which may differ from the interface's: its
// fixed texts (marked with QT_TRANSLATE_NOOP in the "Report" context), dates, numbers, and
// user text shortened for print. One object per report, shared by every format.
class ReportTexts final
{
public:
    // At most this much of one user text is printed (see shortened()).
    static constexpr int MaxCellText = 1500;
    static constexpr int MaxItemText = 300;
    static constexpr int MaxEvidenceShown = 10;

    explicit ReportTexts(const QString &language);
    ReportTexts(const ReportTexts &) = delete;
    ReportTexts &operator=(const ReportTexts &) = delete;

    const QString &language() const { return m_language; }
    QString t(const char *source) const;
    // A text of another translation context in the report's language; the source (English) when
    // it has no translation there.
    QString translate(const char *context, const char *source) const;
    // "28 November 2026", "2026年11月28日"; a dash for no date.
    QString date(const QDate &date) const;
    QString number(double value, int decimals) const;
    // At most `limit` characters of user text, marked where it was shortened. A report is read,
    // not an archive: the whole text stays in the assessment, its exports and the workbook, and
    // the report's size (and so its layout time) stays bounded whatever was imported.
    QString shortened(const QString &text, int limit) const;
    // "1 ×1, 2 ×2, N/A ×1": how many of a room rated each way.
    QString distribution(const RatingSpread &spread) const;
    // "2–4 (5)": the range of the levels given and how many gave a level; empty without one.
    QString range(const RatingSpread &spread) const;

private:
    QString m_language;
    QTranslator m_translator;
    bool m_translated = false;
};
