// The management report against the spreadsheet route (issue 13): `sim3-workbench report` of
// the demo assessment, process start included, alternating with LibreOffice converting an
// equivalent workbook (bench/reference_workbook.py: 45 rows, a summary, a radar and a bar chart,
// made with python3-xlsxwriter from the same assessment) with `soffice --headless --convert-to`.
// PDF against PDF, and our editable ODT against LibreOffice's own ODS; English and Japanese.
// Goal: our report at least 10x faster. Needs libreoffice-calc-nogui and python3-xlsxwriter
// (scripts/bench installs them); without them it says so and measures nothing.
#include "BenchStats.h"

#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds from starting `program` to its exit; fatal if it fails.
double run(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s %s failed: %s", qUtf8Printable(program), qUtf8Printable(arguments.join(u' ')),
            p.readAllStandardError().constData());
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString python()
{
    // Debian's interpreter, which python3-xlsxwriter is installed for (not a user's pyenv).
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s
                                                    : QStandardPaths::findExecutable(u"python3"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty() || python().isEmpty()
        || QProcess::execute(python(), {u"-c"_s, u"import xlsxwriter"_s}) != 0) {
        out << "skipped: needs soffice (libreoffice-calc-nogui) and python3-xlsxwriter; scripts/bench installs them"
            << Qt::endl;
        return 0;
    }
    QTemporaryDir dir;
    const QString home = dir.path();
    const QString db = dir.filePath(u"demo.sqlite"_s);
    const QString ours = QStringLiteral(SIM3_EXECUTABLE);
    qint64 assessment = 0;
    {
        auto opened = Database::open(db);
        const auto demo = opened ? DemoData::create(*opened.value(), u"en"_s) : Result<DemoData::Created>::failure({});
        if (!demo) {
            out << "could not create the demo database" << Qt::endl;
            return 1;
        }
        assessment = demo->assessmentIds.last();
    }
    const QString profile = u"-env:UserInstallation=file://"_s + dir.filePath(u"libreoffice"_s);
    constexpr int Rounds = 5;
    out << "report against LibreOffice converting an equivalent workbook (medians of " << Rounds
        << " alternating runs, process start included):" << Qt::endl;
    for (const QString &language : {u"en"_s, u"ja"_s}) {
        // The workbook from the same assessment, in the same language.
        const QString csv = dir.filePath(u"assessment-%1.csv"_s.arg(language));
        const QString workbook = dir.filePath(u"workbook-%1.xlsx"_s.arg(language));
        run(ours,
            {u"export"_s, QString::number(assessment), u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--lang"_s, language,
                u"--db"_s, db},
            home);
        run(python(), {QStringLiteral(SIM3_SOURCE_DIR "/bench/reference_workbook.py"), csv, workbook}, home);
        for (const auto &[ourFormat, theirFormat] : {std::pair{u"pdf"_s, u"pdf"_s}, std::pair{u"odt"_s, u"ods"_s}}) {
            const QStringList mine{u"report"_s, QString::number(assessment), u"--out"_s,
                dir.filePath(u"report.%1"_s.arg(ourFormat)), u"--lang"_s, language, u"--db"_s, db};
            const QStringList theirs{profile, u"--headless"_s, u"--convert-to"_s, theirFormat, u"--outdir"_s,
                dir.filePath(u"converted"_s), workbook};
            run(soffice, theirs, home); // its profile made, its caches warm
            run(ours, mine, home);
            QList<double> reference;
            QList<double> report;
            for (int i = 0; i < Rounds; ++i) {
                reference.append(run(soffice, theirs, home));
                report.append(run(ours, mine, home));
            }
            const double o = medianOf(report);
            const double r = medianOf(reference);
            out << "  " << Qt::left << qSetFieldWidth(12) << (ourFormat.toUpper() + u" ("_s + language + u')')
                << qSetFieldWidth(0) << Qt::fixed << qSetRealNumberPrecision(0) << o << " ms  (soffice to "
                << theirFormat << ' ' << r << " ms)  " << qSetRealNumberPrecision(1) << r / o << "x faster (goal 10x)"
                << Qt::endl;
        }
    }
    return 0;
}
