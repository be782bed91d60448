#include "catalogue/ModelCatalogue.h"
#include "exchange/CsvExporter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A small RFC 4180 reader, enough to check what a spreadsheet will see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class tst_CsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void onePerParameter_data();
    void onePerParameter();
    void contentSurvivesParsing();
};

void tst_CsvExporter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Mandate"_s << u"Mandate"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("japanese") << u"組織"_s << u"組織"_s;
    QTest::newRow("formula") << u"=SUM(A1)"_s << u"\"'=SUM(A1)\""_s;
    QTest::newRow("plus") << u"+1"_s << u"\"'+1\""_s;
    QTest::newRow("minus") << u"-cmd"_s << u"\"'-cmd\""_s;
    QTest::newRow("at") << u"@import"_s << u"\"'@import\""_s;
    QTest::newRow("formula later is fine") << u"a=b"_s << u"a=b"_s;
}

void tst_CsvExporter::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::field(value), expected);
}

void tst_CsvExporter::onePerParameter_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("rows");
    QTest::newRow("v2i en") << u"sim3-v2i"_s << u"en"_s << 45;
    QTest::newRow("v2i ja") << u"sim3-v2i"_s << u"ja"_s << 45;
    QTest::newRow("v1 en") << u"sim3-v1"_s << u"en"_s << 44;
}

void tst_CsvExporter::onePerParameter()
{
    QFETCH(QString, model);
    QFETCH(QString, language);
    QFETCH(int, rows);
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    Assessment a;
    a.modelId = model;
    const QByteArray csv = CsvExporter::write(a, *catalogue.find(model), language);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> parsed = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(parsed.size(), rows + 1);
    for (const QStringList &row : parsed)
        QCOMPARE(row.size(), parsed.first().size());
    QCOMPARE(parsed.at(1).at(0), u"O-1"_s);
    QCOMPARE(parsed.at(1).at(2), language == u"ja"_s ? u"任務（マンデート）"_s : u"Mandate"_s);
}

void tst_CsvExporter::contentSurvivesParsing()
{
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    Assessment a;
    a.modelId = u"sim3-v2i"_s;
    Answer o1;
    o1.parameterId = u"O-1"_s;
    o1.level = 3;
    o1.comment = u"Line 1\nLine \"2\", with comma 👍"_s;
    o1.evidence = {Evidence{0, QString(), u"Charter"_s, u"https://x/charter.pdf"_s, QDate(2026, 1, 5)},
        Evidence{0, QString(), u"Minutes"_s, QString(), QDate()}};
    Answer p2;
    p2.parameterId = u"P-2"_s;
    p2.notApplicable = true;
    p2.justification = u"=HYPERLINK(\"http://evil\")"_s;
    a.answers.insert(o1.parameterId, o1);
    a.answers.insert(p2.parameterId, p2);
    const QList<QStringList> rows
        = parseCsv(QString::fromUtf8(CsvExporter::write(a, *catalogue.find(u"sim3-v2i"_s), u"en"_s).mid(3)));
    const QStringList &header = rows.first();
    const QStringList &first = rows.at(1);
    QCOMPARE(first.at(header.indexOf(u"Level"_s)), u"3"_s);
    QCOMPARE(first.at(header.indexOf(u"Level meaning"_s)), u"Explicit, formalised"_s);
    QCOMPARE(first.at(header.indexOf(u"Comment"_s)), o1.comment);
    QCOMPARE(first.at(header.indexOf(u"Evidence"_s)), u"Charter <https://x/charter.pdf> (2026-01-05)\nMinutes"_s);
    QStringList p2row;
    for (const QStringList &r : rows) {
        if (r.first() == u"P-2"_s)
            p2row = r;
    }
    QCOMPARE(p2row.at(header.indexOf(u"Not applicable"_s)), u"yes"_s);
    QCOMPARE(p2row.at(header.indexOf(u"Justification"_s)), u"'=HYPERLINK(\"http://evil\")"_s);
    QCOMPARE(p2row.at(header.indexOf(u"Level"_s)), QString());
}

QTEST_APPLESS_MAIN(tst_CsvExporter)
#include "tst_csvexporter.moc"
