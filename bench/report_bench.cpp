// Report benchmarks: building the document, and writing each format, for the demo team's
// newest assessment (45 parameters). The README also times the whole command line, process
// start included. See README.md.
#include "BenchGui.h"
#include "BenchStats.h"

#include "demo/DemoData.h"
#include "report/ReportBuilder.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    BenchGui gui(argc, argv);
    if (!gui.ok())
        return 1;
    QTextStream &out = gui.out();
    BenchDemo &bench = gui.demo();
    Database &db = bench.db();
    const DemoData::Created *demo = &bench.demo();
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    for (const QString &language : {u"en"_s, u"ja"_s}) {
        const ReportData data
            = ReportData::collect(db, catalogue, demo->assessmentIds.last(), QString(), language).value();
        out << "report in " << language << ":" << Qt::endl;
        benchMedian(
            out, "  build the document", 7,
            [&] {
                const ReportContent content(data);
                const ReportTexts texts(data.language);
                ReportBuilder builder(content, texts, ReportBuilder::Charts::Vector);
                auto doc = builder.build(2000, 300.0 / 72.0);
            },
            500);
        benchMedian(
            out, "  PDF", 7,
            [&] {
                if (!ReportWriter::pdf(data))
                    qFatal("the report failed");
            },
            500);
        benchMedian(
            out, "  ODT", 7,
            [&] {
                if (!ReportWriter::odt(data))
                    qFatal("the report failed");
            },
            500);
        benchMedian(
            out, "  XLSX", 7,
            [&] {
                if (!ReportWriter::xlsx(data))
                    qFatal("the report failed");
            },
            500);
    }

    // The worst input an import accepts: every text at its limit, as one word without spaces
    // (the case Qt's line breaker handles worst), and every answer with the most evidence.
    ReportData worst = ReportData::collect(db, catalogue, demo->assessmentIds.last(), QString(), u"en"_s).value();
    for (Answer &a : worst.assessment.answers) {
        a.comment = QString(Answer::MaxLongText, u'x');
        a.actionOwner = QString(Answer::MaxShortText, u'o');
        a.evidence.clear();
        for (int i = 0; i < Answer::MaxEvidence; ++i)
            a.evidence.append(Evidence{0, QString(), QString(Answer::MaxShortText, u't'),
                QString(Answer::MaxLocation, u'l'), QDate(2026, 1, 1)});
        if (const Status valid = a.check(); !valid)
            qFatal("the worst case is not accepted input: %s", qUtf8Printable(valid.error()));
    }
    out << "worst accepted input (45 answers, 20,000-character words, 50 evidence items each):" << Qt::endl;
    benchMedian(
        out, "  PDF", 3,
        [&] {
            if (!ReportWriter::pdf(worst))
                qFatal("the report failed");
        },
        5000);
    benchMedian(
        out, "  ODT", 3,
        [&] {
            if (!ReportWriter::odt(worst))
                qFatal("the report failed");
        },
        5000);
    benchMedian(
        out, "  XLSX", 3,
        [&] {
            if (!ReportWriter::xlsx(worst))
                qFatal("the report failed");
        },
        5000);
    return 0;
}
