#include "ReportTable.h"

#include <QColor>
#include <QFont>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextTable>
#include <QTextTableFormat>

namespace {

const QColor HeaderBackground(232, 236, 242);
const QColor Rule(160, 160, 160);
const QColor MissingText(110, 110, 110);

QTextTableFormat tableFormat(const QList<qreal> &percentWidths)
{
    QTextTableFormat f;
    f.setBorder(0.5);
    f.setBorderBrush(Rule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(3);
    f.setCellSpacing(0);
    f.setHeaderRowCount(1);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal w : percentWidths)
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    f.setColumnWidthConstraints(widths);
    return f;
}

} // namespace

void ReportTable::cell(QTextTable *table, int row, int column, const QString &text, bool bold)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextCharFormat f;
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    c.insertText(text, f);
}

void ReportTable::missing(QTextTable *table, int row, int column, const QString &text)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextCharFormat f;
    f.setForeground(MissingText);
    c.insertText(text, f);
}

QTextTable *ReportTable::insert(QTextCursor &c, const QStringList &headers, int rows, const QList<qreal> &widths)
{
    QTextTable *t = c.insertTable(rows + 1, static_cast<int>(headers.size()), tableFormat(widths));
    for (int i = 0; i < headers.size(); ++i) {
        QTextTableCell head = t->cellAt(0, i);
        QTextCharFormat f = head.format();
        f.setBackground(HeaderBackground);
        head.setFormat(f);
        cell(t, 0, i, headers.at(i), true);
    }
    return t;
}
