#pragma once

#include <QTextFormat>

class QTextBlockFormat;
class QTextDocument;

// What Qt's page layout does not do for a report, done after the document is laid out on
// pages: keep together what is read together.
// - A table row is never split across pages: the row before it is stretched to the foot of
//   the page, so that the row starts on the next page, under the repeated header row.
// - A table does not leave a single row alone on its last page when it has more to move.
// - A heading is never the last thing on a page: it moves to the next page with what follows.
namespace ReportPagination {

// Block property of headings: they stay on the page of what follows them.
constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

void keepWithNext(QTextBlockFormat &format);
// The document must have its page size and paint device. Returns how many places moved.
int keepTogether(QTextDocument &document);

} // namespace ReportPagination
