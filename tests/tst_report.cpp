#include "demo/DemoData.h"
#include "report/ExportReportDialog.h"
#include "report/PdfReport.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "storage/AssessmentRepository.h"
#include "storage/WorkshopRepository.h"

#include "FileSizeLimit.h"
#include "TempDatabase.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray runBytes(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QByteArray();
    return p.readAllStandardOutput();
}

QString run(const QString &program, const QStringList &arguments)
{
    return QString::fromUtf8(runBytes(program, arguments));
}

} // namespace

// The management report, read back as a reader's tools see it: pdftotext, pdfinfo, pdffonts,
// and unzip for the ODT and XLSX packages.
class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdf_data();
    void pdf();
    void userTextIsNeverInterpreted();
    void letterSize();
    void unverifiedNamesAreFootnoted_data();
    void unverifiedNamesAreFootnoted();
    void odt();
    void xlsx();
    void csv();
    void unwritablePathKeepsOldFile();
    void pagesAreCleanOnPaper_data();
    void pagesAreCleanOnPaper();
    void draftIsMarkedOnEveryPage_data();
    void draftIsMarkedOnEveryPage();
    void exportDialogPreviewsAndSaves();
    void workshopReachesEveryFormat_data();
    void workshopReachesEveryFormat();

private:
    ReportData report(const QString &language, const QString &tlp);

    std::unique_ptr<TempDatabase> m_t;
    DemoData::Created m_demo;
    ModelCatalogue m_catalogue = ModelCatalogue::bundled();
};

void tst_Report::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdfimages", "pdftoppm", "unzip"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            qPrintable(u"%1 is needed (scripts/debian-packages.txt installs it)"_s.arg(QString::fromLatin1(tool))));
    m_t = std::make_unique<TempDatabase>();
    m_demo = DemoData::create(m_t->db(), u"en"_s).value();
}

ReportData tst_Report::report(const QString &language, const QString &tlp)
{
    ReportData data
        = ReportData::collect(m_t->db(), m_catalogue, m_demo.assessmentIds.last(), QString(), language).value();
    data.tlp = tlp;
    return data;
}

void tst_Report::pdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tlp");
    QTest::addColumn<QString>("heading");
    QTest::newRow("English, amber") << u"en"_s << u"TLP:AMBER"_s << u"Executive summary"_s;
    QTest::newRow("Japanese, red") << u"ja"_s << u"TLP:RED"_s << u"エグゼクティブサマリー"_s;
    QTest::newRow("English, amber+strict") << u"en"_s << u"TLP:AMBER+STRICT"_s << u"Improvement plan"_s;
}

