#include "PdfReport.h"

#include "report/PdfTextLayer.h"
#include "report/ReportBuilder.h"
#include "report/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal MarginSide = PdfReport::MarginSide;
constexpr qreal MarginTop = PdfReport::MarginTop;
constexpr qreal MarginBottom = PdfReport::MarginBottom;

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

// The text area of a page, in device pixels (`mmToPx` per millimetre).
QRectF contentArea(const ReportData &data, qreal mmToPx)
{
    const QSizeF page = pageSizeOf(data).size(QPageSize::Millimeter) * mmToPx;
    return {MarginSide * mmToPx, MarginTop * mmToPx, page.width() - 2 * MarginSide * mmToPx,
        page.height() - (MarginTop + MarginBottom) * mmToPx};
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
    const QRectF content = contentArea(data, mmToPx);
    // Set already when the document was built for this device: setting them again would lay the
    // whole document out a second time.
    if (document.documentLayout()->paintDevice() != device)
        document.documentLayout()->setPaintDevice(device);
    if (document.pageSize() != content.size())
        document.setPageSize(content.size());
    ReportPagination::keepTogether(document);
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
        const QRectF pageArea(0, i * content.height(), content.width(), content.height());
        painter.setClipRect(pageArea);
        // A line that starts exactly where this page ends (the first of the next page) would be
        // drawn here too, clipped away but present in the PDF, where a search finds it on the wrong
        // page. Qt's layout skips only lines strictly outside the clip: make it a hair smaller.
        context.clip = pageArea.adjusted(0, 0.5, 0, -0.5);
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

} // namespace

qreal PdfReport::textWidthPoints(const ReportData &data)
{
    const QSizeF mm = pageSizeOf(data).size(QPageSize::Millimeter);
    return (mm.width() - 2 * MarginSide) / 25.4 * 72.0;
}

Result<QByteArray> PdfReport::pdf(const ReportContent &content, const ReportTexts &texts)
{
    const ReportData &data = content.data();
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
        ReportBuilder builder(content, texts, ReportBuilder::Charts::Vector);
        // Layout in points; the document is scaled to the writer's 300 dpi when painted.
        std::unique_ptr<QTextDocument> document = builder.build(
            textWidthPoints(data) * 300.0 / 72.0, 300.0 / 72.0, &writer, contentArea(data, 300.0 / 25.4).size());
        breakLongWords(*document);
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(tr("The PDF could not be started."));
        paintPages(painter, &writer, data, texts, *document, 300.0 / 25.4, std::numeric_limits<int>::max(),
            [&writer] { return writer.newPage(); });
        painter.end();
    }
    PdfTextLayer::mapRadicalsToKanji(bytes); // so that a search for 目標 finds it
    return Result<QByteArray>::success(bytes);
}

QList<QImage> PdfReport::preview(const ReportContent &content, const ReportTexts &texts, int pages, int width)
{
    const ReportData &data = content.data();
    // Paint into a PDF writer for the layout, and the same pages into images.
    QList<QImage> images;
    QByteArray scratch;
    QBuffer buffer(&scratch);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(pageSizeOf(data));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    ReportBuilder builder(content, texts, ReportBuilder::Charts::Vector);
    std::unique_ptr<QTextDocument> document = builder.build(
        textWidthPoints(data) * 300.0 / 72.0, 300.0 / 72.0, &writer, contentArea(data, 300.0 / 25.4).size());
    breakLongWords(*document);
    const QSizeF mm = pageSizeOf(data).size(QPageSize::Millimeter);
    const qreal scale = width / (mm.width() * 300.0 / 25.4);
    // One picture per page painted, made when its page begins: a short report asked for many
    // pages costs only its own.
    const auto startPage = [&images, width, &mm, scale](QPainter &painter) {
        QImage image(QSize(width, qRound(mm.height() / mm.width() * width)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        images.append(image);
        painter.begin(&images.last());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
    };
    if (pages <= 0)
        return images;
    images.reserve(pages);
    QPainter painter;
    startPage(painter);
    paintPages(painter, &writer, data, texts, *document, 300.0 / 25.4, pages, [&] {
        painter.end();
        if (images.size() >= pages)
            return false;
        startPage(painter);
        return true;
    });
    if (painter.isActive())
        painter.end();
    return images;
}
