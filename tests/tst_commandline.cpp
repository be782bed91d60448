#include "cli/CommandLineTool.h"

#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/WorkshopRepository.h"

#include "TempDatabase.h"
#include "TestData.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = CommandLineTool(out, err).run(QStringList{u"sim3-workbench"_s} + arguments);
    return r;
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wantsCommandLine_data();
    void wantsCommandLine();
    void modelsWithoutDatabase();
    void listEmptyAndDemo();
    void exportImportRoundTrip();
    void usageErrors_data();
    void usageErrors();
    void errors_data();
    void errors();
    void addModel();
    void checkReadsTheWholeFile();
    void summary();
    void ratingsRoundTrip();
    void copyToServerAndBackKeepsEveryExport();
    void adminGrantsAndRevokesThroughTheCommandLine();
    void realProcessWithoutDisplay();
    void helpAndReadmeFollowTheCommandTable();
    void manPageFollowsTheHelp();
    void readOnlyFileAndFolderAreNamed_data();
    void readOnlyFileAndFolderAreNamed();
    void damagedIndexIsRefusedByEveryCommand_data();
    void damagedIndexIsRefusedByEveryCommand();

private:
    // A new, empty database of this run's engine (a file, or a scratch database on the test
    // server): the address to give --db.
    QString fresh();

    QTemporaryDir m_dir;
    QString m_db; // a file: the tests of files' own troubles use it
    std::vector<std::unique_ptr<TempDatabase>> m_fresh;
};

QString tst_CommandLine::fresh()
{
    m_fresh.push_back(std::make_unique<TempDatabase>());
    if (!m_fresh.back()->isOpen())
        qFatal("%s", qPrintable(m_fresh.back()->error()));
    return m_fresh.back()->path();
}

void tst_CommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(u"sim3-workbench"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    m_db = m_dir.filePath(u"cli.sqlite"_s);
}

void tst_CommandLine::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("cli");
    QTest::newRow("nothing") << QStringList{u"app"_s} << false;
    QTest::newRow("gui with db") << QStringList{u"app"_s, u"--db"_s, u"x.sqlite"_s} << false;
    QTest::newRow("models") << QStringList{u"app"_s, u"models"_s} << true;
    QTest::newRow("export") << QStringList{u"app"_s, u"export"_s, u"1"_s} << true;
    QTest::newRow("help") << QStringList{u"app"_s, u"--help"_s} << true;
    QTest::newRow("version") << QStringList{u"app"_s, u"-v"_s} << true;
}

void tst_CommandLine::wantsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, cli);
    QCOMPARE(CommandLineTool::wantsCommandLine(arguments), cli);
}

void tst_CommandLine::modelsWithoutDatabase()
{
    const Run r = run({u"models"_s, u"--json"_s});
    QCOMPARE(r.status, 0);
    const QJsonArray models = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(models.size(), 2);
    const QJsonObject v2 = models.at(1).toObject();
    QCOMPARE(v2.value(u"id"_s).toString(), u"sim3-v2i"_s);
    QCOMPARE(v2.value(u"parameters"_s).toInt(), 45);
    QCOMPARE(v2.value(u"categories"_s).toObject().value(u"O"_s).toInt(), 11);
    QCOMPARE(models.at(0).toObject().value(u"categories"_s).toObject().value(u"O"_s).toInt(), 10);

    const Run text = run({u"models"_s, u"--lang"_s, u"ja"_s});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains(u"SIM3 v2 暫定版"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"O 11, H 7, T 10, P 17"_s));
}