void tst_Report::pdf()
{
    QFETCH(QString, language);
    QFETCH(QString, tlp);
    QFETCH(QString, heading);
    const QString path = m_t->dir() + u"/report-%1.pdf"_s.arg(language);
    const Status written = ReportWriter::write(report(language, tlp), path, ReportWriter::Format::Pdf);
    QVERIFY2(written.isOk(), qPrintable(written.error()));

    const QString info = run(u"pdfinfo"_s, {path});
    const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
    QVERIFY2(pages >= 6 && pages <= 14, qPrintable(info));
    QVERIFY(info.contains(u"595 x 842"_s)); // A4

    const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(text.contains(heading));
    for (const Parameter &p : m_catalogue.find(u"sim3-v2i"_s)->parameters())
        QVERIFY2(text.contains(p.id), qPrintable(p.id));
    // Every page carries the marking and its number.
    const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(pageTexts.at(i).contains(tlp), qPrintable(u"page %1"_s.arg(i + 1)));
        const QString number
            = language == u"ja"_s ? u"%1 / %2"_s.arg(i + 1).arg(pages) : u"Page %1 of %2"_s.arg(i + 1).arg(pages);
        QVERIFY2(pageTexts.at(i).contains(number), qPrintable(u"page %1"_s.arg(i + 1)));
    }
    if (language == u"ja"_s) {
        // The appendix's narrow column wraps O-1's name inside the katakana, as Japanese may.
        QVERIFY(text.contains(u"O-1 任務（マンデー"_s));
        QVERIFY(text.contains(u"改善計画"_s));
        // A search finds what is printed: kanji, not their look-alike radicals (目, not ⽬).
        QVERIFY(text.contains(u"目標"_s));
        QVERIFY(std::none_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; }));
    }
    // Every name marked † in the appendix is explained under it: v2 interim's names are assumed
    // from v1, and O-6's was found nowhere. (pdftotext prints the "fi" ligature as one character.)
    QVERIFY(text.count(u"†"_s) >= 45 + 2);
    if (language == u"ja"_s) {
        QVERIFY(text.contains(u"† 名称は公式文書で確認できていない：SIM3 v1 から変わっていないと仮定"_s));
        QVERIFY(text.contains(u"見当たらない（O-6）。"_s));
    } else {
        QVERIFY(text.contains(u"document: assumed unchanged from SIM3 v1"_s));
        QVERIFY(text.contains(u"any public source we could read (O-6)."_s));
    }
    // The gaps are told by size, all of them, not five picked out of a tie.
    QVERIFY(!text.contains(u"five largest"_s));
    QVERIFY2(text.contains(language == u"ja"_s ? u"1 レベル下"_s : u"One level below target:"_s),
        qPrintable(pageTexts.value(1)));
    // The plan says what it lacks: the demo leaves some gaps without an owner or a reason.
    QVERIFY(text.contains(language == u"ja"_s ? u"担当者未定"_s : u"no owner yet"_s));
    QVERIFY(text.contains(language == u"ja"_s ? u"理由は未記入"_s : u"no reason given yet"_s));
    // The cover names the model once, in the report's language.
    const QString &cover = pageTexts.first();
    const QString modelName = m_catalogue.find(u"sim3-v2i"_s)->name().text(language);
    QCOMPARE(cover.count(modelName), 1);
    QVERIFY2(!cover.contains(u"(v2 interim"_s), qPrintable(cover));
    // The charts are vector graphics: the PDF holds no raster image at all.
    const QStringList images = run(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the two header lines of the listing
    // Every font is embedded.
    const QStringList fonts = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    // One Japanese font, charts included: IPAex Gothic, whose TrueType glyphs are embedded as
    // they are (Noto Sans CJK's are converted one by one, a quarter of the report's time).
    const QString fontList = fonts.join(u'\n');
    QVERIFY2(!fontList.contains(u"NotoSansCJK"_s), qPrintable(fontList));
    QCOMPARE(fontList.contains(u"IPAexGothic"_s), language == u"ja"_s);
    for (const QString &line : fonts)
        QVERIFY2(line.simplified().split(u' ').contains(u"yes"_s) && !line.contains(u" no  no"_s) == true
                && QRegularExpression(u"\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+"_s).match(line).hasMatch(),
            qPrintable(line));
}

void tst_Report::userTextIsNeverInterpreted()
{
    // Markup, a link and an image reference typed into a comment come out as text.
    Answer o1 = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.last()).value().answers.value(u"O-1"_s);
    o1.comment = u"<img src=\"file:///etc/passwd\"> <b>bold?</b> <a href=\"http://example.invalid\">x</a>"_s;
    QVERIFY(AssessmentRepository(m_t->db()).saveAnswer(m_demo.assessmentIds.last(), o1, u"me"_s).isOk());
    const QString path = m_t->dir() + u"/escaped.pdf"_s;
    QVERIFY(ReportWriter::write(report(u"en"_s, u"TLP:GREEN"_s), path, ReportWriter::Format::Pdf).isOk());
    const QString text = run(u"pdftotext"_s, {path, u"-"_s}).simplified();
    // Table cells interleave in extracted text and "fi" becomes a ligature: check the pieces.
    QVERIFY2(text.contains(u"<img src=\""_s), "the markup is shown as typed");
    QVERIFY(text.contains(u"/etc/"_s));
    QVERIFY(text.contains(u"<b>bold?</b>"_s));
    QVERIFY(text.contains(u"<a"_s));
}

