#include "ReportWriter.h"

#include "analysis/GapAnalysis.h"
#include "exchange/AtomicFileWriter.h"
#include "exchange/CsvExporter.h"
#include "report/ReportBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

// Page geometry in millimetres.
constexpr qreal MarginSide = 18;
constexpr qreal MarginTop = 22;
constexpr qreal MarginBottom = 18;

QPageSize pageSizeOf(const ReportData &data)
{
    return QPageSize(data.pageSize == ReportData::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QColor tlpColour(const QString &tlp)
{
    if (tlp == u"TLP:RED"_s)
        return QColor(0xFF, 0x2B, 0x2B);
    if (tlp.startsWith(u"TLP:AMBER"_s))
        return QColor(0xFF, 0xC0, 0x00);
    if (tlp == u"TLP:GREEN"_s)
        return QColor(0x33, 0xFF, 0x00);
    return QColor(0xFF, 0xFF, 0xFF);
}

// Qt's line breaker takes time quadratic in the length of a run without a break opportunity (a
// 250,000-character word took 23 s to lay out). A zero-width space every RunLength characters
// of such a run lets it wrap there, in linear time, and prints nothing. Only for the printed
// report: the editable document keeps the text exactly as typed.
constexpr int RunLength = 60;

void breakLongWords(QTextDocument &document)
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QList<int> breaks;
        int run = 0;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            // Spaces break, and so does CJK text between its characters.
            if (c.isSpace() || c.unicode() >= 0x2E80 || c == QChar(0x200B)) {
                run = 0;
                continue;
            }
            if (++run >= RunLength && !c.isHighSurrogate()) {
                breaks.append(i + 1);
                run = 0;
            }
        }
        // From the end, so that earlier positions stay valid.
        for (auto it = breaks.crbegin(); it != breaks.crend(); ++it) {
            cursor.setPosition(block.position() + *it);
            cursor.insertText(QString(QChar(0x200B)));
        }
    }
    cursor.endEditBlock();
}

// Lays the report out on pages of `device` and paints every page with its header and footer.
// `mmToPx` converts millimetres to device pixels.
void paintPages(QPainter &painter, QPagedPaintDevice *device, const ReportData &data, const ReportTexts &text,
    QTextDocument &document, qreal mmToPx, int maxPages, const std::function<bool()> &newPage)
{
    const QSizeF page = pageSizeOf(data).size(QPageSize::Millimeter) * mmToPx;
    const QRectF content(MarginSide * mmToPx, MarginTop * mmToPx, page.width() - 2 * MarginSide * mmToPx,
        page.height() - (MarginTop + MarginBottom) * mmToPx);
    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(content.size());
    const int pages = document.pageCount();
    QFont small = document.defaultFont();
    small.setPointSizeF(8);
    const QString draft = data.isDraft() ? text.t(QT_TRANSLATE_NOOP("Report", "DRAFT")) : QString();
    for (int i = 0; i < pages && i < maxPages; ++i) {
        if (i > 0 && !newPage())
            return;
        if (!draft.isEmpty()) {
            // A large, light word across the page, under the text, so that a printed draft can
            // never pass for the final report; the header says it again in words.
            painter.save();
            QFont big = document.defaultFont();
            big.setPointSizeF(96);
            big.setBold(true);
            painter.setFont(big);
            painter.setPen(QColor(225, 225, 225));
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-35);
            const QFontMetricsF wfm(big, device);
            const qreal w = wfm.horizontalAdvance(draft);
            painter.drawText(QRectF(-w / 2, -wfm.height() / 2, w, wfm.height()), Qt::AlignCenter, draft);
            painter.restore();
        }
        painter.save();
        painter.translate(content.topLeft() - QPointF(0, i * content.height()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * content.height(), content.width(), content.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Header: team and assessment on the left, the TLP marking on the right, in its colour
        // on black as TLP 2.0 asks.
        painter.setFont(small);
        const QFontMetricsF fm(small, device);
        const qreal headerY = (MarginTop - 10) * mmToPx;
        painter.setPen(QColor(70, 70, 70));
        painter.drawText(QRectF(content.left(), headerY, content.width() * 0.55, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(
                u"%1 — %2"_s.arg(data.team.name, data.assessment.title), Qt::ElideRight, content.width() * 0.55));
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        const QFontMetricsF bfm(bold, device);
        const qreal tlpWidth = bfm.horizontalAdvance(data.tlp) + 4 * mmToPx;
        const QRectF tlpBox(content.right() - tlpWidth, headerY - 1 * mmToPx, tlpWidth, bfm.height() + 2 * mmToPx);
        painter.fillRect(tlpBox, Qt::black);
        painter.setPen(tlpColour(data.tlp));
        painter.drawText(tlpBox, Qt::AlignCenter, data.tlp);
        if (!draft.isEmpty()) {
            const qreal draftWidth = bfm.horizontalAdvance(draft) + 4 * mmToPx;
            const QRectF draftBox(tlpBox.left() - 2 * mmToPx - draftWidth, tlpBox.top(), draftWidth, tlpBox.height());
            painter.setPen(QPen(QColor(180, 30, 30), 0.4 * mmToPx));
            painter.drawRect(draftBox);
            painter.drawText(draftBox, Qt::AlignCenter, draft);
        }
        painter.setPen(QPen(QColor(170, 170, 170), 0.3 * mmToPx));
        painter.drawLine(
            QPointF(content.left(), (MarginTop - 4) * mmToPx), QPointF(content.right(), (MarginTop - 4) * mmToPx));

        // Footer: generation date, TLP again, page number.
        painter.setFont(small);
        painter.setPen(QColor(70, 70, 70));
        const qreal footerY = page.height() - (MarginBottom - 6) * mmToPx;
        const QRectF footer(content.left(), footerY, content.width(), fm.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
            text.t(QT_TRANSLATE_NOOP("Report", "Generated %1")).arg(text.date(data.generatedAt.date())));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, data.tlp);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
            text.t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(i + 1).arg(pages));
    }
}