void tst_CommandLine::listEmptyAndDemo()
{
    const QString db = fresh();
    const Run empty = run({u"list"_s, u"--db"_s, db});
    QCOMPARE(empty.status, 0);
    QVERIFY(empty.out.contains(u"No teams yet"_s));
    QCOMPARE(run({u"list"_s, u"--json"_s, u"--db"_s, db}).out.trimmed(), u"[\n]"_s);

    const Run demo = run({u"demo"_s, u"--db"_s, db});
    QCOMPARE(demo.status, 0);
    QVERIFY(demo.out.contains(u"assessments 1, 2, 3"_s));
    const Run list = run({u"list"_s, u"--json"_s, u"--db"_s, db});
    const QJsonArray teams = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(teams.size(), 1);
    const QJsonArray assessments = teams.first().toObject().value(u"assessments"_s).toArray();
    QCOMPARE(assessments.size(), 3);
    QCOMPARE(assessments.at(2).toObject().value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(assessments.at(0).toObject().value(u"date"_s).toString(), u"2024-11-20"_s);
}

void tst_CommandLine::exportImportRoundTrip()
{
    const QString db = fresh();
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
    const QString json = m_dir.filePath(u"a.json"_s);
    const QString csv = m_dir.filePath(u"a.csv"_s);
    const Run exported = run({u"export"_s, u"3"_s, u"--format"_s, u"json"_s, u"--out"_s, json, u"--profile"_s,
        u"Target 2026"_s, u"--db"_s, db});
    QCOMPARE(exported.status, 0);
    QVERIFY(
        run({u"export"_s, u"3"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--lang"_s, u"ja"_s, u"--db"_s, db}).status
        == 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(csvFile.readAll()).contains(u"任務（マンデート）"_s));

    const QString other = fresh();
    const Run imported = run({u"import"_s, json, u"--db"_s, other});
    QCOMPARE(imported.status, 0);
    QVERIFY(imported.out.contains(u"new team"_s));
    QVERIFY(imported.out.contains(u"Target 2026"_s));
    const Run twice = run({u"import"_s, json, u"--db"_s, other});
    QCOMPARE(twice.status, 1);
    QVERIFY(twice.err.contains(u"already in the database"_s));

    const QString again = m_dir.filePath(u"b.json"_s);
    QCOMPARE(run({u"export"_s, u"1"_s, u"--format"_s, u"json"_s, u"--out"_s, again, u"--profile"_s, u"Target 2026"_s,
                     u"--db"_s, other})
                 .status,
        0);
    QFile a(json);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{u"--json"_s} << u"no command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s} << u"colour"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << u"exactly one argument"_s;
    QTest::newRow("list with argument") << QStringList{u"list"_s, u"extra"_s} << u"takes no arguments"_s;
    QTest::newRow("export without format")
        << QStringList{u"export"_s, u"1"_s, u"--out"_s, u"x.json"_s} << u"--format"_s;
    QTest::newRow("export without out") << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"csv"_s} << u"--out"_s;
    QTest::newRow("export bad format") << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"xml"_s, u"--out"_s, u"x"_s}
                                       << u"json or csv"_s;
    QTest::newRow("export bad id") << QStringList{u"export"_s, u"first"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"x"_s}
                                   << u"not an assessment id"_s;
    QTest::newRow("bad language") << QStringList{u"models"_s, u"--lang"_s, u"de"_s} << u"en or ja"_s;
    QTest::newRow("admin without what") << QStringList{u"admin"_s} << u"admin needs init"_s;
    QTest::newRow("admin grant without --as")
        << QStringList{u"admin"_s, u"grant"_s, u"Team"_s, u"aiko"_s} << u"--as reader"_s;
    QTest::newRow("admin grant without role") << QStringList{u"admin"_s, u"grant"_s, u"Team"_s} << u"TEAM and ROLE"_s;
    QTest::newRow("admin on a file") << QStringList{u"admin"_s, u"init"_s} << u"postgresql://"_s;
    QTest::newRow("copy without --to") << QStringList{u"copy"_s, u"--from"_s, u"x.sqlite"_s} << u"copy needs"_s;
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments + QStringList{u"--db"_s, m_db});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(u"Usage:"_s));
    QVERIFY(r.out.isEmpty());
}

void tst_CommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("import missing file") << QStringList{u"import"_s, u"/nonexistent.json"_s} << u"Cannot read"_s;
    QTest::newRow("import broken file") << QStringList{u"import"_s,
        TestData::path(u"exchange/broken/07-unknown-parameter.json"_s)}
                                        << u"/assessment/answers/0/parameter"_s;
    QTest::newRow("export unknown id") << QStringList{u"export"_s, u"77"_s, u"--format"_s, u"csv"_s, u"--out"_s,
        u"/tmp/x.csv"_s} << u"no assessment with id 77"_s;
    QTest::newRow("export over the open database")
        << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"json"_s, u"--out"_s, m_db} << u"open database"_s;
    QTest::newRow("export over its -wal file") << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"json"_s, u"--out"_s,
        m_db + u"-wal"_s} << u"open database"_s;
    QTest::newRow("database is not ours")
        << QStringList{u"list"_s, u"--db"_s, TestData::path(u"exchange/valid-small.json"_s)} << u"not an SQLite file"_s;
}

