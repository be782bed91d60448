#pragma once

#include "report/ReportData.h"

#include <QTranslator>

#include <memory>

class QTextCursor;
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

    ReportBuilder(const ReportData &data, Charts charts);
    ~ReportBuilder();

    // The document; it owns everything it draws. `pageWidth` is the text width in document
    // units, `unitsPerPoint` how many of them make a point (1 for ODT, 300/72 for a 300 dpi PDF).
    std::unique_ptr<QTextDocument> build(qreal pageWidth, qreal unitsPerPoint = 1.0);

    // A text of the report in its language (source strings are marked with QT_TRANSLATE_NOOP
    // in the "Report" context).
    QString t(const char *source) const;
    QString date(const QDate &date) const;
    // At most `limit` characters of user text, marked where it was shortened. A report is read,
    // not an archive: the whole text stays in the assessment, its exports and the workbook, and
    // the report's size (and so its layout time) stays bounded whatever was imported.
    QString shortened(const QString &text, int limit) const;
    static constexpr int MaxCellText = 1500;
    static constexpr int MaxItemText = 300;
    static constexpr int MaxEvidenceShown = 10;
    QString number(double value, int decimals) const;

private:
    void cover(QTextCursor &c);
    void summary(QTextCursor &c);
    void charts(QTextCursor &c, qreal pageWidth);
    void plan(QTextCursor &c);
    void appendix(QTextCursor &c);
    void method(QTextCursor &c);
    void heading(QTextCursor &c, const QString &text, bool newPage);
    void paragraph(QTextCursor &c, const QString &text, bool bold = false);

    const ReportData &m_data;
    Charts m_charts;
    QTranslator m_translator;
    bool m_translated = false;
    qreal m_unitsPerPoint = 1.0;
    QTextDocument *m_document = nullptr;
    ChartTextObject *m_chartObjects = nullptr;
};
