#include "catalogue/ModelCatalogue.h"
#include "exchange/AssessmentExchange.h"
#include "exchange/AssessmentJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "json/JsonReader.h"

#include "TempDatabase.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Row counts of every table, to show that a refused import changed nothing.
QStringList tableCounts(Database &db)
{
    QStringList counts;
    QSqlQuery q(db.connection());
    for (const QString &table : {u"teams"_s, u"assessments"_s, u"answers"_s, u"evidence"_s, u"answer_log"_s,
             u"target_profiles"_s, u"profile_targets"_s, u"participants"_s, u"ratings"_s, u"discussions"_s}) {
        q.exec(u"SELECT count(*) FROM "_s + table);
        q.next();
        counts.append(table + u'=' + q.value(0).toString());
    }
    return counts;
}

} // namespace

// The sim3-assessment exchange format. Golden folders under tests/data/exchange/golden each
// hold an assessment.json written by the exporter: importing it into an empty database and
// exporting again must give the same bytes. Files under tests/data/exchange/broken must be
// refused with the JSON path in their .expected file, changing nothing.
class tst_AssessmentJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void brokenFileChangesNothing_data();
    void brokenFileChangesNothing();
    void importingTwiceIsDetected();
    void existingTeamIsReused();
    void profileNameClashKeepsBoth();
    void exportToUnwritablePathKeepsOldFile();
    void exportedJsonMatchesItsSchema();
    void version1FileStillImports();
    void finalAssessmentKeepsItsWorkshop();
    void knownIdentities_data();
    void knownIdentities();

private:
    ModelCatalogue m_catalogue;
};

void tst_AssessmentJson::initTestCase()
{
    m_catalogue = ModelCatalogue::bundled();
}

void tst_AssessmentJson::roundTrip_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList folders = TestData::entries(u"exchange/golden"_s);
    QVERIFY(folders.size() >= 4);
    for (const QString &folder : folders)
        QTest::newRow(qPrintable(folder)) << folder;
}

void tst_AssessmentJson::roundTrip()
{
    QFETCH(QString, folder);
    const QString file = TestData::path(u"exchange/golden/%1/assessment.json"_s.arg(folder));
    const QByteArray golden = readFile(file);
    QVERIFY(!golden.isEmpty());

    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const auto outcome = exchange.importFile(file);
    QVERIFY2(outcome.isOk(), qPrintable(outcome.error()));
    QVERIFY(outcome->teamCreated);

    const QString out = t.dir() + u"/out.json"_s;
    std::optional<qint64> profile;
    if (outcome->profileId != 0)
        profile = outcome->profileId;
    const Status written
        = exchange.exportFile(outcome->assessmentId, out, AssessmentExchange::Format::Json, profile, u"en"_s);
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    const QByteArray exported = readFile(out);
    if (exported != golden) {
        const QList<QByteArray> a = exported.split('\n');
        const QList<QByteArray> b = golden.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i),
                qPrintable(
                    u"line %1: %2 != %3"_s.arg(i + 1).arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        QCOMPARE(a.size(), b.size());
    }
}

void tst_AssessmentJson::brokenFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    const QStringList files = TestData::entries(u"exchange/broken"_s, {u"*.json"_s});
    QVERIFY(files.size() >= 10);
    for (const QString &name : files) {
        const QString base = name.chopped(5);
        const QStringList expected
            = QString::fromUtf8(TestData::read(u"exchange/broken/"_s + base + u".expected"_s)).split(u'\n');
        QTest::newRow(qPrintable(base)) << TestData::path(u"exchange/broken/"_s + name) << expected.value(0)
                                        << expected.value(1);
    }
}

void tst_AssessmentJson::brokenFileChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    // A database with data in it, so that "nothing changed" means something.
    QVERIFY(exchange.importFile(TestData::path(u"exchange/golden/demo-en/assessment.json"_s)).isOk());
    const QStringList before = tableCounts(t.db());

    const auto outcome = exchange.importFile(file);
    QVERIFY(!outcome.isOk());
    const QString &message = outcome.error();
    if (!path.isEmpty())
        QVERIFY2(message.contains(path + u": "_s), qPrintable(message));
    if (!fragment.isEmpty())
        QVERIFY2(message.contains(fragment), qPrintable(message));
    QCOMPARE(tableCounts(t.db()), before);
}