void tst_CommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const bool overDatabase = arguments.contains(m_db) || arguments.contains(m_db + u"-wal"_s);
    if (overDatabase && !run({u"list"_s, u"--db"_s, m_db}).out.contains(u"Team 1"_s))
        QCOMPARE(run({u"demo"_s, u"--db"_s, m_db}).status, 0); // once: the demo is refused a second time
    if (!arguments.contains(u"--db"_s))
        arguments << u"--db"_s << m_db;
    const Run r = run(arguments);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Usage:"_s));
    // The database is still whole and still ours.
    if (overDatabase)
        QCOMPARE(run({u"list"_s, u"--db"_s, m_db}).status, 0);
}

void tst_CommandLine::addModel()
{
    const QString db = fresh();
    const Run added = run({u"add-model"_s, TestData::path(u"models/custom-minimal.json"_s), u"--db"_s, db});
    QCOMPARE(added.status, 0);
    QVERIFY(added.out.contains(u"national-ext"_s));
    const Run models = run({u"models"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(QJsonDocument::fromJson(models.out.toUtf8()).array().size(), 3);
    const Run broken
        = run({u"add-model"_s, TestData::path(u"models/broken/11-unknown-category.json"_s), u"--db"_s, db});
    QCOMPARE(broken.status, 1);
    QVERIFY(broken.err.contains(u"/parameters/1/category"_s));
}

// Reading commands no longer run the full integrity check; "check" does, and writing ones still
// do before their first write: a damaged file is named as such and left as it is.
void tst_CommandLine::checkReadsTheWholeFile()
{
    const QString db = m_dir.filePath(u"checked.sqlite"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
    const Run intact = run({u"check"_s, u"--db"_s, db});
    QCOMPARE(intact.status, 0);
    QVERIFY2(intact.out.contains(u"is intact"_s), qPrintable(intact.out));

    // Damage pages the list does not read: the answers' and the evidence's.
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
    }
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > qint64(4096) * 12);
        QVERIFY(f.seek(f.size() - qint64(4096) * 6));
        f.write(QByteArray(qsizetype(4096) * 4, '\x5A'));
    }
    const QByteArray before = TestData::fileHash(db);
    const Run damaged = run({u"check"_s, u"--db"_s, db});
    QCOMPARE(damaged.status, 1);
    QVERIFY2(damaged.err.contains(u"damaged"_s), qPrintable(damaged.err));
    const Run written = run({u"demo"_s, u"--lang"_s, u"ja"_s, u"--db"_s, db});
    QCOMPARE(written.status, 1);
    QVERIFY2(written.err.contains(u"damaged"_s), qPrintable(written.err));
    QCOMPARE(TestData::fileHash(db), before);
}