void tst_Report::unverifiedNamesAreFootnoted_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("notes");
    // The v1 model: names known as a subject only, and names recalled, each reason with its IDs.
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"† Name not verified against the official document: public sources confirm the "
                                       "subject, not the exact wording (O-9, O-10, H-2, H-3, H-4, T-1, T-2, T-5, T-6, "
                                       "T-7, P-4, P-5, P-6, P-17)."_s,
                               u"† Name not verified against the official document: recalled from knowledge of SIM3, "
                               "not seen in a public source (H-5, H-6, T-3, P-7, P-9, P-10, P-12, P-16)."_s};
    QTest::newRow("ja") << u"ja"_s
                        << QStringList{
                               u"（O-9, O-10, H-2, H-3, H-4, T-1, T-2, T-5, T-6, T-7, P-4, P-5, P-6, P-17）。"_s,
                               u"（H-5, H-6, T-3, P-7, P-9, P-10, P-12, P-16）。"_s};
}

void tst_Report::unverifiedNamesAreFootnoted()
{
    QFETCH(QString, language);
    QFETCH(QStringList, notes);
    const qint64 team = m_demo.teamId;
    const Result<Assessment> v1
        = AssessmentRepository(m_t->db()).create(team, u"Review on v1"_s, QDate(2026, 2, 1), u"sim3-v1"_s);
    QVERIFY(v1.isOk());
    ReportData data = ReportData::collect(m_t->db(), m_catalogue, v1->id, QString(), language).value();
    const QString path = m_t->dir() + u"/v1-%1.pdf"_s.arg(language);
    const Status written = ReportWriter::write(data, path, ReportWriter::Format::Pdf);
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    // Without -layout a paragraph comes out as its lines; joined, each footnote reads whole.
    QString text = run(u"pdftotext"_s, {path, u"-"_s});
    text.replace(u"ﬁ"_s, u"fi"_s).replace(u"ﬃ"_s, u"ffi"_s);
    // Japanese lines break anywhere, and a line's last space is not printed: compare without spaces.
    const bool ja = language == u"ja"_s;
    text = ja ? text.remove(u'\n').remove(u' ') : text.replace(u'\n', u' ');
    for (const QString &note : notes)
        QVERIFY2(text.contains(ja ? QString(note).remove(u' ') : note), qPrintable(note));
    // Seen names carry no mark: O-1 is printed plain.
    QVERIFY(!text.contains(language == u"ja"_s ? u"任務（マンデート）\u00a0†"_s : u"Mandate\u00a0†"_s));
    QVERIFY(!text.contains(u"(O-6)"_s));
    QVERIFY(AssessmentRepository(m_t->db()).remove(v1->id).isOk());
}

void tst_Report::letterSize()
{
    ReportData data = report(u"en"_s, u"TLP:CLEAR"_s);
    data.pageSize = ReportData::PageSize::Letter;
    const QString path = m_t->dir() + u"/letter.pdf"_s;
    QVERIFY(ReportWriter::write(data, path, ReportWriter::Format::Pdf).isOk());
    QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"612 x 792"_s));
}

void tst_Report::odt()
{
    const QString path = m_t->dir() + u"/report.odt"_s;
    const Status written = ReportWriter::write(report(u"ja"_s, u"TLP:RED"_s), path, ReportWriter::Format::Odt);
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    const QString content = run(u"unzip"_s, {u"-p"_s, path, u"content.xml"_s});
    QVERIFY(content.contains(u"TLP:RED"_s));
    QVERIFY(content.contains(u"P-17"_s));
    QVERIFY(content.contains(u"エグゼクティブサマリー"_s));
    // The charts travel as pictures: PNG files, opaque, at twice the pixels of their frames.
    const QString listing = run(u"unzip"_s, {u"-l"_s, path});
    QVERIFY2(listing.count(u"Pictures/"_s) >= 2, qPrintable(listing));
    for (const QString &picture : {u"Pictures/Picture1"_s, u"Pictures/Picture2"_s}) {
        const QByteArray bytes = runBytes(u"unzip"_s, {u"-p"_s, path, picture});
        QVERIFY2(bytes.startsWith("\x89PNG"), qPrintable(picture));
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(!image.hasAlphaChannel());
        QVERIFY(image.width() > 600);
    }
    QVERIFY(content.contains(u"draw:name=\"chart://radar\""_s));
}

