// Start to a painted, usable window against the floor of Qt itself (sim3-bench-start-floor: an
// empty QMainWindow of the same size), run alternately, offscreen and, when DISPLAY names an X
// server, on it, and the ratio of the medians.
// Goal (issue 13): at most 1.8× the floor with the questionnaire reopened on 10 assessments,
// and at most 2× on the assessment list of 1,000.
#include "BenchLargeDatabase.h"
#include "BenchStats.h"

#include "demo/DemoData.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

qint64 nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Milliseconds from starting `program` to its "painted" line.
double startToPaint(const QString &program, const QStringList &arguments, const QString &home, const QString &platform)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, platform);
    env.insert(u"SIM3_BENCH_QUIT_WHEN_PAINTED"_s, u"1"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    p.setProcessEnvironment(env);
    const qint64 started = nowNs();
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        qFatal("%s did not end", qUtf8Printable(program));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = out.indexOf(u"painted "_s);
    if (at < 0)
        qFatal("%s painted nothing: %s", qUtf8Printable(program), p.readAllStandardError().constData());
    const qint64 painted = out.mid(at + 8).section(u'\n', 0, 0).trimmed().toLongLong();
    return static_cast<double>(painted - started) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    // Who is at the keyboard is known, as after the first start.
    QDir().mkpath(dir.filePath(u"config/sim3-workbench"_s));
    QFile config(dir.filePath(u"config/sim3-workbench/sim3-workbench.conf"_s));
    if (config.open(QIODevice::WriteOnly))
        config.write("[user]\nname=Bench\n");
    config.close();

    // Ten assessments, the last one open in the questionnaire when the window closed.
    const QString small = dir.filePath(u"ten.sqlite"_s);
    {
        auto db = Database::open(small);
        if (!db || !DemoData::create(*db.value(), u"en"_s)) {
            out << "could not create the small database" << Qt::endl;
            return 1;
        }
        SettingsRepository settings(*db.value());
        if (!settings.setValue(u"session/assessment"_s, u"3"_s)
            || !settings.setValue(u"session/parameter"_s, u"O-1"_s)) {
            out << "could not store where the window was" << Qt::endl;
            return 1;
        }
    }
    const QString large = dir.filePath(u"thousand.sqlite"_s);
    if (makeLargeDatabase(large, 1000) == 0) {
        out << "could not create the large database" << Qt::endl;
        return 1;
    }

    const QString floorProgram = QStringLiteral(SIM3_FLOOR);
    const QString ours = QStringLiteral(SIM3_EXECUTABLE);
    constexpr int Rounds = 21;
    // Offscreen always; on an X server too when there is one (DISPLAY, for example xvfb-run).
    QStringList platforms{u"offscreen"_s};
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        platforms.append(u"xcb"_s);
    const QList<std::pair<QString, QStringList>> cases{
        {u"questionnaire reopened (demo team)"_s, {u"--db"_s, small}},
        {u"assessment list, 1,000 assessments"_s, {u"--db"_s, large}},
    };
    for (const QString &platform : std::as_const(platforms)) {
        out << "start to a painted window, " << platform << " (medians of " << Rounds
            << " alternating runs):" << Qt::endl;
        for (const auto &[name, arguments] : cases) {
            QList<double> floor;
            QList<double> textFloor;
            QList<double> program;
            startToPaint(ours, arguments, dir.path(), platform); // warm the caches
            startToPaint(floorProgram, {}, dir.path(), platform);
            for (int i = 0; i < Rounds; ++i) {
                floor.append(startToPaint(floorProgram, {}, dir.path(), platform));
                textFloor.append(startToPaint(floorProgram, {u"--text"_s}, dir.path(), platform));
                program.append(startToPaint(ours, arguments, dir.path(), platform));
            }
            const double f = medianOf(floor);
            const double t = medianOf(textFloor);
            const double o = medianOf(program);
            out << "  " << Qt::left << qSetFieldWidth(40) << name << qSetFieldWidth(0) << Qt::fixed
                << qSetRealNumberPrecision(1) << o << " ms  (bare QMainWindow " << f << " ms)  ratio "
                << qSetRealNumberPrecision(2) << o / f << "; with one paragraph of text " << qSetRealNumberPrecision(1)
                << t << " ms, ratio " << qSetRealNumberPrecision(2) << o / t << Qt::endl;
        }
    }
    return 0;
}