void tst_CommandLine::summary()
{
    const QString db = fresh();
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
    const Run r = run({u"summary"_s, u"3"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(r.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"profile"_s).toObject().value(u"name"_s).toString(), u"Target 2026"_s);
    const QJsonObject overall = root.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"parameters"_s).toInt(), 45);
    QCOMPARE(overall.value(u"notApplicable"_s).toInt(), 0);
    QCOMPARE(overall.value(u"answered"_s).toInt(), 45);
    QCOMPARE(overall.value(u"withTarget"_s).toInt(), 45);
    QCOMPARE(overall.value(u"meetingTarget"_s).toInt() + overall.value(u"belowTarget"_s).toInt(), 45);
    const QJsonArray categories = root.value(u"categories"_s).toArray();
    QCOMPARE(categories.size(), 4);
    QCOMPARE(categories.at(0).toObject().value(u"parameters"_s).toInt(), 11);
    const QJsonArray parameters = root.value(u"parameters"_s).toArray();
    QCOMPARE(parameters.size(), 45);
    QJsonObject o6;
    for (const auto &v : parameters) {
        if (v.toObject().value(u"id"_s).toString() == u"O-6"_s)
            o6 = v.toObject();
    }
    // The demo rates O-6 (the media policy) like every other parameter: 2 against a target of 3.
    QCOMPARE(o6.value(u"state"_s).toString(), u"below"_s);
    QCOMPARE(o6.value(u"current"_s).toInt(), 2);
    QCOMPARE(o6.value(u"gap"_s).toInt(), 1);

    // A parameter the team marks not applicable leaves every count but "notApplicable" and is
    // listed as such, end to end (the demo itself models good practice and has none).
    {
        auto opened = Database::open(db);
        QVERIFY(opened.isOk());
        AssessmentRepository repo(*opened.value());
        Answer p2 = repo.load(3).value().answers.value(u"P-2"_s);
        p2.parameterId = u"P-2"_s;
        p2.level.reset();
        p2.notApplicable = true;
        p2.justification = u"No press contact: an internal team of a bank's IT, the bank speaks."_s;
        QVERIFY(repo.saveAnswer(3, p2, u"test"_s).isOk());
    }
    const Run withNa = run({u"summary"_s, u"3"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(withNa.status, 0);
    const QJsonObject naRoot = QJsonDocument::fromJson(withNa.out.toUtf8()).object();
    const QJsonObject naOverall = naRoot.value(u"overall"_s).toObject();
    QCOMPARE(naOverall.value(u"notApplicable"_s).toInt(), 1);
    QCOMPARE(naOverall.value(u"answered"_s).toInt(), 44); // with a level
    QCOMPARE(naOverall.value(u"withTarget"_s).toInt(), 44);
    QCOMPARE(naOverall.value(u"meetingTarget"_s).toInt() + naOverall.value(u"belowTarget"_s).toInt(), 44);
    int p2Rows = 0;
    for (const auto &v : naRoot.value(u"parameters"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == u"P-2"_s) {
            ++p2Rows;
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"not-applicable"_s);
            QVERIFY(!v.toObject().contains(u"gap"_s) || v.toObject().value(u"gap"_s).isNull());
        }
    }
    QCOMPARE(p2Rows, 1);

    const Run text = run({u"summary"_s, u"1"_s, u"--profile"_s, u"Target 2026"_s, u"--lang"_s, u"ja"_s, u"--db"_s, db});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains(u"組織"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"O-6"_s));

    const Run unknown = run({u"summary"_s, u"3"_s, u"--profile"_s, u"Nope"_s, u"--db"_s, db});
    QCOMPARE(unknown.status, 1);
    QVERIFY(unknown.err.contains(u"Nope"_s));
    QCOMPARE(run({u"summary"_s, u"--db"_s, db}).status, 2);
    QCOMPARE(run({u"summary"_s, u"99"_s, u"--db"_s, db}).status, 1);
}

// Every assessment of the database, exported as sim3-assessment JSON: the bytes of each file.
QList<QByteArray> exportsOf(const QString &db, const QString &folder)
{
    QList<QByteArray> files;
    for (const QString &id : {u"1"_s, u"2"_s, u"3"_s, u"4"_s}) {
        const QString file = folder + u"/export-"_s + id + u".json"_s;
        // The demo team's assessments with its target profile; the workshop's (4) without.
        QStringList arguments{u"export"_s, id, u"--format"_s, u"json"_s, u"--out"_s, file, u"--db"_s, db};
        if (id != u"4"_s)
            arguments << u"--profile"_s << u"Target 2026"_s;
        const Run r = run(arguments);
        if (r.status != 0)
            qFatal("export %s failed: %s", qPrintable(id), qPrintable(r.err));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        files.append(f.readAll());
        f.close();
        QFile::remove(file);
    }
    return files;
}

void tst_CommandLine::copyToServerAndBackKeepsEveryExport()
{
    const std::optional<PostgresTarget> server = testServer();
    if (noTestServer(server))
        return;
    // A file with the demo's three assessments and a Japanese workshop with its ratings.
    const QString file = m_dir.filePath(u"to-copy.sqlite"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, file}).status, 0);
    const Run workshop
        = run({u"import"_s, TestData::path(u"exchange/golden/workshop-ja/assessment.json"_s), u"--db"_s, file});
    QVERIFY2(workshop.status == 0, qPrintable(workshop.err));
    const QList<QByteArray> before = exportsOf(file, m_dir.path());
    const QString listBefore = run({u"list"_s, u"--json"_s, u"--db"_s, file}).out;

    TempDatabase shared(Database::Engine::PostgreSQL);
    QVERIFY2(shared.isOpen(), qPrintable(shared.error()));
    const Run up = run({u"copy"_s, u"--from"_s, file, u"--to"_s, shared.path()});
    QVERIFY2(up.status == 0, qPrintable(up.err));
    QVERIFY2(up.out.contains(u"Copied 2 teams, 4 assessments"_s), qPrintable(up.out));
    QCOMPARE(exportsOf(shared.path(), m_dir.path()), before);
    QCOMPARE(run({u"list"_s, u"--json"_s, u"--db"_s, shared.path()}).out, listBefore);
    // New rows on the server continue after the copied ids.
    const Run more = run({u"import"_s, TestData::path(u"exchange/golden/minimal-no-profile/assessment.json"_s),
        u"--db"_s, shared.path()});
    QVERIFY2(more.status == 0, qPrintable(more.err));
    QVERIFY(run({u"list"_s, u"--db"_s, shared.path()}).out.contains(u"   5  "_s));

    // A second copy into a database that holds teams is refused, and changes nothing.
    const Run twice = run({u"copy"_s, u"--from"_s, file, u"--to"_s, shared.path()});
    QCOMPARE(twice.status, 1);
    QVERIFY2(twice.err.contains(u"already holds"_s), qPrintable(twice.err));

    // And back into a new file: the same exports again.
    TempDatabase fresh(Database::Engine::PostgreSQL);
    QVERIFY(run({u"copy"_s, u"--from"_s, file, u"--to"_s, fresh.path()}).status == 0);
    const QString back = m_dir.filePath(u"back.sqlite"_s);
    const Run down = run({u"copy"_s, u"--from"_s, fresh.path(), u"--to"_s, back});
    QVERIFY2(down.status == 0, qPrintable(down.err));
    QCOMPARE(exportsOf(back, m_dir.path()), before);

    // A copy that cannot be made leaves no new file behind.
    const QString refused = m_dir.filePath(u"refused.sqlite"_s);
    const Run missing = run({u"copy"_s, u"--from"_s, m_dir.filePath(u"nothing.sqlite"_s), u"--to"_s, refused});
    QCOMPARE(missing.status, 1);
    QVERIFY(!QFile::exists(refused));
    QCOMPARE(run({u"copy"_s, u"--from"_s, file}).status, 2);
}

