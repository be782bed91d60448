#pragma once

#include "core/Result.h"
#include "report/ReportData.h"

#include <QCoreApplication>
#include <QImage>

// The way into the management report: works out its content once (ReportContent), then writes
// it as PDF (PdfReport), ODT (the same document as ReportBuilder lays it out, editable), XLSX
// (WorkbookReport: the improvement plan and all answers) or CSV (the improvement plan). Files
// are written atomically: a failure leaves an older file as it was.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Odt, Xlsx, Csv };

    // From the file name's extension; empty when it is none of the four.
    static std::optional<Format> formatFor(const QString &path);

    static Status write(const ReportData &data, const QString &path, Format format);
    static Result<QByteArray> pdf(const ReportData &data);
    static Result<QByteArray> odt(const ReportData &data);
    static Result<QByteArray> xlsx(const ReportData &data);
    static QByteArray csv(const ReportData &data);
    // The first pages as pictures, for a preview before saving.
    static QList<QImage> preview(const ReportData &data, int pages, int width);
};
