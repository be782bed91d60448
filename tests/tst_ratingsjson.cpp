#include "catalogue/ModelCatalogue.h"
#include "exchange/RatingsExchange.h"
#include "exchange/RatingsJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "json/JsonReader.h"

#include "TempDatabase.h"
#include "TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The sim3-ratings format (one participant's ratings, for work before the workshop) and its
// import: a golden file, broken and hostile files refused with the JSON path of the problem,
// and an import that is all or nothing and can be repeated.
class tst_RatingsJson : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesTheGoldenFile();
    void goldenFileReadsBack();
    void refused_data();
    void refused();
    void importIsRepeatable();
    void importFindsTheParticipantByNameOrAddsThem();
    void importOfAnotherAssessmentOrModelIsRefused();
    void importIntoAFinalAssessmentChangesNothing();
    void blankFileForAParticipantWhoHasNotRated();

private:
    QList<Participant> room();
    std::unique_ptr<TempDatabase> m_t;
    ModelCatalogue m_catalogue = ModelCatalogue::bundled();
    qint64 m_assessment = 0;
};

namespace {

const QString Golden = u"ratings/aiko-sim3-v1.json"_s;

RatingsFile sample()
{
    RatingsFile file;
    file.assessmentUuid = u"5d1c0f2a-3b4e-4c5d-8e6f-7a8b9c0d1e2f"_s;
    file.assessmentTitle = u"Review 2026 «年次»"_s;
    file.modelId = u"sim3-v1"_s;
    file.participant = {0, u"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"_s, u"田中 愛子"_s, u"team lead"_s};
    Rating level;
    level.participantUuid = file.participant.uuid;
    level.parameterId = u"O-1"_s;
    level.level = 3;
    level.note = u"Signed by the CIO; \"final\" copy on the intranet.\nSecond line."_s;
    Rating na = level;
    na.parameterId = u"P-2"_s;
    na.kind = Rating::Kind::NotApplicable;
    na.note.clear();
    Rating abstain = na;
    abstain.parameterId = u"T-4"_s;
    abstain.kind = Rating::Kind::Abstain;
    file.ratings = {level, abstain, na}; // in the model's order, as files list them
    return file;
}

} // namespace

void tst_RatingsJson::init()
{
    m_t = std::make_unique<TempDatabase>();
    const qint64 team = TeamRepository(m_t->db()).create(u"Team"_s)->id;
    m_assessment = AssessmentRepository(m_t->db()).create(team, u"Review 2026"_s, QDate(2026, 3, 1), u"sim3-v1"_s)->id;
}

void tst_RatingsJson::cleanup()
{
    m_t.reset();
}

QList<Participant> tst_RatingsJson::room()
{
    return WorkshopRepository(m_t->db())
        .setParticipants(m_assessment, {{0, QString(), u"Aiko"_s, QString()}, {0, QString(), u"Ben"_s, u"SOC"_s}})
        .value();
}

void tst_RatingsJson::writesTheGoldenFile()
{
    const QByteArray written = RatingsJson::write(sample(), *m_catalogue.find(u"sim3-v1"_s), u"en"_s);
    if (qEnvironmentVariableIsSet("SIM3_UPDATE_GOLDEN")) {
        QFile out(TestData::path(Golden));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(written);
    }
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(TestData::read(Golden)));
}

