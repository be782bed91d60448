#include "report/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

int pageOf(const QTextDocument &document, qreal y)
{
    return static_cast<int>(std::floor(y / document.pageSize().height()));
}

// The first and the last page on which `block` has a line.
std::pair<int, int> pagesOf(const QTextDocument &document, const QTextBlock &block)
{
    const qreal top = document.documentLayout()->blockBoundingRect(block).top(); // lays out up to it
    const QTextLayout *layout = block.layout();
    const qreal origin = top - layout->boundingRect().top();
    const QTextLine first = layout->lineAt(0);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return {pageOf(document, origin + first.y()), pageOf(document, origin + last.y() + last.height() - 0.5)};
}

// A heading, a table of `rows` rows whose cells hold 1 to 4 lines, a heading and a paragraph,
// repeated.
void fill(QTextDocument &document, int rows)
{
    QTextCursor c(&document);
    for (int part = 0; part < 3; ++part) {
        QTextBlockFormat heading;
        ReportPagination::keepWithNext(heading);
        c.insertBlock(heading);
        c.insertText(u"Heading %1"_s.arg(part));
        QTextBlockFormat body;
        c.insertBlock(body);
        c.insertText(u"Introduction."_s);
        QTextTableFormat f;
        f.setHeaderRowCount(1);
        f.setCellPadding(2);
        QTextTable *table = c.insertTable(rows + 1, 3, f);
        table->cellAt(0, 0).firstCursorPosition().insertText(u"Header"_s);
        for (int r = 1; r <= rows; ++r) {
            QStringList lines;
            for (int l = 0; l <= (r * 7 + part) % 4; ++l)
                lines.append(u"row %1 line %2"_s.arg(r).arg(l));
            table->cellAt(r, 1).firstCursorPosition().insertText(lines.join(QChar::LineSeparator));
            table->cellAt(r, 0).firstCursorPosition().insertText(u"Row %1"_s.arg(r));
        }
        c.movePosition(QTextCursor::End);
        c.insertBlock(heading);
        c.insertText(u"Closing heading %1"_s.arg(part));
        c.insertBlock(body);
        c.insertText(u"Closing paragraph."_s);
    }
}

} // namespace

// What the report keeps together across page breaks, on documents made to break everywhere.
class tst_ReportPagination : public QObject
{
    Q_OBJECT

private slots:
    void keepsTogether_data();
    void keepsTogether();
};

void tst_ReportPagination::keepsTogether_data()
{
    QTest::addColumn<qreal>("pageHeight");
    QTest::addColumn<int>("rows");
    // Page heights that put the breaks in different places of the same content.
    for (const qreal height : {180.0, 223.0, 260.0, 301.0, 347.0, 410.0})
        QTest::addRow("page %d high, 12 rows", int(height)) << height << 12;
    QTest::newRow("a table of two rows") << 200.0 << 2;
}

void tst_ReportPagination::keepsTogether()
{
    QFETCH(qreal, pageHeight);
    QFETCH(int, rows);
    QTextDocument document;
    document.setDocumentMargin(0);
    fill(document, rows);
    document.setPageSize(QSizeF(400, pageHeight));

    // Without the pass, these documents do split rows (else the test proves nothing).
    int splitBefore = 0;
    document.pageCount(); // the whole document laid out
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.layout()->lineCount() > 1 && pagesOf(document, b).first != pagesOf(document, b).second)
            ++splitBefore;
    }
    const int moves = ReportPagination::keepTogether(document);
    document.pageCount(); // laid out to the end again, after the moves
    QVERIFY(moves >= 0);
    if (splitBefore > 0)
        QVERIFY(moves > 0);

    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        QVERIFY(table);
        QList<int> rowPages;
        for (int r = 1; r < table->rows(); ++r) {
            // Every cell of a row on one page, the same for all cells.
            QSet<int> pages;
            for (int col = 0; col < table->columns(); ++col) {
                const QTextBlock b = table->cellAt(r, col).firstCursorPosition().block();
                if (b.text().isEmpty())
                    continue;
                const auto [first, last] = pagesOf(document, b);
                QCOMPARE(first, last);
                pages.insert(first);
            }
            QCOMPARE(pages.size(), 1);
            rowPages.append(*pages.begin());
        }
        // The last row is not alone on its page when the row before could go with it.
        const qsizetype n = rowPages.size();
        if (n >= 3 && rowPages.at(n - 1) != rowPages.at(n - 2))
            QVERIFY2(rowPages.at(n - 2) != rowPages.at(n - 3), "the last row is alone on its page");
    }
    // Every heading on the page of what follows it.
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().hasProperty(ReportPagination::KeepWithNext))
            continue;
        QTextBlock next = b.next();
        QVERIFY(next.isValid());
        QCOMPARE(pagesOf(document, b).first, pagesOf(document, next).first);
    }
}

QTEST_MAIN(tst_ReportPagination)
#include "tst_reportpagination.moc"
