#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

// Enough moves for any report; each one lays out again what follows it.
constexpr int MaximumMoves = 400;

struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

class Pages
{
public:
    explicit Pages(QTextDocument &document)
        : m_layout(document.documentLayout())
        , m_height(document.pageSize().height())
    {
        const QPaintDevice *device = m_layout->paintDevice();
        // Paddings are given at 96 dpi and scaled to the device by the layout.
        m_unitsPerPadding = device ? device->logicalDpiY() / 96.0 : 1.0;
    }

    int pageOf(qreal y) const { return static_cast<int>(std::floor(y / m_height)); }
    qreal pageBottom(int page) const { return (page + 1) * m_height; }
    qreal height() const { return m_height; }
    qreal unitsPerPadding() const { return m_unitsPerPadding; }

    // The lines of a block: from its first line's top to its last line's bottom.
    std::optional<Span> lines(const QTextBlock &block) const
    {
        // Asking for the block's rectangle lays the document out up to it (the layout is lazy):
        // after a move, only what follows it is laid out again, and only as far as it is read.
        const QRectF rect = m_layout->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return std::nullopt;
        // The bounding rectangle is the lines' (relative to the layout) moved to the document's
        // coordinates: take the lines' own rectangle off again to find the layout's origin.
        const qreal origin = rect.top() - layout->boundingRect().top();
        const QTextLine first = layout->lineAt(0);
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        return Span{origin + first.y(), origin + last.y() + last.height()};
    }

    // The text of a table row: from the top of its highest first line to the lowest last line.
    std::optional<Span> row(QTextTable *table, int r) const
    {
        std::optional<Span> span;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const std::optional<Span> l = lines(it.currentBlock());
                if (!l)
                    continue;
                if (!span)
                    span = l;
                span->top = std::min(span->top, l->top);
                span->bottom = std::max(span->bottom, l->bottom);
            }
        }
        return span;
    }

private:
    QAbstractTextDocumentLayout *m_layout;
    qreal m_height;
    qreal m_unitsPerPadding = 1.0;
};

// Stretches row `r` of `table` down by `distance` layout units (its cells' bottom padding).
void stretchRow(QTextTable *table, int r, qreal distance, const Pages &pages)
{
    const qreal padding = distance / pages.unitsPerPadding();
    // One edit for the whole row: each cell's change alone would lay the whole table out again
    // (five times per move in the appendix, 60 % of a report's time).
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(r, c);
        if (cell.row() != r || cell.column() != c)
            continue;
        QTextTableCellFormat f = cell.format().toTableCellFormat();
        const qreal current
            = f.hasProperty(QTextFormat::TableCellBottomPadding) ? f.bottomPadding() : table->format().cellPadding();
        f.setBottomPadding(current + padding);
        cell.setFormat(f);
    }
    edit.endEditBlock();
}

// The first row of `table` that is split across a page break (or that is left alone on the
// table's last page), and the distance that moves it to the next page; nullopt when none.
std::optional<std::pair<int, qreal>> firstToMove(QTextTable *table, const Pages &pages)
{
    const int first = table->format().headerRowCount();
    const int last = table->rows() - 1;
    for (int r = first + 1; r <= last; ++r) {
        const std::optional<Span> span = pages.row(table, r);
        if (!span || span->bottom - span->top >= pages.height() * 0.8)
            continue; // a row longer than a page must be split
        const int page = pages.pageOf(span->top);
        if (pages.pageOf(span->bottom - 0.5) != page)
            return std::pair(r - 1, pages.pageBottom(page) - span->top + 1);
    }
    // The last row alone on its page, after a page break inside the table: the one before it
    // goes along (when that one is not alone on its own page too).
    if (last >= first + 2) {
        const std::optional<Span> lastRow = pages.row(table, last);
        const std::optional<Span> before = pages.row(table, last - 1);
        const std::optional<Span> twoBefore = pages.row(table, last - 2);
        if (lastRow && before && twoBefore && pages.pageOf(before->top) != pages.pageOf(lastRow->top)
            && pages.pageOf(twoBefore->top) == pages.pageOf(before->top))
            return std::pair(last - 2, pages.pageBottom(pages.pageOf(before->top)) - before->top + 1);
    }
    return std::nullopt;
}

// Moves the first row that needs it; false when none did.
bool moveARow(QTextDocument &document, const Pages &pages)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    return std::any_of(frames.cbegin(), frames.cend(), [&pages](QTextFrame *frame) {
        auto *table = qobject_cast<QTextTable *>(frame);
        const std::optional<std::pair<int, qreal>> move = table ? firstToMove(table, pages) : std::nullopt;
        if (move)
            stretchRow(table, move->first, move->second, pages);
        return move.has_value();
    });
}

// Moves the first heading that is the last thing on its page; false when none.
bool moveAHeading(QTextDocument &document, const Pages &pages)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().hasProperty(ReportPagination::KeepWithNext))
            continue;
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const std::optional<Span> heading = pages.lines(block);
        QTextBlock next = block.next();
        std::optional<Span> following;
        for (; next.isValid() && !following; next = next.next())
            following = pages.lines(next);
        if (heading && following && pages.pageOf(heading->top) != pages.pageOf(following->top)) {
            QTextBlockFormat f = block.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(f);
            return true;
        }
    }
    return false;
}

} // namespace

void ReportPagination::keepWithNext(QTextBlockFormat &format)
{
    format.setProperty(KeepWithNext, true);
}

int ReportPagination::keepTogether(QTextDocument &document)
{
    if (document.pageSize().height() <= 0)
        return 0;
    const Pages pages(document);
    int moves = 0;
    // One at a time, from the top: every move shifts what follows it.
    while (moves < MaximumMoves && (moveAHeading(document, pages) || moveARow(document, pages)))
        ++moves;
    return moves;
}