void tst_RatingsJson::goldenFileReadsBack()
{
    const auto read = RatingsJson::readFile(TestData::path(Golden), m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    const RatingsFile expected = sample();
    QCOMPARE(read->assessmentUuid, expected.assessmentUuid);
    QCOMPARE(read->participant.name, expected.participant.name);
    QCOMPARE(read->participant.role, expected.participant.role);
    QCOMPARE(read->ratings.size(), 3); // the parameters without a rating are only a form to fill
    for (qsizetype i = 0; i < expected.ratings.size(); ++i) {
        QCOMPARE(read->ratings.at(i).parameterId, expected.ratings.at(i).parameterId);
        QCOMPARE(read->ratings.at(i).kind, expected.ratings.at(i).kind);
        QCOMPARE(read->ratings.at(i).levelValue(), expected.ratings.at(i).levelValue());
        QCOMPARE(read->ratings.at(i).note, expected.ratings.at(i).note);
    }
}

void tst_RatingsJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    const QByteArray head = R"({"format":"sim3-ratings","formatVersion":1,)"
                            R"("assessment":{"uuid":"5d1c0f2a-3b4e-4c5d-8e6f-7a8b9c0d1e2f","modelId":"sim3-v1"},)"
                            R"("participant":{"uuid":"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b","name":"Aiko"},)";
    QTest::newRow("an assessment file") << QByteArray(R"({"format":"sim3-assessment","formatVersion":1})")
                                        << u"/format"_s;
    QTest::newRow("version 2") << QByteArray(head).replace("\"formatVersion\":1", "\"formatVersion\":2")
            + R"("ratings":[]})"
                               << u"/formatVersion"_s;
    QTest::newRow("unknown model") << QByteArray(head).replace("sim3-v1", "sim3-v9") + R"("ratings":[]})"
                                   << u"/assessment/modelId"_s;
    QTest::newRow("bad participant uuid")
        << QByteArray(head).replace("9e8d7c6b-5a4f", "not-a-uuid") + R"("ratings":[]})" << u"/participant/uuid"_s;
    QTest::newRow("blank name") << QByteArray(head).replace("\"Aiko\"", "\"  \"") + R"("ratings":[]})"
                                << u"/participant/name"_s;
    QTest::newRow("unknown parameter") << head + R"("ratings":[{"parameter":"O-99","rating":2}]})"
                                       << u"/ratings/0/parameter"_s;
    QTest::newRow("O-6 is not in version 1")
        << head + R"("ratings":[{"parameter":"O-6","rating":2}]})" << u"/ratings/0/parameter"_s;
    QTest::newRow("rated twice") << head
            + R"("ratings":[{"parameter":"O-1","rating":2},{"parameter":"O-1","rating":3}]})"
                                 << u"/ratings/1/parameter"_s;
    QTest::newRow("level 5") << head + R"("ratings":[{"parameter":"O-1","rating":5}]})" << u"/ratings/0/rating"_s;
    QTest::newRow("level as text") << head + R"("ratings":[{"parameter":"O-1","rating":"3"}]})"
                                   << u"/ratings/0/rating"_s;
    QTest::newRow("unknown word") << head + R"("ratings":[{"parameter":"O-1","rating":"maybe"}]})"
                                  << u"/ratings/0/rating"_s;
    QTest::newRow("note too long") << head + R"("ratings":[{"parameter":"O-1","rating":1,"note":")"
            + QByteArray(2001, 'x')
            + R"("}]})" << u"/ratings/0/note"_s;
    QTest::newRow("unknown field") << head + R"("ratings":[],"extra":1})" << u""_s;
}

void tst_RatingsJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const auto object = JsonReader::parseObject(json);
    QVERIFY2(object.isOk(), qPrintable(object.error()));
    const auto read = RatingsJson::read(object.value(), m_catalogue);
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().contains(u"The ratings file is not valid"_s), qPrintable(read.error()));
    if (!path.isEmpty())
        QVERIFY2(read.error().contains(path + u": "_s), qPrintable(read.error()));
}

void tst_RatingsJson::importIsRepeatable()
{
    const QList<Participant> people = room();
    RatingsFile file = sample();
    file.assessmentUuid = AssessmentRepository(m_t->db()).find(m_assessment)->uuid;
    file.participant = people.at(1);
    RatingsExchange exchange(m_t->db(), m_catalogue);
    const auto first = exchange.import(file, u"Facilitator"_s);
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    QCOMPARE(first->ratings, 3);
    QVERIFY(!first->participantAdded);
    QVERIFY(exchange.import(file, u"Facilitator"_s));
    WorkshopRepository repo(m_t->db());
    QCOMPARE(repo.ratingsOf(m_assessment, people.at(1).uuid)->size(), 3);
    QCOMPARE(repo.participants(m_assessment)->size(), 2);
    // A newer file from the same person replaces what the older one said.
    file.ratings = file.ratings.mid(0, 1);
    file.ratings[0].level = 1;
    QVERIFY(exchange.import(file, u"Facilitator"_s));
    const QList<Rating> now = repo.ratingsOf(m_assessment, people.at(1).uuid).value();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().level, 1);
    QCOMPARE(now.first().enteredBy, u"Facilitator"_s);
}

