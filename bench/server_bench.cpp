// Shared-database benchmarks on a PostgreSQL server on this machine, each beside a reference
// that does the least the same job needs through the same driver, with the ratio: opening,
// a durable save of one answer, a change by another copy becoming visible, and the list of
// 100 teams × 10 assessments (as the owner, and as a member under row-level security). The
// server is the one scripts/bench starts (SIM3_TEST_POSTGRES); see README.md.
#include "BenchStats.h"

#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/PostgresTarget.h"
#include "storage/ServerAccess.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool onMaintenance(const PostgresTarget &server, const QString &sql, QTextStream &out)
{
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        server.applyTo(admin);
        ok = admin.open() && QSqlQuery(admin).exec(sql);
        if (!ok)
            out << "maintenance: " << admin.lastError().text() << Qt::endl;
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return ok;
}

void ratio(QTextStream &out, double ours, double reference)
{
    out << "  ratio ours / reference: " << Qt::fixed << qSetRealNumberPrecision(2) << ours / reference << Qt::endl;
}

// Waits, with the event loop running, until `arrived` or 5 s; the milliseconds it took.
double waitFor(const std::function<bool()> &arrived)
{
    QElapsedTimer timer;
    timer.start();
    while (!arrived() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString uri = qEnvironmentVariable("SIM3_TEST_POSTGRES");
    if (uri.isEmpty()) {
        out << "no server: scripts/bench starts one (SIM3_TEST_POSTGRES)" << Qt::endl;
        return 1;
    }
    const PostgresTarget server = PostgresTarget::parse(uri).value();
    const QString name = u"sim3_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!onMaintenance(server, u"CREATE DATABASE %1"_s.arg(name), out))
        return 1;
    PostgresTarget scratch = server;
    scratch.database = name;
    const QString address = scratch.display();
    int status = 0;
    {
        // The first open sets up the schema; every later one finds it.
        auto first = Database::open(address);
        if (!first) {
            out << first.error() << Qt::endl;
            return 1;
        }
        Database &db = *first.value();

        out << "== open a shared database (connect, check the schema version, access, LISTEN)" << Qt::endl;
        const double openOurs = benchMedian(
            out, "ours: Database::open", 30, [&] { auto d = Database::open(address); }, 100);
        int counter = 0;
        const double openReference = benchMedian(
            out, "reference: QPSQL connect + SELECT 1", 30,
            [&] {
                const QString c = u"ref-%1"_s.arg(counter++);
                {
                    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, c);
                    scratch.applyTo(raw);
                    raw.open();
                    QSqlQuery(raw).exec(u"SELECT 1"_s);
                }
                QSqlDatabase::removeDatabase(c);
            },
            100);
        ratio(out, openOurs, openReference);

        const qint64 team = TeamRepository(db).create(u"Bench team"_s)->id;
        const qint64 assessment
            = AssessmentRepository(db).create(team, u"Bench"_s, QDate(2026, 1, 1), u"sim3-v2i"_s)->id;
        out << "== save one answer durably (commit waits for the server's fsync)" << Qt::endl;
        AssessmentRepository repo(db);
        int level = 0;
        // As the window saves: against the version it read, which each save returns.
        Answer current;
        current.parameterId = u"O-1"_s;
        const double saveOurs = benchMedian(
            out, "ours: saveAnswerAt (version check, log)", 100,
            [&] {
                Answer a = current;
                a.level = level++ % 5;
                if (const auto saved = repo.saveAnswerAt(assessment, a, current.version, u"Bench"_s))
                    current = saved->answer;
            },
            5);
        QSqlQuery raw(db.connection());
        raw.exec(u"CREATE TABLE bench_reference (n BIGINT)"_s);
        const double saveReference = benchMedian(
            out, "reference: BEGIN, INSERT, COMMIT", 100,
            [&] {
                raw.exec(u"BEGIN"_s);
                raw.exec(u"INSERT INTO bench_reference VALUES (1)"_s);
                raw.exec(u"COMMIT"_s);
            },
            5);
        ratio(out, saveOurs, saveReference);

        out << "== a change by another copy, visible here (LISTEN / NOTIFY)" << Qt::endl;
        auto otherOpened = Database::open(address);
        Database &other = *otherOpened.value();
        AssessmentRepository otherRepo(other);
        const double seenOurs = benchMedian(
            out, "ours: saved there, noticed here", 30,
            [&] {
                const qint64 before = db.dataVersion().value();
                Answer a = otherRepo.load(assessment)->answers.value(u"O-2"_s);
                a.parameterId = u"O-2"_s;
                a.level = level++ % 5;
                static_cast<void>(otherRepo.saveAnswer(assessment, a, u"Other"_s));
                waitFor([&] { return db.dataVersion().value() != before; });
            },
            1000);
        QSqlDatabase listener = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-listener"_s);
        scratch.applyTo(listener);
        listener.open();
        int heard = 0;
        listener.driver()->subscribeToNotification(u"bench_channel"_s);
        QObject::connect(listener.driver(), &QSqlDriver::notification, [&heard] { ++heard; });
        QSqlQuery notify(other.connection());
        const double seenReference = benchMedian(
            out, "reference: NOTIFY there, heard here", 30,
            [&] {
                const int before = heard;
                notify.exec(u"NOTIFY bench_channel"_s);
                waitFor([&] { return heard != before; });
            },
            1000);
        ratio(out, seenOurs, seenReference);

        out << "== list 100 teams × 10 assessments" << Qt::endl;
        {
            SqlTransaction fill(db);
            for (int t = 0; t < 100; ++t) {
                const qint64 id = TeamRepository(db).create(u"Team %1"_s.arg(t, 3, 10, QChar(u'0')))->id;
                for (int i = 0; i < 10; ++i)
                    static_cast<void>(AssessmentRepository(db).create(
                        id, u"Review %1"_s.arg(2016 + i), QDate(2016 + i, 3, 1), u"sim3-v2i"_s));
            }
            static_cast<void>(fill.commit());
        }
        const auto list = [](Database &d) {
            static_cast<void>(TeamRepository(d).all());
            static_cast<void>(AssessmentRepository(d).all());
            static_cast<void>(AssessmentRepository(d).answeredCounts());
        };
        const double listOurs = benchMedian(
            out, "ours: teams, assessments, answer counts (owner)", 30, [&] { list(db); }, 100);
        const double listReference = benchMedian(
            out, "reference: SELECT * FROM teams; assessments", 30,
            [&] {
                QSqlQuery q(db.connection());
                q.exec(u"SELECT * FROM teams"_s);
                while (q.next()) { }
                q.exec(u"SELECT * FROM assessments"_s);
                while (q.next()) { }
            },
            100);
        ratio(out, listOurs, listReference);
        // The same as a member of ten teams, with row-level security on.
        const QString role = name + u"_member"_s;
        QSqlQuery(db.connection()).exec(u"CREATE ROLE %1 LOGIN"_s.arg(role));
        static_cast<void>(ServerAccess::init(db));
        for (int t = 0; t < 10; ++t)
            static_cast<void>(ServerAccess::grant(
                db, {u"Team %1"_s.arg(t * 10, 3, 10, QChar(u'0')), role, ServerAccess::Level::Assessor}));
        PostgresTarget asMember = scratch;
        asMember.user = role;
        auto member = Database::open(asMember.display());
        if (member) {
            benchMedian(
                out, "ours as a member of 10 teams (row-level security)", 30, [&] { list(*member.value()); }, 100);
            member.value().reset();
        } else {
            out << member.error() << Qt::endl;
            status = 1;
        }
        QSqlQuery(db.connection()).exec(u"DROP OWNED BY %1"_s.arg(role));
        QSqlQuery(db.connection()).exec(u"DROP ROLE %1"_s.arg(role));
        listener.close();
    }
    QSqlDatabase::removeDatabase(u"bench-listener"_s);
    onMaintenance(server, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name), out);
    return status;
}
