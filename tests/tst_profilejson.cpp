#include "catalogue/ModelCatalogue.h"
#include "exchange/ProfileJson.h"
#include "json/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The sim3-target-profile format: what is written reads back the same, and broken files are
// refused with the JSON path of the problem.
class tst_ProfileJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void refused_data();
    void refused();
};

void tst_ProfileJson::roundTrip()
{
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const Sim3Model &model = *catalogue.find(u"sim3-v1"_s);
    TargetProfile p;
    p.uuid = u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
    p.name = u"Baseline «国内»"_s;
    p.approvedBy = u"Board"_s;
    p.approvedOn = QDate(2026, 4, 1);
    p.targets.insert(u"O-1"_s, ProfileTarget{u"O-1"_s, 3, u"Line 1\nline \"2\""_s});
    p.targets.insert(u"P-2"_s, ProfileTarget{u"P-2"_s, std::nullopt, QString()});
    const QByteArray bytes = ProfileJson::write(p, model);
    const auto json = JsonReader::parseObject(bytes);
    QVERIFY(json.isOk());
    QCOMPARE(json->value(u"modelId"_s).toString(), u"sim3-v1"_s);
    const auto read = ProfileJson::read(json.value(), catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read->name, p.name);
    QCOMPARE(read->uuid, p.uuid);
    QCOMPARE(read->approvedOn, p.approvedOn);
    QCOMPARE(read->targets.value(u"O-1"_s), p.targets.value(u"O-1"_s));
    QCOMPARE(read->targets.value(u"P-2"_s), p.targets.value(u"P-2"_s));
    QCOMPARE(ProfileJson::write(read.value(), model), bytes);
}

void tst_ProfileJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    const QByteArray head = R"({"format":"sim3-target-profile","formatVersion":1,"modelId":"sim3-v2i","name":"B",)";
    QTest::newRow("unknown model") << QByteArray(
        R"({"format":"sim3-target-profile","formatVersion":1,"modelId":"x","name":"B","targets":[]})")
                                   << u"/modelId"_s;
    QTest::newRow("unknown parameter") << head + R"("targets":[{"parameter":"O-99","level":2}]})"
                                       << u"/targets/0/parameter"_s;
    QTest::newRow("two targets") << head + R"("targets":[{"parameter":"O-1","level":2},{"parameter":"O-1","level":3}]})"
                                 << u"/targets/1/parameter"_s;
    QTest::newRow("level 7") << head + R"("targets":[{"parameter":"O-1","level":7}]})" << u"/targets/0/level"_s;
    QTest::newRow("assessment file") << QByteArray(R"({"format":"sim3-assessment","formatVersion":1})") << u"/format"_s;
    QTest::newRow("bad date") << head + R"("approvedOn":"2026-02-31","targets":[]})" << u"/approvedOn"_s;
    QTest::newRow("blank name") << QByteArray(
        R"({"format":"sim3-target-profile","formatVersion":1,"modelId":"sim3-v2i","name":" ","targets":[]})")
                                << u"/name"_s;
}

void tst_ProfileJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const auto object = JsonReader::parseObject(json);
    QVERIFY(object.isOk());
    const auto read = ProfileJson::read(object.value(), ModelCatalogue::bundled());
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().contains(path + u": "_s), qPrintable(read.error()));
}

QTEST_APPLESS_MAIN(tst_ProfileJson)
#include "tst_profilejson.moc"