void tst_AssessmentJson::importingTwiceIsDetected()
{
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const QString file = TestData::path(u"exchange/golden/demo-en/assessment.json"_s);
    QVERIFY(exchange.importFile(file).isOk());
    const QStringList before = tableCounts(t.db());
    const auto again = exchange.importFile(file);
    QVERIFY(!again.isOk());
    QVERIFY2(again.error().contains(u"already in the database"_s), qPrintable(again.error()));
    QCOMPARE(tableCounts(t.db()), before);
}

void tst_AssessmentJson::existingTeamIsReused()
{
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const auto first = exchange.importFile(TestData::path(u"exchange/valid-small.json"_s));
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    // A second assessment of the same team (same team uuid, new assessment uuid).
    const Result<QJsonObject> json = JsonReader::readObjectFile(TestData::path(u"exchange/valid-small.json"_s));
    auto doc = AssessmentJson::read(json.value(), m_catalogue);
    QVERIFY(doc.isOk());
    doc.value().assessment.uuid = u"99999999-8888-4777-8666-555555555555"_s;
    const auto second = exchange.import(doc.value());
    QVERIFY2(second.isOk(), qPrintable(second.error()));
    QVERIFY(!second->teamCreated);
    QCOMPARE(second->teamId, first->teamId);
    // The profile, same uuid, is reused rather than duplicated.
    QCOMPARE(second->profileId, first->profileId);
    QCOMPARE(TeamRepository(t.db()).all()->size(), 1);
    QCOMPARE(AssessmentRepository(t.db()).forTeam(first->teamId)->size(), 2);
}

void tst_AssessmentJson::profileNameClashKeepsBoth()
{
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const auto first = exchange.importFile(TestData::path(u"exchange/valid-small.json"_s));
    QVERIFY(first.isOk());
    const Result<QJsonObject> json = JsonReader::readObjectFile(TestData::path(u"exchange/valid-small.json"_s));
    auto doc = AssessmentJson::read(json.value(), m_catalogue).value();
    doc.assessment.uuid = u"99999999-8888-4777-8666-555555555555"_s;
    doc.profile->uuid = u"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"_s; // another profile, same name
    const auto second = exchange.import(doc);
    QVERIFY2(second.isOk(), qPrintable(second.error()));
    QVERIFY(second->profileId != first->profileId);
    QCOMPARE(second->profileName, u"Base (imported 2)"_s);
    QCOMPARE(ProfileRepository(t.db()).forTeam(first->teamId)->size(), 2);
}

void tst_AssessmentJson::exportToUnwritablePathKeepsOldFile()
{
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const auto imported = exchange.importFile(TestData::path(u"exchange/valid-small.json"_s));
    QVERIFY(imported.isOk());

    const Status missingDir = exchange.exportFile(imported->assessmentId, t.dir() + u"/no/such/dir/a.json"_s,
        AssessmentExchange::Format::Json, std::nullopt, u"en"_s);
    QVERIFY(!missingDir.isOk());
    QVERIFY2(missingDir.error().contains(u"does not exist"_s), qPrintable(missingDir.error()));

    const Status isDir
        = exchange.exportFile(imported->assessmentId, t.dir(), AssessmentExchange::Format::Csv, std::nullopt, u"en"_s);
    QVERIFY(!isDir.isOk());
    QVERIFY2(isDir.error().contains(u"folder"_s), qPrintable(isDir.error()));

    // A good export replaces an older file completely.
    const QString path = t.dir() + u"/a.json"_s;
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content that is longer than nothing");
    old.close();
    QVERIFY(exchange.exportFile(imported->assessmentId, path, AssessmentExchange::Format::Json, std::nullopt, u"en"_s)
                .isOk());
    QVERIFY(readFile(path).startsWith("{"));

    // A device is never replaced.
    const Status device = exchange.exportFile(
        imported->assessmentId, u"/dev/null"_s, AssessmentExchange::Format::Json, std::nullopt, u"en"_s);
    QVERIFY(!device.isOk());
    QVERIFY2(device.error().contains(u"not a regular file"_s), qPrintable(device.error()));

    // A full disk: with the file size limit below the export's size, writing fails part-way.
    // The older file must stay as it was, and no temporary file may be left beside it.
    const QByteArray before = readFile(path);
    struct rlimit saved
    {
    };
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = saved;
    tiny.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    const Status full
        = exchange.exportFile(imported->assessmentId, path, AssessmentExchange::Format::Csv, std::nullopt, u"en"_s);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    QVERIFY(!full.isOk());
    QVERIFY2(full.error().contains(u"nothing was replaced"_s), qPrintable(full.error()));
    QCOMPARE(readFile(path), before);
    QCOMPARE(QDir(t.dir()).entryList(QDir::Files).filter(u"a.json"_s), QStringList{u"a.json"_s});
}