void tst_Report::xlsx()
{
    const QString path = m_t->dir() + u"/plan.xlsx"_s;
    const Status written = ReportWriter::write(report(u"en"_s, u"TLP:AMBER"_s), path, ReportWriter::Format::Xlsx);
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    const QString listing = run(u"unzip"_s, {u"-l"_s, path});
    QVERIFY(listing.contains(u"xl/worksheets/sheet1.xml"_s));
    QVERIFY(listing.contains(u"xl/worksheets/sheet2.xml"_s));
    const QString strings = run(u"unzip"_s, {u"-p"_s, path, u"xl/sharedStrings.xml"_s});
    QVERIFY(strings.contains(u"H-2"_s));
    QVERIFY(strings.contains(u"Why this target"_s));
    const QString sheet = run(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    QVERIFY(sheet.contains(u"<autoFilter"_s));
    QVERIFY(sheet.contains(u"state=\"frozen\""_s));
    QVERIFY(sheet.contains(u"<cols>"_s));
}

void tst_Report::csv()
{
    const QByteArray bytes = ReportWriter::csv(report(u"en"_s, u"TLP:AMBER"_s));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 22); // header and the 22 parameters below target
    QVERIFY(lines.at(1).startsWith(u"H-2,"_s)); // largest gap first
}

void tst_Report::pagesAreCleanOnPaper_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("which"); // index into the demo's assessments
    QTest::newRow("English, draft") << u"en"_s << 2;
    QTest::newRow("Japanese, draft") << u"ja"_s << 2;
    QTest::newRow("English, final") << u"en"_s << 0;
}

