#pragma once

#include <QList>
#include <QStringList>

class QTextCursor;
class QTextTable;

// The report's tables: thin rules, a shaded header row that repeats on every page, columns in
// percent of the text width. Text goes in as plain text, never as markup.
namespace ReportTable {

// A table of `rows` rows under a header row of `headers`, at the cursor.
QTextTable *insert(QTextCursor &cursor, const QStringList &headers, int rows, const QList<qreal> &percentWidths);
void cell(QTextTable *table, int row, int column, const QString &text, bool bold = false);
// What is missing, said as such ("no owner yet"), in grey so that it does not read as content.
void missing(QTextTable *table, int row, int column, const QString &text);

} // namespace ReportTable