void tst_RatingsJson::importFindsTheParticipantByNameOrAddsThem()
{
    room();
    RatingsExchange exchange(m_t->db(), m_catalogue);
    RatingsFile file = sample();
    file.assessmentUuid = AssessmentRepository(m_t->db()).find(m_assessment)->uuid;
    file.participant = {0, u"11111111-2222-4333-8444-555555555555"_s, u"ben"_s, QString()};
    const auto byName = exchange.import(file, u"Facilitator"_s);
    QVERIFY2(byName.isOk(), qPrintable(byName.error()));
    QCOMPARE(byName->participantName, u"Ben"_s);
    QVERIFY(!byName->participantAdded);

    file.participant = {0, u"11111111-2222-4333-8444-666666666666"_s, u"Chie"_s, u"CERT liaison"_s};
    const auto added = exchange.import(file, u"Facilitator"_s);
    QVERIFY2(added.isOk(), qPrintable(added.error()));
    QVERIFY(added->participantAdded);
    const QList<Participant> people = WorkshopRepository(m_t->db()).participants(m_assessment).value();
    QCOMPARE(people.size(), 3);
    QCOMPARE(people.last().name, u"Chie"_s);
    QCOMPARE(people.last().uuid, file.participant.uuid);
}

void tst_RatingsJson::importOfAnotherAssessmentOrModelIsRefused()
{
    room();
    RatingsExchange exchange(m_t->db(), m_catalogue);
    RatingsFile file = sample();
    const auto elsewhere = exchange.import(file, u"Facilitator"_s);
    QVERIFY(!elsewhere);
    QVERIFY2(elsewhere.error().contains(file.assessmentUuid) && elsewhere.error().contains(u"not in this database"_s),
        qPrintable(elsewhere.error()));

    file.assessmentUuid = AssessmentRepository(m_t->db()).find(m_assessment)->uuid;
    file.modelId = u"sim3-v2i"_s;
    const auto otherModel = exchange.import(file, u"Facilitator"_s);
    QVERIFY(!otherModel);
    QVERIFY2(otherModel.error().contains(u"sim3-v2i"_s) && otherModel.error().contains(u"sim3-v1"_s),
        qPrintable(otherModel.error()));
    QVERIFY(WorkshopRepository(m_t->db()).allRatings(m_assessment)->isEmpty());
}

void tst_RatingsJson::importIntoAFinalAssessmentChangesNothing()
{
    const QList<Participant> people = room();
    QVERIFY(AssessmentRepository(m_t->db()).setStatus(m_assessment, Assessment::Status::Final, u"Lead"_s));
    RatingsFile file = sample();
    file.assessmentUuid = AssessmentRepository(m_t->db()).find(m_assessment)->uuid;
    file.participant = {0, u"11111111-2222-4333-8444-666666666666"_s, u"Chie"_s, QString()};
    const auto imported = RatingsExchange(m_t->db(), m_catalogue).import(file, u"Facilitator"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(u"final"_s), qPrintable(imported.error()));
    QCOMPARE(WorkshopRepository(m_t->db()).participants(m_assessment)->size(), people.size());
}

void tst_RatingsJson::blankFileForAParticipantWhoHasNotRated()
{
    room();
    RatingsExchange exchange(m_t->db(), m_catalogue);
    const auto bytes = exchange.fileFor(m_assessment, u"BEN"_s, u"ja"_s);
    QVERIFY2(bytes.isOk(), qPrintable(bytes.error()));
    const auto json = JsonReader::parseObject(bytes.value());
    QVERIFY(json.isOk());
    const QJsonArray ratings = json->value(u"ratings"_s).toArray();
    QCOMPARE(ratings.size(), m_catalogue.find(u"sim3-v1"_s)->parameters().size());
    QVERIFY(ratings.first().toObject().value(u"rating"_s).isNull());
    QCOMPARE(json->value(u"participant"_s).toObject().value(u"role"_s).toString(), u"SOC"_s);
    // It reads back as a file with nothing rated yet.
    const auto read = RatingsJson::read(json.value(), m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QVERIFY(read->ratings.isEmpty());
    const auto nobody = exchange.fileFor(m_assessment, u"Dai"_s, u"en"_s);
    QVERIFY(!nobody);
    QVERIFY2(nobody.error().contains(u"Aiko, Ben"_s), qPrintable(nobody.error()));
}

QTEST_GUILESS_MAIN(tst_RatingsJson)
#include "tst_ratingsjson.moc"
