// The command line at 1,000 assessments against the program's own floor: each command and
// `sim3-workbench --version` (the same process start, no database) run alternately, and the
// ratio of the medians printed. Goal (issue 13): list, summary and export at most 1.5× --version.
#include "BenchLargeDatabase.h"
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

double runOnce(const QStringList &arguments)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(SIM3_EXECUTABLE), arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal(
            "sim3-workbench %s failed: %s", qUtf8Printable(arguments.join(u' ')), p.readAllStandardError().constData());
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"bench.sqlite"_s);
    const qint64 last = makeLargeDatabase(db, 1000);
    if (last == 0) {
        out << "could not create the benchmark database" << Qt::endl;
        return 1;
    }
    const QString id = QString::number(last);
    const QList<std::pair<QString, QStringList>> commands{
        {u"list"_s, {u"list"_s, u"--db"_s, db}},
        {u"summary"_s, {u"summary"_s, id, u"--db"_s, db}},
        {u"export (json)"_s,
            {u"export"_s, id, u"--format"_s, u"json"_s, u"--out"_s, dir.filePath(u"a.json"_s), u"--db"_s, db}},
        {u"check (the full integrity check)"_s, {u"check"_s, u"--db"_s, db}},
    };
    constexpr int Rounds = 15;
    out << "command line at 1,000 assessments, against --version (medians of " << Rounds
        << " alternating runs, process start included):" << Qt::endl;
    for (const auto &[name, arguments] : commands) {
        QList<double> floor;
        QList<double> ours;
        runOnce(arguments); // warm the page cache
        for (int i = 0; i < Rounds; ++i) {
            floor.append(runOnce({u"--version"_s}));
            ours.append(runOnce(arguments));
        }
        const double f = medianOf(floor);
        const double o = medianOf(ours);
        out << "  " << Qt::left << qSetFieldWidth(36) << name << qSetFieldWidth(0) << Qt::fixed
            << qSetRealNumberPrecision(1) << o << " ms  (--version " << f << " ms)  ratio "
            << qSetRealNumberPrecision(2) << o / f << Qt::endl;
    }
    return 0;
}