// What can be checked on the printed pages by a machine: every word in the text area or in the
// header or footer band, none cut by a page's edge (a hidden copy of a heading on the page before
// its own was one); the header and the footer on every page; no heading left as the last line of
// a page; and, in the rendered pictures, no ink in the side margins.
void tst_Report::pagesAreCleanOnPaper()
{
    QFETCH(QString, language);
    QFETCH(int, which);
    const QString path = m_t->dir() + u"/paper-%1-%2.pdf"_s.arg(language).arg(which);
    const ReportData data
        = ReportData::collect(m_t->db(), m_catalogue, m_demo.assessmentIds.at(which), QString(), language).value();
    QVERIFY(ReportWriter::write(data, path, ReportWriter::Format::Pdf));

    constexpr qreal PointsPerMm = 72.0 / 25.4;
    constexpr qreal Tolerance = 0.5; // points
    const QString boxes = run(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s});
    const QRegularExpression pageRe(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression wordRe(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    int pages = 0;
    for (const QRegularExpressionMatch &page : pageRe.globalMatch(boxes)) {
        ++pages;
        const qreal width = page.captured(1).toDouble();
        const qreal height = page.captured(2).toDouble();
        const qreal top = PdfReport::MarginTop * PointsPerMm;
        const qreal bottom = height - PdfReport::MarginBottom * PointsPerMm;
        const QString where = u"page %1"_s.arg(pages);
        QStringList header;
        QStringList footer;
        QMap<qreal, bool> lines; // the content's lines, by their top: whether a heading
        for (const QRegularExpressionMatch &w : wordRe.globalMatch(page.captured(3))) {
            const QRectF box(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                QPointF(w.captured(3).toDouble(), w.captured(4).toDouble()));
            const QString word = w.captured(5);
            QVERIFY2(box.left() >= -Tolerance && box.right() <= width + Tolerance && box.top() >= -Tolerance
                    && box.bottom() <= height + Tolerance,
                qPrintable(u"%1: \"%2\" is outside the paper"_s.arg(where, word)));
            // The header ends above its rule, 4 mm over the text area; the footer starts 4 mm
            // under it: a word between them and the text area is cut by the page's edge.
            if (box.bottom() <= top - 4 * PointsPerMm + Tolerance) {
                header.append(word);
            } else if (box.top() >= bottom + 4 * PointsPerMm - Tolerance) {
                footer.append(word);
            } else {
                QVERIFY2(box.top() >= top - Tolerance && box.bottom() <= bottom + Tolerance,
                    qPrintable(u"%1: \"%2\" crosses the edge of the text area (%3 to %4 of %5 to %6)"_s.arg(where, word,
                        QString::number(box.top()), QString::number(box.bottom()), QString::number(top),
                        QString::number(bottom))));
                // Only the letters of the DRAFT mark across the page are this large (the cover's title
                // is 24 pt); a chart drawn at the wrong scale was not.
                if (box.height() > 40) {
                    QVERIFY2(word.size() == 1 && (u"DRAFT下書き"_s).contains(word),
                        qPrintable(u"%1: \"%2\" is %3 pt high"_s.arg(where, word).arg(box.height())));
                    continue;
                }
                // Headings are 15 pt: words 17.5 pt high in Latin fonts, 21.5 in CJK ones, whose
                // boxes are taller; the largest other text (chart labels) stays below 14 and 18.
                const bool cjk = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
                bool &heading = lines[std::round(box.top())];
                heading = heading || box.height() >= (cjk ? 20.0 : 16.0);
            }
        }
        QVERIFY2(header.contains(data.tlp), qPrintable(where));
        QVERIFY2(footer.contains(data.tlp), qPrintable(where));
        QVERIFY2(footer.join(u' ').contains(QString::number(pages)), qPrintable(where));
        QVERIFY2(!lines.isEmpty(), qPrintable(where + u": an empty page"_s));
        QVERIFY2(lines.size() > 1, qPrintable(where + u": only a heading"_s));
        QVERIFY2(!lines.last(), qPrintable(where + u": ends with a heading"_s));
        QVERIFY2(std::count(lines.cbegin(), lines.cend(), false) > 0, qPrintable(where + u": only headings"_s));
    }
    QVERIFY(pages >= 6);

    // The pictures: nothing dark in the side margins (the DRAFT mark is light grey).
    const QString prefix = m_t->dir() + u"/paper-%1-%2"_s.arg(language).arg(which);
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"36"_s, u"-png"_s, path, prefix});
    QVERIFY(render.waitForFinished(120000));
    QCOMPARE(render.exitCode(), 0);
    for (int i = 1; i <= pages; ++i) {
        QString file = u"%1-%2.png"_s.arg(prefix).arg(i);
        if (!QFile::exists(file))
            file = u"%1-%2.png"_s.arg(prefix).arg(i, 2, 10, QChar(u'0'));
        const QImage picture(file);
        QVERIFY2(!picture.isNull(), qPrintable(file));
        const qreal pxPerMm = picture.width() / (data.pageSize == ReportData::PageSize::Letter ? 215.9 : 210.0);
        const int margin = static_cast<int>((PdfReport::MarginSide - 1) * pxPerMm);
        for (int y = 0; y < picture.height(); ++y) {
            for (int x : {margin / 2, margin - 1, picture.width() - margin, picture.width() - 1 - margin / 2}) {
                QVERIFY2(qGray(picture.pixel(x, y)) > 128,
                    qPrintable(u"page %1: ink in the side margin at %2,%3"_s.arg(i).arg(x).arg(y)));
            }
        }
    }
}

void tst_Report::draftIsMarkedOnEveryPage_data()
{
    QTest::addColumn<int>("which"); // index into the demo's assessments: 0 final, 2 draft
    QTest::addColumn<bool>("unconfirmed");
    QTest::addColumn<bool>("draft");
    QTest::newRow("final") << 0 << false << false;
    QTest::newRow("draft") << 2 << false << true;
    QTest::newRow("final with an unconfirmed answer") << 0 << true << true;
}