void tst_AssessmentJson::exportedJsonMatchesItsSchema()
{
    // What we write, we can read: the exporter's output passes the schema and the checks.
    const Result<QJsonObject> json
        = JsonReader::readObjectFile(TestData::path(u"exchange/golden/tricky-text/assessment.json"_s));
    QVERIFY(json.isOk());
    const auto doc = AssessmentJson::read(json.value(), m_catalogue);
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QCOMPARE(doc->assessment.assessors, (QStringList{u"山田 太郎"_s, u"O'Brien"_s, u"Zoë"_s}));
    QVERIFY(doc->team.description.contains(u"\n"_s));
    QVERIFY(doc->assessment.answers.value(u"O-1"_s).comment.contains(u"<img src=\"file:///etc/passwd\">"_s));
}

void tst_AssessmentJson::version1FileStillImports()
{
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const auto outcome = exchange.importFile(TestData::path(u"exchange/v1/demo-en.json"_s));
    QVERIFY2(outcome.isOk(), qPrintable(outcome.error()));
    // Written again, it is the same assessment as version 2 (no workshop: the only change is the version).
    const QString out = t.dir() + u"/out.json"_s;
    QVERIFY(
        exchange.exportFile(outcome->assessmentId, out, AssessmentExchange::Format::Json, outcome->profileId, u"en"_s));
    QCOMPARE(readFile(out), readFile(TestData::path(u"exchange/golden/demo-en/assessment.json"_s)));
}

void tst_AssessmentJson::finalAssessmentKeepsItsWorkshop()
{
    QJsonObject root
        = QJsonDocument::fromJson(readFile(TestData::path(u"exchange/golden/workshop-ja/assessment.json"_s))).object();
    QJsonObject assessment = root.value(u"assessment"_s).toObject();
    assessment.insert(u"status"_s, u"final"_s);
    root.insert(u"assessment"_s, assessment);
    const auto doc = AssessmentJson::read(root, m_catalogue);
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    TempDatabase t;
    const auto outcome = AssessmentExchange(t.db(), m_catalogue).import(doc.value());
    QVERIFY2(outcome.isOk(), qPrintable(outcome.error()));
    QCOMPARE(AssessmentRepository(t.db()).find(outcome->assessmentId)->status, Assessment::Status::Final);
    WorkshopRepository workshop(t.db());
    QCOMPARE(workshop.participants(outcome->assessmentId)->size(), 6);
    QCOMPARE(workshop.allRatings(outcome->assessmentId)->size(), 6);
    QVERIFY(workshop.forParameter(outcome->assessmentId, u"O-2"_s)->dissent.startsWith(u"高橋さんは 1 を主張"_s));
    // Imported as final: it was not finalised here, so there is no entry in its status log.
    QVERIFY(AssessmentRepository(t.db()).statusHistory(outcome->assessmentId)->isEmpty());
}