void tst_CommandLine::adminGrantsAndRevokesThroughTheCommandLine()
{
    const std::optional<PostgresTarget> server = testServer();
    if (noTestServer(server))
        return;
    TempDatabase shared(Database::Engine::PostgreSQL);
    QVERIFY2(shared.isOpen(), qPrintable(shared.error()));
    const QString db = shared.path();
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
    const Run init = run({u"admin"_s, u"init"_s, u"--db"_s, db});
    QVERIFY2(init.status == 0, qPrintable(init.err));
    const QString role = u"sim3_cli_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlQuery q(shared.db().connection());
    QVERIFY(q.exec(u"CREATE ROLE %1 LOGIN"_s.arg(role)));
    const auto dropRole = qScopeGuard([&] {
        q.exec(u"DROP OWNED BY %1"_s.arg(role));
        q.exec(u"DROP ROLE %1"_s.arg(role));
    });
    const QString team
        = run({u"list"_s, u"--json"_s, u"--db"_s, db}).out.section(u"\"name\": \""_s, 1).section(u'"', 0, 0);
    QVERIFY(!team.isEmpty());
    const Run granted = run({u"admin"_s, u"grant"_s, team, role, u"--as"_s, u"reader"_s, u"--db"_s, db});
    QVERIFY2(granted.status == 0, qPrintable(granted.err));
    QVERIFY(granted.out.contains(u"reader"_s));
    QVERIFY(run({u"admin"_s, u"list"_s, u"--db"_s, db}).out.contains(role + u'\t'));

    PostgresTarget asRole = PostgresTarget::parse(db).value();
    asRole.user = role;
    const Run seen = run({u"list"_s, u"--db"_s, asRole.display()});
    QVERIFY2(seen.status == 0 && seen.out.contains(team), qPrintable(seen.err));
    const Run notOwner = run({u"admin"_s, u"grant"_s, team, role, u"--as"_s, u"lead"_s, u"--db"_s, asRole.display()});
    QCOMPARE(notOwner.status, 1);
    QVERIFY(notOwner.err.contains(u"owner"_s));

    QCOMPARE(run({u"admin"_s, u"revoke"_s, team, role, u"--db"_s, db}).status, 0);
    const Run gone = run({u"list"_s, u"--db"_s, asRole.display()});
    QCOMPARE(gone.status, 1);
    QVERIFY2(gone.err.contains(u"no access"_s), qPrintable(gone.err));
}