void tst_Report::draftIsMarkedOnEveryPage()
{
    QFETCH(int, which);
    QFETCH(bool, unconfirmed);
    QFETCH(bool, draft);
    ReportData data
        = ReportData::collect(m_t->db(), m_catalogue, m_demo.assessmentIds.at(which), QString(), u"en"_s).value();
    if (unconfirmed) {
        // As if carried over and never confirmed (the database would refuse this on a final one).
        data.assessment.answers[u"O-1"_s].toConfirm = true;
    }
    QCOMPARE(data.isDraft(), draft);
    const QString path
        = m_t->dir() + u"/draft-%1.pdf"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-');
    QVERIFY(ReportWriter::write(data, path, ReportWriter::Format::Pdf));
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 6);
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages.at(i).contains(u"DRAFT"_s) == draft, qPrintable(u"page %1"_s.arg(i + 1)));
    // The unconfirmed answers are counted and named in the summary.
    QCOMPARE(text.simplified().contains(u"them yet: O-1."_s), unconfirmed);
    const QString csv = QString::fromUtf8(ReportWriter::csv(data));
    QCOMPARE(csv.section(u"\r\n"_s, 0, 0).contains(u"DRAFT"_s), draft);
}

void tst_Report::unwritablePathKeepsOldFile()
{
    const Status missing = ReportWriter::write(
        report(u"en"_s, u"TLP:AMBER"_s), m_t->dir() + u"/no/such/r.pdf"_s, ReportWriter::Format::Pdf);
    QVERIFY(!missing.isOk());
    QVERIFY2(missing.error().contains(u"does not exist"_s), qPrintable(missing.error()));
    const QString path = m_t->dir() + u"/old.pdf"_s;
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older report");
    old.close();
    // The disk fills while the new report is written over the old one: the old one stays whole.
    Status written = Status::success();
    {
        const FileSizeLimit full(8192);
        written = ReportWriter::write(report(u"en"_s, u"TLP:AMBER"_s), path, ReportWriter::Format::Pdf);
    }
    QVERIFY(!written);
    QVERIFY2(written.error().contains(u"nothing was replaced"_s), qPrintable(written.error()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("an older report"));
    // A device is refused outright.
    QVERIFY(!ReportWriter::write(report(u"en"_s, u"TLP:AMBER"_s), u"/dev/null"_s, ReportWriter::Format::Pdf));
}

void tst_Report::exportDialogPreviewsAndSaves()
{
    ExportReportDialog dialog(m_t->db(), m_catalogue, m_demo.assessmentIds.last(), u"ja"_s);
    // The preview shows every page, one under the other, as wide as the dialog lets it be:
    // wider when the dialog is.
    auto *preview = dialog.findChild<QLabel *>(u"reportPreview"_s);
    dialog.resize(900, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto previewWidth
        = [preview] { return qRound(preview->pixmap().width() / preview->pixmap().devicePixelRatio()); };
    QTRY_VERIFY2(previewWidth() > 400, qPrintable(QString::number(previewWidth())));
    const int narrow = previewWidth();
    // Pages of A4 proportions stacked: far taller than wide.
    QVERIFY(preview->pixmap().height() > preview->pixmap().width() * 5);
    dialog.resize(1400, 900);
    QTRY_VERIFY(previewWidth() > narrow + 200);
    dialog.hide();
    auto *tlp = dialog.findChild<QComboBox *>(u"reportTlp"_s);
    tlp->setCurrentIndex(tlp->findData(u"TLP:GREEN"_s));
    auto *format = dialog.findChild<QComboBox *>(u"reportFormat"_s);
    QCOMPARE(dialog.suggestedFileName(), u"Self-assessment 2026.pdf"_s);
    format->setCurrentIndex(format->findData(u"odt"_s));
    QCOMPARE(dialog.formatSuffix(), u"odt"_s);
    const QString path = m_t->dir() + u"/from-dialog.pdf"_s;
    format->setCurrentIndex(0);
    QCOMPARE(dialog.exportTo(path), path);
    const QString text = run(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY(text.contains(u"TLP:GREEN"_s));
    QVERIFY(text.contains(u"エグゼクティブサマリー"_s));
}

QTEST_MAIN(tst_Report)
void tst_Report::workshopReachesEveryFormat_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::newRow("English") << u"en"_s << u"Where the team disagreed"_s;
    QTest::newRow("Japanese") << u"ja"_s << u"チームの意見が分かれた点"_s;
}

void tst_Report::workshopReachesEveryFormat()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    TempDatabase t;
    const qint64 id = DemoData::create(t.db(), u"en"_s)->assessmentIds.last();
    WorkshopRepository repo(t.db());
    const QList<Participant> people
        = repo.setParticipants(id,
                  {{0, QString(), u"Aiko"_s, QString()}, {0, QString(), u"Ben"_s, QString()},
                      {0, QString(), u"Chie"_s, QString()}})
              .value();
    const auto round = [&](const QString &parameterId, const QList<int> &levels) {
        QList<Rating> ratings;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            Rating r;
            r.participantUuid = people.at(i).uuid;
            r.parameterId = parameterId;
            r.kind = levels.at(i) < 0 ? Rating::Kind::NotApplicable : Rating::Kind::Level;
            r.level = std::max(0, levels.at(i));
            ratings.append(r);
        }
        return repo.saveRatings(id, ratings, u"Facilitator"_s);
    };
    QVERIFY(round(u"O-1"_s, {2, 3, 4}));
    QVERIFY(round(u"O-2"_s, {3, 3, -1}));
    QVERIFY(round(u"O-3"_s, {0, 4})); // never revealed: it must not show
    QVERIFY(repo.reveal(id, u"O-1"_s, u"Facilitator"_s));
    QVERIFY(repo.reveal(id, u"O-2"_s, u"Facilitator"_s));
    QVERIFY(repo.setDissent(id, u"O-1"_s, u"Chie held 4: the charter is signed."_s));
    const ReportData data = ReportData::collect(t.db(), m_catalogue, id, QString(), language).value();

    const QString pdf = t.dir() + u"/workshop.pdf"_s;
    QVERIFY(ReportWriter::write(data, pdf, ReportWriter::Format::Pdf));
    const QString text = run(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY2(text.contains(heading), qPrintable(text.right(3000)));
    QVERIFY(text.contains(u"2 ×1, 3 ×1, 4 ×1"_s));
    QVERIFY(text.contains(u"Chie held 4: the charter is signed."_s));
    QVERIFY(text.contains(u"2–4 (3)"_s)); // the appendix's range for O-1
    QVERIFY(!text.contains(u"0–4"_s)); // O-3 was never revealed
    QVERIFY(!text.contains(u"Aiko"_s)); // anonymous

    // Named only when the exporter chooses so.
    ReportData named = data;
    named.namedRatings = true;
    QVERIFY(ReportWriter::write(named, pdf, ReportWriter::Format::Pdf));
    const QString withNames = run(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY2(withNames.contains(u"Aiko 2, Ben 3, Chie 4"_s), qPrintable(withNames.right(2000)));

    const QString odt = t.dir() + u"/workshop.odt"_s;
    QVERIFY(ReportWriter::write(data, odt, ReportWriter::Format::Odt));
    const QString content = run(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    QVERIFY(content.contains(heading));
    QVERIFY(content.contains(u"Chie held 4"_s));

    const QString xlsx = t.dir() + u"/workshop.xlsx"_s;
    QVERIFY(ReportWriter::write(data, xlsx, ReportWriter::Format::Xlsx));
    QVERIFY(run(u"unzip"_s, {u"-l"_s, xlsx}).contains(u"xl/worksheets/sheet3.xml"_s));
    QVERIFY(run(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s}).contains(u"Chie held 4"_s));

    const QStringList csv = QString::fromUtf8(ReportWriter::csv(data)).split(u"\r\n"_s);
    QVERIFY2(csv.first().count(u',') == 11, qPrintable(csv.first())); // two columns more than without a workshop
}

#include "tst_report.moc"
