#pragma once

#include <QString>

class ChartTextObject;
class GapAnalysis;
class QTextCursor;
class QTextDocument;
class Sim3Model;

// The report's two charts: the radar of current against target and the average per category.
namespace ReportCharts {

// Every text the charts show, in the report's language (which may differ from the interface's).
struct Texts
{
    QString radarTitle;
    QString barsTitle;
    QString current;
    QString target;
    QString currentAverage;
    QString targetAverage;
    QString notApplicable; // marks a spoke
    QString unanswered; // marks a spoke
};

// Inserts both charts, each centred in a block of its own, `pageWidth` wide (document units).
// With `objects` they stay vector graphics (PDF); without, they become images (ODT).
void insert(QTextCursor &cursor, QTextDocument *document, ChartTextObject *objects, const GapAnalysis &analysis,
    const Sim3Model &model, const QString &language, const Texts &texts, qreal pageWidth, qreal unitsPerPoint);

} // namespace ReportCharts