void tst_AssessmentJson::knownIdentities_data()
{
    QTest::addColumn<QString>("change"); // what the second file changes in the first one
    QTest::addColumn<QString>("refusal"); // a fragment of the message; empty when imported
    QTest::newRow("another team with this team's profile") << u"other team"_s << u"a profile of another team"_s;
    QTest::newRow("this team's UUID under another name") << u"renamed team"_s << u"has the identity (UUID"_s;
    QTest::newRow("same profile again") << u"same profile"_s << QString();
    QTest::newRow("changed profile, same UUID") << u"changed profile"_s << QString();
}

// UUIDs say "the same thing": a known one is reused only when it is the same thing; otherwise
// the file is refused or imported as a new version, never attached to the wrong team.
void tst_AssessmentJson::knownIdentities()
{
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    TempDatabase t;
    AssessmentExchange exchange(t.db(), m_catalogue);
    const QString golden = TestData::path(u"exchange/golden/demo-en/assessment.json"_s);
    const auto first = exchange.importFile(golden);
    QVERIFY2(first, qPrintable(first.error()));
    const TargetProfile original = ProfileRepository(t.db()).load(first->profileId).value();

    QJsonObject json = JsonReader::readObjectFile(golden).value();
    QJsonObject assessment = json.value(u"assessment"_s).toObject();
    assessment.insert(u"uuid"_s, u"11111111-2222-4333-8444-555555555555"_s);
    // New evidence identities: this is a different assessment of the same team.
    QJsonArray answers = assessment.value(u"answers"_s).toArray();
    int n = 0;
    for (QJsonValueRef answer : answers) {
        QJsonObject a = answer.toObject();
        QJsonArray evidence = a.value(u"evidence"_s).toArray();
        for (QJsonValueRef e : evidence) {
            QJsonObject item = e.toObject();
            item.insert(u"uuid"_s, u"aaaaaaaa-bbbb-4ccc-8ddd-%1"_s.arg(++n, 12, 10, QLatin1Char('0')));
            e = item;
        }
        a.insert(u"evidence"_s, evidence);
        answer = a;
    }
    assessment.insert(u"answers"_s, answers);
    json.insert(u"assessment"_s, assessment);
    QJsonObject team = json.value(u"team"_s).toObject();
    QJsonObject profile = json.value(u"targetProfile"_s).toObject();
    if (change == u"other team"_s) {
        team.insert(u"uuid"_s, u"99999999-8888-4777-8666-555555555555"_s);
        team.insert(u"name"_s, u"Blue Team"_s);
    } else if (change == u"renamed team"_s) {
        team.insert(u"name"_s, u"Somebody Else's CSIRT"_s);
    } else if (change == u"changed profile"_s) {
        QJsonArray targets = profile.value(u"targets"_s).toArray();
        QJsonObject target = targets.at(0).toObject();
        target.insert(u"level"_s, 1);
        targets[0] = target;
        profile.insert(u"targets"_s, targets);
    }
    json.insert(u"team"_s, team);
    json.insert(u"targetProfile"_s, profile);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"second.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    const QStringList before = tableCounts(t.db());
    const auto second = exchange.importFile(path);
    // The first team's profile is never changed, whatever happens.
    QCOMPARE(ProfileRepository(t.db()).load(first->profileId)->targets, original.targets);
    if (!refusal.isEmpty()) {
        QVERIFY(!second);
        QVERIFY2(second.error().contains(refusal), qPrintable(second.error()));
        QCOMPARE(tableCounts(t.db()), before);
        return;
    }
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->teamId, first->teamId);
    const auto profiles = ProfileRepository(t.db()).forTeam(first->teamId).value();
    if (change == u"same profile"_s) {
        QCOMPARE(second->profileId, first->profileId);
        QCOMPARE(profiles.size(), 1);
    } else {
        QVERIFY(second->profileId != first->profileId);
        QCOMPARE(profiles.size(), 2);
        const TargetProfile version = ProfileRepository(t.db()).load(second->profileId).value();
        QVERIFY(version.uuid != original.uuid);
        QCOMPARE(version.targets.value(u"O-1"_s).level, std::optional<int>(1));
        QVERIFY2(version.name.contains(u"imported"_s), qPrintable(version.name));
    }
}

QTEST_GUILESS_MAIN(tst_AssessmentJson)
#include "tst_assessmentjson.moc"
