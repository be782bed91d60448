#include "ReportWriter.h"

#include "exchange/AtomicFileWriter.h"
#include "exchange/CsvExporter.h"
#include "report/PdfReport.h"
#include "report/ReportBuilder.h"
#include "report/WorkbookReport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

std::optional<ReportWriter::Format> ReportWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"odt"_s)
        return Format::Odt;
    if (suffix == u"xlsx"_s)
        return Format::Xlsx;
    if (suffix == u"csv"_s)
        return Format::Csv;
    return std::nullopt;
}

Result<QByteArray> ReportWriter::pdf(const ReportData &data)
{
    const ReportContent content(data);
    const ReportTexts texts(data.language);
    return PdfReport::pdf(content, texts);
}

QList<QImage> ReportWriter::preview(const ReportData &data, int pages, int width)
{
    const ReportContent content(data);
    const ReportTexts texts(data.language);
    return PdfReport::preview(content, texts, pages, width);
}

Result<QByteArray> ReportWriter::odt(const ReportData &data)
{
    const ReportContent content(data);
    const ReportTexts texts(data.language);
    ReportBuilder builder(content, texts, ReportBuilder::Charts::Images);
    std::unique_ptr<QTextDocument> document = builder.build(PdfReport::textWidthPoints(data));
    // An editable document has no page header: the marking leads the document instead.
    QTextCursor top(document.get());
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setForeground(Qt::black);
    top.insertText(data.tlp + u"\n"_s, f);
    if (data.isDraft()) {
        f.setForeground(QColor(180, 30, 30));
        top.insertText(texts.t(QT_TRANSLATE_NOOP("Report", "DRAFT")) + u"\n"_s, f);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get()))
        return Result<QByteArray>::failure(tr("The editable document could not be written."));
    return Result<QByteArray>::success(bytes);
}

QByteArray ReportWriter::csv(const ReportData &data)
{
    const ReportContent content(data);
    const ReportTexts text(data.language);
    QStringList lines;
    QStringList header{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), text.t(QT_TRANSLATE_NOOP("Report", "Name")),
        text.t(QT_TRANSLATE_NOOP("Report", "Current")), text.t(QT_TRANSLATE_NOOP("Report", "Target")),
        text.t(QT_TRANSLATE_NOOP("Report", "Gap")), text.t(QT_TRANSLATE_NOOP("Report", "Why this target")),
        text.t(QT_TRANSLATE_NOOP("Report", "Comment")), text.t(QT_TRANSLATE_NOOP("Report", "Owner")),
        text.t(QT_TRANSLATE_NOOP("Report", "Due"))};
    // With a workshop: how the room rated each planned parameter (revealed ratings only).
    if (content.hasWorkshop())
        header << text.t(QT_TRANSLATE_NOOP("Report", "Ratings")) << text.t(QT_TRANSLATE_NOOP("Report", "Disputed"));
    header << (data.isDraft() ? data.tlp + u' ' + text.t(QT_TRANSLATE_NOOP("Report", "DRAFT")) : data.tlp);
    for (QString &h : header)
        h = CsvExporter::field(h);
    lines.append(header.join(u','));
    for (const ReportContent::PlanRow &r : content.plan()) {
        QStringList row{r.parameterId, r.name, QString::number(r.current), QString::number(r.target),
            QString::number(r.gap()), r.rationale, r.comment, r.owner,
            r.due.isValid() ? r.due.toString(Qt::ISODate) : QString()};
        if (content.hasWorkshop()) {
            const RatingSpread spread = content.spread(r.parameterId);
            row << (spread.min ? u"%1-%2 (%3)"_s.arg(*spread.min).arg(*spread.max).arg(spread.levels) : QString())
                << (spread.isDisputed(data.disputeThreshold) ? text.t(QT_TRANSLATE_NOOP("Report", "yes")) : QString());
        }
        row << QString();
        for (QString &cell : row)
            cell = CsvExporter::field(cell);
        lines.append(row.join(u','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + QByteArrayLiteral("\r\n");
}

Result<QByteArray> ReportWriter::xlsx(const ReportData &data)
{
    const ReportContent content(data);
    const ReportTexts texts(data.language);
    return WorkbookReport::xlsx(content, texts);
}

Status ReportWriter::write(const ReportData &data, const QString &path, Format format)
{
    Result<QByteArray> bytes = Result<QByteArray>::failure(QString());
    switch (format) {
    case Format::Pdf:
        bytes = pdf(data);
        break;
    case Format::Odt:
        bytes = odt(data);
        break;
    case Format::Xlsx:
        bytes = xlsx(data);
        break;
    case Format::Csv:
        bytes = Result<QByteArray>::success(csv(data));
        break;
    }
    if (!bytes)
        return Status::failure(bytes.error());
    return AtomicFileWriter::write(path, bytes.value());
}
