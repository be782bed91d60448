#pragma once

#include "report/ReportContent.h"
#include "report/ReportTexts.h"

#include <QSizeF>

#include <memory>

class QTextCursor;
class QPaintDevice;
class QTextDocument;
class ChartTextObject;

// Builds the management report as a QTextDocument in the report's own language (which may
// differ from the interface's): cover, one-page executive summary, charts, improvement plan,
// appendix and method. Everything a user typed goes in with QTextCursor::insertText, as plain
// text: markup, links or image references in comments are shown, never interpreted.
class ReportBuilder final
{
public:
    enum class Charts {
        Vector, // painted objects: vector graphics in a PDF
        Images // embedded pictures, for ODT
    };

    // `content` and `texts` (in the report's language) must outlive the builder.
    ReportBuilder(const ReportContent &content, const ReportTexts &texts, Charts charts);

    // The document; it owns everything it draws. `pageWidth` is the text width in document
    // units, `unitsPerPoint` how many of them make a point (1 for ODT, 300/72 for a 300 dpi PDF).
    std::unique_ptr<QTextDocument> build(qreal pageWidth, qreal unitsPerPoint = 1.0);
    // The same, laid out from the start on `device` in pages of `pageSize` (the printed report):
    // set afterwards, they would lay the whole document out a second time.
    std::unique_ptr<QTextDocument> build(qreal pageWidth, qreal unitsPerPoint, QPaintDevice *device, QSizeF pageSize);

private:
    QString t(const char *source) const { return m_texts.t(source); }
    QString date(const QDate &date) const { return m_texts.date(date); }
    QString number(double value, int decimals) const { return m_texts.number(value, decimals); }
    QString shortened(const QString &text, int limit) const { return m_texts.shortened(text, limit); }

    void cover(QTextCursor &c);
    void summary(QTextCursor &c);
    void charts(QTextCursor &c, qreal pageWidth);
    void plan(QTextCursor &c);
    void disputes(QTextCursor &c);
    QString namedRatings(const QString &parameterId) const;
    void appendix(QTextCursor &c);
    // Under the appendix: why a name carries NameProvenance::marker().
    void nameNotes(QTextCursor &c);
    void method(QTextCursor &c);
    void heading(QTextCursor &c, const QString &text, bool newPage);
    void paragraph(QTextCursor &c, const QString &text, bool bold = false);

    const ReportContent &m_content;
    const ReportData &m_data;
    const ReportTexts &m_texts;
    Charts m_charts;
    qreal m_unitsPerPoint = 1.0;
    QTextDocument *m_document = nullptr;
    ChartTextObject *m_chartObjects = nullptr;
};