qreal contentWidthPoints(const ReportData &data)
{
    const QSizeF mm = pageSizeOf(data).size(QPageSize::Millimeter);
    return (mm.width() - 2 * MarginSide) / 25.4 * 72.0;
}

} // namespace

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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(pageSizeOf(data));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(u"%1 — %2"_s.arg(data.team.name, data.assessment.title));
        writer.setCreator(u"SIM3 Workbench"_s);
        const ReportTexts texts(data.language);
        ReportBuilder builder(data, texts, ReportBuilder::Charts::Vector);
        // Layout in points; the document is scaled to the writer's 300 dpi when painted.
        std::unique_ptr<QTextDocument> document = builder.build(contentWidthPoints(data) * 300.0 / 72.0, 300.0 / 72.0);
        breakLongWords(*document);
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(tr("The PDF could not be started."));
        paintPages(painter, &writer, data, texts, *document, 300.0 / 25.4, std::numeric_limits<int>::max(),
            [&writer] { return writer.newPage(); });
        painter.end();
    }
    return Result<QByteArray>::success(bytes);
}

QList<QImage> ReportWriter::preview(const ReportData &data, int pages, int width)
{
    // Paint into a PDF writer for the layout, and the same pages into images.
    QList<QImage> images;
    QByteArray scratch;
    QBuffer buffer(&scratch);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(pageSizeOf(data));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const ReportTexts texts(data.language);
    ReportBuilder builder(data, texts, ReportBuilder::Charts::Vector);
    std::unique_ptr<QTextDocument> document = builder.build(contentWidthPoints(data) * 300.0 / 72.0, 300.0 / 72.0);
    breakLongWords(*document);
    const QSizeF mm = pageSizeOf(data).size(QPageSize::Millimeter);
    const qreal scale = width / (mm.width() * 300.0 / 25.4);
    for (int i = 0; i < pages; ++i) {
        QImage image(QSize(width, qRound(mm.height() / mm.width() * width)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        images.append(image);
    }
    int current = 0;
    QPainter painter(&images[0]);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    paintPages(painter, &writer, data, texts, *document, 300.0 / 25.4, pages, [&] {
        painter.end();
        if (++current >= images.size())
            return false;
        painter.begin(&images[current]);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        return true;
    });
    if (painter.isActive())
        painter.end();
    return images.mid(0, std::min<qsizetype>(images.size(), std::max(1, current + 1)));
}

Result<QByteArray> ReportWriter::odt(const ReportData &data)
{
    const ReportTexts texts(data.language);
    ReportBuilder builder(data, texts, ReportBuilder::Charts::Images);
    std::unique_ptr<QTextDocument> document = builder.build(contentWidthPoints(data));
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
    const ReportTexts text(data.language);
    const GapAnalysis analysis(data.model, data.assessment, data.profile ? &*data.profile : nullptr);
    QStringList lines;
    QStringList header{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), text.t(QT_TRANSLATE_NOOP("Report", "Name")),
        text.t(QT_TRANSLATE_NOOP("Report", "Current")), text.t(QT_TRANSLATE_NOOP("Report", "Target")),
        text.t(QT_TRANSLATE_NOOP("Report", "Gap")), text.t(QT_TRANSLATE_NOOP("Report", "Why this target")),
        text.t(QT_TRANSLATE_NOOP("Report", "Comment")), text.t(QT_TRANSLATE_NOOP("Report", "Owner")),
        text.t(QT_TRANSLATE_NOOP("Report", "Due")),
        data.isDraft() ? data.tlp + u' ' + text.t(QT_TRANSLATE_NOOP("Report", "DRAFT")) : data.tlp};
    for (QString &h : header)
        h = CsvExporter::field(h);
    lines.append(header.join(u','));
    for (const ParameterResult &r : analysis.gapList()) {
        if (r.state != ParameterResult::State::Below)
            continue;
        const Answer a = data.assessment.answers.value(r.parameterId);
        QStringList row{r.parameterId, data.model.parameter(r.parameterId)->name.text(data.language),
            QString::number(*r.current), QString::number(*r.target), QString::number(*r.gap()),
            data.profile->targets.value(r.parameterId).rationale, a.comment, a.actionOwner,
            a.actionDue.isValid() ? a.actionDue.toString(Qt::ISODate) : QString(), QString()};
        for (QString &cell : row)
            cell = CsvExporter::field(cell);
        lines.append(row.join(u','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + QByteArrayLiteral("\r\n");
}

Result<QByteArray> ReportWriter::xlsx(const ReportData &data)
{
    using R = Result<QByteArray>;
    const ReportTexts text(data.language);
    const GapAnalysis analysis(data.model, data.assessment, data.profile ? &*data.profile : nullptr);
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(tr("No temporary folder for the workbook: %1").arg(dir.errorString()));
    const QByteArray path = QFile::encodeName(dir.filePath(u"report.xlsx"_s));
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook)
        return R::failure(tr("The workbook could not be created."));
    lxw_format *head = workbook_add_format(workbook);
    format_set_bold(head);
    format_set_bg_color(head, 0xE8ECF2);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    auto utf8 = [](const QString &s) { return s.toUtf8(); };
    auto sheetName = [&](const char *source) {
        // Sheet names may not hold []:*?/\ and are at most 31 characters.
        QString name = text.t(source);
        for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.remove(bad);
        return utf8(name.left(31));
    };
    auto headers = [&](lxw_worksheet *sheet, const QList<QPair<QString, double>> &columns) {
        for (int i = 0; i < columns.size(); ++i) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(i), utf8(columns.at(i).first).constData(), head);
            worksheet_set_column(
                sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), columns.at(i).second, wrap);
        }
        worksheet_freeze_panes(sheet, 1, 1);
        // Every printed page carries the marking (and DRAFT for a draft); "&&" is a literal "&".
        QString marking = data.tlp;
        if (data.isDraft())
            marking += u"  "_s + text.t(QT_TRANSLATE_NOOP("Report", "DRAFT"));
        marking.replace(u"&"_s, u"&&"_s);
        worksheet_set_header(sheet, utf8(u"&C"_s + marking).constData());
    };

    lxw_worksheet *plan
        = workbook_add_worksheet(workbook, sheetName(QT_TRANSLATE_NOOP("Report", "Improvement plan")).constData());
    headers(plan,
        {{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), 10}, {text.t(QT_TRANSLATE_NOOP("Report", "Name")), 32},
            {text.t(QT_TRANSLATE_NOOP("Report", "Current")), 9}, {text.t(QT_TRANSLATE_NOOP("Report", "Target")), 9},
            {text.t(QT_TRANSLATE_NOOP("Report", "Gap")), 7},
            {text.t(QT_TRANSLATE_NOOP("Report", "Why this target")), 40},
            {text.t(QT_TRANSLATE_NOOP("Report", "Comment")), 40}, {text.t(QT_TRANSLATE_NOOP("Report", "Owner")), 16},
            {text.t(QT_TRANSLATE_NOOP("Report", "Due")), 12}});
    lxw_row_t row = 1;
    for (const ParameterResult &r : analysis.gapList()) {
        if (r.state != ParameterResult::State::Below)
            continue;
        const Answer a = data.assessment.answers.value(r.parameterId);
        worksheet_write_string(plan, row, 0, utf8(r.parameterId).constData(), wrap);
        worksheet_write_string(
            plan, row, 1, utf8(data.model.parameter(r.parameterId)->name.text(data.language)).constData(), wrap);
        worksheet_write_number(plan, row, 2, *r.current, nullptr);
        worksheet_write_number(plan, row, 3, *r.target, nullptr);
        worksheet_write_number(plan, row, 4, *r.gap(), nullptr);
        worksheet_write_string(
            plan, row, 5, utf8(data.profile->targets.value(r.parameterId).rationale).constData(), wrap);
        worksheet_write_string(plan, row, 6, utf8(a.comment).constData(), wrap);
        worksheet_write_string(plan, row, 7, utf8(a.actionOwner).constData(), wrap);
        worksheet_write_string(plan, row, 8,
            utf8(a.actionDue.isValid() ? a.actionDue.toString(Qt::ISODate) : QString()).constData(), wrap);
        ++row;
    }
    worksheet_autofilter(plan, 0, 0, std::max<lxw_row_t>(row - 1, 1), 8);

    lxw_worksheet *answers
        = workbook_add_worksheet(workbook, sheetName(QT_TRANSLATE_NOOP("Report", "All answers")).constData());
    headers(answers,
        {{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), 10}, {text.t(QT_TRANSLATE_NOOP("Report", "Name")), 32},
            {text.t(QT_TRANSLATE_NOOP("Report", "Level")), 8}, {text.t(QT_TRANSLATE_NOOP("Report", "Target")), 8},
            {text.t(QT_TRANSLATE_NOOP("Report", "Not applicable because")), 30},
            {text.t(QT_TRANSLATE_NOOP("Report", "Comment")), 40}, {text.t(QT_TRANSLATE_NOOP("Report", "Evidence")), 40},
            {text.t(QT_TRANSLATE_NOOP("Report", "Flagged for review")), 10}});
    row = 1;
    for (const Parameter &p : data.model.parameters()) {
        const Answer a = data.assessment.answers.value(p.id);
        worksheet_write_string(answers, row, 0, utf8(p.id).constData(), wrap);
        worksheet_write_string(answers, row, 1, utf8(p.name.text(data.language)).constData(), wrap);
        if (a.level)
            worksheet_write_number(answers, row, 2, *a.level, nullptr);
        const std::optional<int> target = data.profile ? data.profile->targets.value(p.id).level : std::nullopt;
        if (target)
            worksheet_write_number(answers, row, 3, *target, nullptr);
        worksheet_write_string(answers, row, 4, utf8(a.notApplicable ? a.justification : QString()).constData(), wrap);
        worksheet_write_string(answers, row, 5, utf8(a.comment).constData(), wrap);
        QStringList evidence;
        for (const Evidence &e : a.evidence)
            evidence.append(e.location.isEmpty() ? e.title : e.title + u" — "_s + e.location);
        worksheet_write_string(answers, row, 6, utf8(evidence.join(u"\n"_s)).constData(), wrap);
        worksheet_write_string(answers, row, 7, a.reviewFlag ? "✓" : "", wrap);
        ++row;
    }
    worksheet_autofilter(answers, 0, 0, row - 1, 7);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return R::failure(tr("The workbook could not be written."));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The workbook could not be read back: %1").arg(file.errorString()));
    return R::success(file.readAll());
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
