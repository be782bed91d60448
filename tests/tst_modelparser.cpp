#include "catalogue/ModelParser.h"

#include "TestData.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Model files: the bundled ones and a custom one parse; every file under
// tests/data/models/broken is refused with the JSON path (line 1 of its .expected file) and a
// fragment of the message (line 2). Adding a case is adding a pair of files.
class tst_ModelParser : public QObject
{
    Q_OBJECT

private slots:
    void bundledFilesParse_data();
    void bundledFilesParse();
    void customModelParses();
    void brokenModelIsRefused_data();
    void brokenModelIsRefused();
    void missingFileIsReported();
};

void tst_ModelParser::bundledFilesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("parameters");
    QTest::newRow("v1") << u"sim3-v1"_s << 44;
    QTest::newRow("v2i") << u"sim3-v2i"_s << 45;
}

void tst_ModelParser::bundledFilesParse()
{
    QFETCH(QString, file);
    QFETCH(int, parameters);
    // The source file passes the schema and every other rule...
    const Result<Sim3Model> model
        = ModelParser::parseFile(TestData::sourcePath(u"resources/models/%1.json"_s.arg(file)));
    QVERIFY2(model.isOk(), qPrintable(model.error()));
    QCOMPARE(model->parameters().size(), parameters);
    // ...and the copy compiled into the program, read at start without the schema, is the same.
    const Result<Sim3Model> bundled = ModelParser::parseBundled(u":/models/%1.json"_s.arg(file));
    QVERIFY2(bundled.isOk(), qPrintable(bundled.error()));
    QCOMPARE(bundled->id(), model->id());
    QCOMPARE(bundled->parameters().size(), model->parameters().size());
    for (qsizetype i = 0; i < model->parameters().size(); ++i) {
        const Parameter &a = model->parameters().at(i);
        const Parameter &b = bundled->parameters().at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name.ja, a.name.ja);
        QCOMPARE(b.summary.en, a.summary.en);
        QCOMPARE(b.guidanceFor(3).ja, a.guidanceFor(3).ja);
    }
    QVERIFY(!ModelParser::parseBundled(u":/models/no-such-model.json"_s));
}

void tst_ModelParser::customModelParses()
{
    const Result<Sim3Model> model = ModelParser::parseFile(TestData::path(u"models/custom-minimal.json"_s));
    QVERIFY2(model.isOk(), qPrintable(model.error()));
    QCOMPARE(model->id(), u"national-ext"_s);
    QCOMPARE(model->categories().size(), 2);
    QCOMPARE(model->parameterCount(u"N"_s), 2);
    QCOMPARE(model->parameter(u"N-2"_s)->guidanceFor(4).ja, u"N-2のレベル4の目安。"_s);
}

void tst_ModelParser::brokenModelIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    const QStringList files = TestData::entries(u"models/broken"_s, {u"*.json"_s});
    QVERIFY2(files.size() >= 10, "at least ten broken model files");
    for (const QString &name : files) {
        const QString base = name.chopped(5);
        const QStringList expected
            = QString::fromUtf8(TestData::read(u"models/broken/"_s + base + u".expected"_s)).split(u'\n');
        QVERIFY2(expected.size() >= 2, qPrintable(base));
        QTest::newRow(qPrintable(base)) << TestData::path(u"models/broken/"_s + name) << expected.at(0)
                                        << expected.at(1);
    }
}

void tst_ModelParser::brokenModelIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const Result<Sim3Model> model = ModelParser::parseFile(file);
    QVERIFY(!model.isOk());
    const QString &message = model.error();
    if (!path.isEmpty())
        QVERIFY2(message.contains(path + u": "_s), qPrintable(message));
    else
        QVERIFY2(!message.contains(u": /"_s), qPrintable(message));
    if (!fragment.isEmpty())
        QVERIFY2(message.contains(fragment), qPrintable(message));
}

void tst_ModelParser::missingFileIsReported()
{
    const Result<Sim3Model> model = ModelParser::parseFile(u"/nonexistent/model.json"_s);
    QVERIFY(!model.isOk());
    QVERIFY2(model.error().contains(u"/nonexistent/model.json"_s), qPrintable(model.error()));
}

QTEST_APPLESS_MAIN(tst_ModelParser)
#include "tst_modelparser.moc"