void tst_CommandLine::ratingsRoundTrip()
{
    const QString db = fresh();
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
    const QString file = m_dir.filePath(u"ben.json"_s);
    // No participants yet: the message says what to do.
    const Run none = run({u"ratings"_s, u"3"_s, u"--participant"_s, u"Ben"_s, u"--out"_s, file, u"--db"_s, db});
    QCOMPARE(none.status, 1);
    QVERIFY2(none.err.contains(u"no participants yet"_s), qPrintable(none.err));
    QVERIFY(!QFile::exists(file));
    {
        auto opened = Database::open(db);
        QVERIFY(opened.isOk());
        QVERIFY(WorkshopRepository(*opened.value())
                    .setParticipants(3, {{0, QString(), u"Aiko"_s, QString()}, {0, QString(), u"Ben"_s, QString()}}));
    }
    QCOMPARE(run({u"ratings"_s, u"3"_s, u"--out"_s, file, u"--db"_s, db}).status, 2);
    const Run exported = run(
        {u"ratings"_s, u"3"_s, u"--participant"_s, u"Ben"_s, u"--out"_s, file, u"--lang"_s, u"ja"_s, u"--db"_s, db});
    QVERIFY2(exported.status == 0, qPrintable(exported.err));

    // Ben fills in his file elsewhere: O-1 at 4, O-2 N/A.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray ratings = root.value(u"ratings"_s).toArray();
    QCOMPARE(ratings.size(), 45);
    QJsonObject first = ratings.at(0).toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"任務（マンデート）"_s);
    first.insert(u"rating"_s, 4);
    ratings.replace(0, first);
    QJsonObject second = ratings.at(1).toObject();
    second.insert(u"rating"_s, u"na"_s);
    ratings.replace(1, second);
    root.insert(u"ratings"_s, ratings);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();

    const Run imported = run({u"import"_s, file, u"--db"_s, db});
    QVERIFY2(imported.status == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"2 rating(s) of Ben"_s), qPrintable(imported.out));
    QCOMPARE(run({u"import"_s, file, u"--db"_s, db}).status, 0); // again: the same ratings

    const auto o1 = [&] {
        const Run r = run({u"summary"_s, u"3"_s, u"--json"_s, u"--db"_s, db});
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"parameters"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == u"O-1"_s)
                return v.toObject().value(u"ratings"_s).toObject();
        }
        return QJsonObject();
    };
    const QJsonObject hidden = o1();
    QCOMPARE(hidden.value(u"rated"_s).toInt(), 1);
    QCOMPARE(hidden.value(u"revealed"_s).toBool(), false);
    QVERIFY(hidden.value(u"n"_s).isNull()); // hidden until revealed, here too
    {
        auto opened = Database::open(db);
        QVERIFY(opened.isOk());
        QVERIFY(WorkshopRepository(*opened.value()).reveal(3, u"O-1"_s, u"Facilitator"_s));
    }
    const QJsonObject shown = o1();
    QCOMPARE(shown.value(u"n"_s).toInt(), 1);
    QCOMPARE(shown.value(u"min"_s).toInt(), 4);
    QCOMPARE(shown.value(u"median"_s).toDouble(), 4.0);
    QCOMPARE(shown.value(u"counts"_s).toArray(), (QJsonArray{0, 0, 0, 0, 1}));
    QCOMPARE(shown.value(u"disputed"_s).toBool(), false);

    // A ratings file for an assessment this database does not hold changes nothing.
    root.insert(u"assessment"_s,
        QJsonObject{{u"uuid"_s, u"00000000-0000-4000-8000-000000000000"_s}, {u"modelId"_s, u"sim3-v2i"_s},
            {u"title"_s, u"Elsewhere"_s}});
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const Run foreign = run({u"import"_s, file, u"--db"_s, db});
    QCOMPARE(foreign.status, 1);
    QVERIFY2(foreign.err.contains(u"Elsewhere"_s), qPrintable(foreign.err));
}

void tst_CommandLine::realProcessWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SIM3_EXECUTABLE), {u"models"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("sim3-v2i"));

    p.start(QStringLiteral(SIM3_EXECUTABLE), {u"--version"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().startsWith("sim3-workbench "));

    p.start(QStringLiteral(SIM3_EXECUTABLE),
        {u"import"_s, u"/nonexistent.json"_s, u"--db"_s, m_dir.filePath(u"p.sqlite"_s)});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("Cannot read"));
    QVERIFY(p.readAllStandardOutput().isEmpty());

    // Both forms of --lang give Japanese throughout, messages included.
    for (const QString &form : {u"--lang=ja"_s, u"--lang ja"_s}) {
        p.start(QStringLiteral(SIM3_EXECUTABLE),
            QStringList{u"import"_s, u"/nonexistent.json"_s, u"--db"_s, m_dir.filePath(u"p.sqlite"_s)}
                + form.split(u' '));
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QString message = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(message.contains(u"読み込めません"_s), qPrintable(form + u": "_s + message));
    }

    // Output that cannot be written is a failure.
    p.setStandardOutputFile(u"/dev/full"_s);
    p.start(QStringLiteral(SIM3_EXECUTABLE), {u"models"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("could not be written"));
}

