// Storage benchmarks: opening a database of 1,000 assessments, saving one answer durably, and
// loading one assessment with all its answers and evidence. Prints medians; see README.md.
#include "BenchLargeDatabase.h"
#include "BenchStats.h"

#include "catalogue/ModelCatalogue.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("SIM3_BENCH_KEEP"));
    const QString path = dir.filePath(u"bench.sqlite"_s);
    const Sim3Model model = *ModelCatalogue::bundled().find(u"sim3-v2i"_s);

    const qint64 lastId = makeLargeDatabase(path, 1000);
    if (lastId == 0) {
        out << "could not create the benchmark database" << Qt::endl;
        return 1;
    }
    out << "Database " << path << " with 1,000 assessments of 45 answers (90,000 evidence items), "
        << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;

    // Until the window can show (its check starts once it is painted); closing is not timed.
    std::vector<std::unique_ptr<Database>> open;
    benchMedian(
        out, "open 1,000 assessments (GUI, check after the first paint)", 31,
        [&] {
            auto opened = Database::open(path, Database::Verification::BeforeFirstWrite);
            if (!opened)
                qFatal("%s", qUtf8Printable(opened.error()));
            open.push_back(std::move(opened).value());
        },
        50);
    open.clear();
    benchMedian(
        out, "open 1,000 assessments (with integrity_check)", 31,
        [&] {
            auto opened = Database::open(path);
            Q_ASSERT(opened.isOk());
        },
        100);
    benchMedian(
        out, "integrity check alone (worker thread)", 31,
        [&] {
            const Status intact = IntegrityCheck::run(path);
            Q_ASSERT(intact.isOk());
        },
        100);

    auto opened = Database::open(path);
    Database &db = *opened.value();
    AssessmentRepository repo(db);
    int level = 0;
    benchMedian(
        out, "save one answer durably (commit, fsync)", 201,
        [&] {
            Answer answer = repo.load(lastId)->answers.value(u"T-4"_s);
            answer.level = (++level) % 5;
            const Status saved = repo.saveAnswer(lastId, answer, u"bench"_s);
            Q_ASSERT(saved.isOk());
        },
        5 + 20);
    // The line above includes one load; this one measures the save alone.
    Answer answer = repo.load(lastId)->answers.value(u"T-4"_s);
    benchMedian(
        out, "save one answer durably, without the load", 201,
        [&] {
            answer.level = (++level) % 5;
            const Status saved = repo.saveAnswer(lastId, answer, u"bench"_s);
            Q_ASSERT(saved.isOk());
        },
        5);
    // The same save against the version it read (what the questionnaire does): the check for
    // another person's change is one comparison inside the same transaction.
    qint64 version = repo.load(lastId)->answers.value(u"T-4"_s).version;
    benchMedian(
        out, "save one answer durably against the version read", 201,
        [&] {
            answer.level = (++level) % 5;
            const auto saved = repo.saveAnswerAt(lastId, answer, version, u"bench"_s);
            Q_ASSERT(saved.isOk() && !saved->conflict);
            version = saved->answer.version;
        },
        5);
    // Noticing other copies' changes, once a second: data_version beside the cheapest query.
    QSqlQuery one(db.connection());
    const double reference = benchMedian(
        out, "a query of one constant (SELECT 1, reference)", 2001,
        [&] {
            const bool ok = one.exec(u"SELECT 1"_s) && one.next();
            Q_ASSERT(ok);
            one.finish();
        },
        0.1);
    const double dataVersion = benchMedian(
        out, "has anyone else changed the file? (PRAGMA data_version)", 2001,
        [&] {
            const Result<qint64> v = db.dataVersion();
            Q_ASSERT(v.isOk());
        },
        0.1);
    out << "  data_version " << Qt::fixed << qSetRealNumberPrecision(1) << dataVersion * 1000 << " µs, SELECT 1 "
        << reference * 1000 << " µs, ratio " << qSetRealNumberPrecision(2) << dataVersion / reference << Qt::endl;
    benchMedian(
        out, "load one assessment with answers and evidence", 201,
        [&] {
            const auto loaded = repo.load(lastId);
            Q_ASSERT(loaded.isOk() && loaded->answers.size() == 45);
        },
        20);
    return 0;
}
