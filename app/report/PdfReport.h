#pragma once

#include "core/Result.h"
#include "report/ReportContent.h"
#include "report/ReportTexts.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

// The report on paper: laid out on A4 or Letter pages with vector charts, embedded fonts, and
// on every page a header (team, assessment, TLP marking, DRAFT) and a footer (generation date,
// page number).
class PdfReport final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    static Result<QByteArray> pdf(const ReportContent &content, const ReportTexts &texts);
    // The first `pages` pages as pictures `width` pixels wide, for a preview before saving.
    static QList<QImage> preview(const ReportContent &content, const ReportTexts &texts, int pages, int width);
    // The width of the text between the margins, in points: the editable document uses it too.
    static qreal textWidthPoints(const ReportData &data);

    // Page margins in millimetres: the header and the footer are drawn in the top and bottom ones.
    static constexpr qreal MarginSide = 18;
    static constexpr qreal MarginTop = 22;
    static constexpr qreal MarginBottom = 18;
};