void tst_CommandLine::damagedIndexIsRefusedByEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("refused");
    // What only reads does not run the full check (it reads the whole file, and its cost grew
    // with the database): the rows it reads are intact, and SQLite reports damage on any page it
    // touches. What writes checks first, and "check" on request.
    QTest::newRow("list") << QStringList{u"list"_s} << false;
    QTest::newRow("models") << QStringList{u"models"_s} << false;
    QTest::newRow("summary") << QStringList{u"summary"_s, u"1"_s} << false;
    QTest::newRow("export") << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"OUT"_s} << false;
    QTest::newRow("report") << QStringList{u"report"_s, u"1"_s, u"--out"_s, u"OUT.csv"_s} << false;
    QTest::newRow("check") << QStringList{u"check"_s} << true;
    QTest::newRow("import") << QStringList{u"import"_s,
        TestData::path(u"exchange/golden/demo-ja-2025/assessment.json"_s)}
                            << true;
    QTest::newRow("demo") << QStringList{u"demo"_s} << true;
    QTest::newRow("add-model") << QStringList{u"add-model"_s, TestData::path(u"models/custom-minimal.json"_s)} << true;
}

// An index that no longer matches its table (quick_check cannot see it; integrity_check can)
// would let a duplicate in: every command that writes refuses the file, and none changes it.
void tst_CommandLine::damagedIndexIsRefusedByEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, refused);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"damaged.sqlite"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA writable_schema = ON"_s));
        QVERIFY(q.exec(u"UPDATE sqlite_master SET sql = 'CREATE INDEX assessments_team ON assessments(team_id, title)' "
                       "WHERE name = 'assessments_team'"_s));
        QVERIFY(q.exec(u"PRAGMA writable_schema = OFF"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    for (QString &a : arguments)
        a.replace(u"OUT"_s, dir.filePath(u"out"_s));
    const Run r = run(arguments + QStringList{u"--db"_s, db});
    QCOMPARE(r.status, refused ? 1 : 0);
    if (refused) {
        QVERIFY2(r.err.contains(u"is damaged"_s) && r.err.contains(u"assessments_team"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"out"_s)) && !QFile::exists(dir.filePath(u"out.csv"_s)));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_CommandLine::readOnlyFileAndFolderAreNamed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    // A file one may not write is read as it is: what reads works, what writes says why not.
    QTest::newRow("read-only file, listed") << u"file"_s << QStringList{u"list"_s} << 0 << QString();
    QTest::newRow("read-only file, reported")
        << u"file"_s << QStringList{u"report"_s, u"3"_s, u"--out"_s, u"OUT/report.pdf"_s} << 0 << QString();
    QTest::newRow("read-only file, written to")
        << u"file"_s << QStringList{u"demo"_s} << 1 << u"is open read-only: nothing in it can be changed"_s;
    QTest::newRow("read-only folder") << u"folder"_s << QStringList{u"list"_s} << 1
                                      << u"is read-only, so the database"_s;
}

// Permissions do not hold for root, and CI runs as root: there the program runs as the
// unprivileged user "nobody" (setpriv, util-linux), so that the check is made for real.
void tst_CommandLine::readOnlyFileAndFolderAreNamed()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    // Where a report may be written, by anyone.
    QTemporaryDir out;
    QVERIFY(QFile::setPermissions(out.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup));
    arguments.replaceInStrings(u"OUT"_s, out.path());
    QString db = dir.filePath(u"team.sqlite"_s);
    if (kind == u"file"_s) {
        QCOMPARE(run({u"demo"_s, u"--db"_s, db}).status, 0);
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else {
        QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
        QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s),
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
        db = dir.filePath(u"locked/new.sqlite"_s);
    }
    const QByteArray hashBefore = QFileInfo(db).isFile() ? TestData::fileHash(db) : QByteArray();
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir.path());
    p.setProcessEnvironment(env);
    arguments << u"--db"_s << db;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) runs the check as an unprivileged user");
        // A copy that "nobody" may run, wherever the build folder is.
        QTemporaryDir bin;
        const QString program = bin.filePath(u"sim3-workbench"_s);
        QVERIFY(QFile::copy(QStringLiteral(SIM3_EXECUTABLE), program));
        const auto readAndRun = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(bin.path(), readAndRun | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(program, readAndRun));
        p.start(setpriv, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, program} + arguments);
        QVERIFY(p.waitForFinished(30000));
    } else {
        p.start(QStringLiteral(SIM3_EXECUTABLE), arguments);
        QVERIFY(p.waitForFinished(30000));
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    if (!hashBefore.isEmpty())
        QCOMPARE(TestData::fileHash(db), hashBefore);
    if (arguments.first() == u"report"_s)
        QVERIFY(QFileInfo(out.filePath(u"report.pdf"_s)).size() > 10000);
    if (kind == u"folder"_s)
        QVERIFY(QDir(dir.filePath(u"locked"_s)).isEmpty());
}

// One table of commands: --help is written from it, and the README's list must say the same.
void tst_CommandLine::helpAndReadmeFollowTheCommandTable()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.status, 0);
    QFile readmeFile(TestData::sourcePath(u"README.md"_s));
    QVERIFY(readmeFile.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(readmeFile.readAll());
    QStringList names;
    for (const CommandLineTool::CommandHelp &c : CommandLineTool::commandHelp()) {
        names.append(c.name);
        const QString synopsis = u"sim3-workbench %1 %2\n"_s.arg(c.name, c.synopsis);
        const QString summary = u"\n    %1\n"_s.arg(c.summary);
        QVERIFY2(help.out.contains(u"  "_s + synopsis + u"      "_s + c.summary + u"\n"_s), qPrintable(c.name));
        QVERIFY2(readme.contains(u"\n"_s + synopsis.chopped(1) + summary),
            qPrintable(u"README.md's command list lacks or differs for: "_s + synopsis));
    }
    QCOMPARE(CommandLineTool::commands(), names);
    for (const QString &name : names)
        QVERIFY(CommandLineTool::wantsCommandLine({u"sim3-workbench"_s, name}));
}

// The man page's COMMANDS section says what --help says, line for line, and its OPTIONS
// section explains every option --help names.
void tst_CommandLine::manPageFollowsTheHelp()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.status, 0);
    QStringList helpEntries;
    QSet<QString> helpOptions;
    const QStringList helpLines = help.out.split(u'\n');
    for (qsizetype i = 0; i + 1 < helpLines.size(); ++i) {
        if (!helpLines.at(i).startsWith(u"  sim3-workbench"_s))
            continue;
        helpEntries.append(helpLines.at(i).trimmed() + u" | "_s + helpLines.at(i + 1).trimmed());
        const QRegularExpression option(u"--[a-z]+"_s);
        for (auto m = option.globalMatch(helpLines.at(i)); m.hasNext();)
            helpOptions.insert(m.next().captured());
    }
    QVERIFY(helpEntries.size() > 10);

    QFile file(TestData::sourcePath(u"resources/man/sim3-workbench.1"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    // The title line names the project's version, the one --version prints.
    QVERIFY2(page.contains(u"\"SIM3 Workbench %1\""_s.arg(QStringLiteral(SIM3_PROJECT_VERSION))), SIM3_PROJECT_VERSION);
    const auto unescape = [](QString text) { return text.replace(u"\\-"_s, u"-"_s).replace(u"\\\\"_s, u"\\"_s); };
    const auto section = [&page](const QString &name) {
        const qsizetype start = page.indexOf(u"\n.SH "_s + name + u'\n');
        const qsizetype end = page.indexOf(u"\n.SH "_s, start + 1);
        return start < 0 ? QStringList() : page.mid(start, end - start).split(u'\n');
    };
    QStringList manEntries;
    const QStringList commands = section(u"COMMANDS"_s);
    for (qsizetype i = 0; i + 2 < commands.size(); ++i) {
        if (commands.at(i) == u".TP"_s && commands.at(i + 1).startsWith(u".B "_s))
            manEntries.append(unescape(commands.at(i + 1).mid(3)) + u" | "_s + unescape(commands.at(i + 2)));
    }
    QCOMPARE(manEntries, helpEntries);
    QSet<QString> manOptions;
    const QStringList options = section(u"OPTIONS"_s);
    for (qsizetype i = 0; i + 1 < options.size(); ++i) {
        if (options.at(i) == u".TP"_s && options.at(i + 1).startsWith(u".B "_s))
            manOptions.insert(unescape(options.at(i + 1).mid(3)).section(u' ', 0, 0));
    }
    for (const QString &option : helpOptions) {
        QVERIFY2(manOptions.contains(option), qPrintable(u"the man page's OPTIONS lack "_s + option));
    }
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
