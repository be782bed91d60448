#include "catalogue/ModelCatalogue.h"
#include "catalogue/ModelParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Catalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void categoryCounts_data();
    void categoryCounts();
    void parameterIdsAreUniqueAndOrdered_data();
    void parameterIdsAreUniqueAndOrdered();
    void everyTextInBothLanguages_data();
    void everyTextInBothLanguages();
    void levelsHaveLabels();
    void guidanceFollowsTheScale_data();
    void guidanceFollowsTheScale();
    void o6IsNewInV2Interim();
    void namesClaimNoMoreThanWasSeen_data();
    void namesClaimNoMoreThanWasSeen();
    void v2InterimNamesAreAssumedFromV1();
    void sharedParametersReadTheSame();
    void sourceCreditsOpenCsirtFoundation();
    void lookups();
    void languageFallback();
    void customModelCannotReplaceBundled();

private:
    ModelCatalogue m_catalogue;
};

void tst_Catalogue::initTestCase()
{
    m_catalogue = ModelCatalogue::bundled();
    QCOMPARE(m_catalogue.models().size(), 2);
}

void tst_Catalogue::categoryCounts_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("o");
    QTest::addColumn<int>("h");
    QTest::addColumn<int>("t");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("total");
    QTest::newRow("v1 mkXVIIIc") << u"sim3-v1"_s << 10 << 7 << 10 << 17 << 44;
    QTest::newRow("v2 interim") << u"sim3-v2i"_s << 11 << 7 << 10 << 17 << 45;
}

void tst_Catalogue::categoryCounts()
{
    QFETCH(QString, model);
    const Sim3Model *m = m_catalogue.find(model);
    QVERIFY(m);
    QFETCH(int, o);
    QFETCH(int, h);
    QFETCH(int, t);
    QFETCH(int, p);
    QFETCH(int, total);
    QCOMPARE(m->parameterCount(u"O"_s), o);
    QCOMPARE(m->parameterCount(u"H"_s), h);
    QCOMPARE(m->parameterCount(u"T"_s), t);
    QCOMPARE(m->parameterCount(u"P"_s), p);
    QCOMPARE(m->parameters().size(), total);
    QCOMPARE(m->categories().size(), 4);
}

void tst_Catalogue::parameterIdsAreUniqueAndOrdered_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("v1") << u"sim3-v1"_s;
    QTest::newRow("v2i") << u"sim3-v2i"_s;
}

void tst_Catalogue::parameterIdsAreUniqueAndOrdered()
{
    QFETCH(QString, model);
    const Sim3Model *m = m_catalogue.find(model);
    QVERIFY(m);
    QSet<QString> ids;
    QString previousCategory;
    int previousNumber = 0;
    for (const Parameter &p : m->parameters()) {
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY2(p.id.startsWith(p.categoryId + u'-'), qPrintable(p.id));
        const int number = p.id.section(u'-', 1).toInt();
        if (p.categoryId == previousCategory)
            QVERIFY2(number > previousNumber, qPrintable(p.id));
        previousCategory = p.categoryId;
        previousNumber = number;
    }
}

void tst_Catalogue::everyTextInBothLanguages_data()
{
    parameterIdsAreUniqueAndOrdered_data();
}

void tst_Catalogue::everyTextInBothLanguages()
{
    QFETCH(QString, model);
    const Sim3Model *m = m_catalogue.find(model);
    QVERIFY(m);
    QVERIFY(m->name().isComplete());
    QVERIFY(m->source().note.isComplete());
    for (const Category &c : m->categories())
        QVERIFY2(c.name.isComplete(), qPrintable(c.id));
    for (const Parameter &p : m->parameters()) {
        QVERIFY2(p.name.isComplete(), qPrintable(p.id));
        QVERIFY2(p.summary.isComplete(), qPrintable(p.id));
        // A summary is two to four sentences, in each language.
        const int enSentences = static_cast<int>(p.summary.en.count(u". "_s) + (p.summary.en.endsWith(u'.') ? 1 : 0));
        QVERIFY2(enSentences >= 2 && enSentences <= 4, qPrintable(p.id + u": "_s + QString::number(enSentences)));
        const int jaSentences = static_cast<int>(p.summary.ja.count(u'。'));
        QVERIFY2(jaSentences >= 1 && jaSentences <= 4, qPrintable(p.id));
        for (int level = 1; level <= 4; ++level)
            QVERIFY2(p.guidanceFor(level).isComplete(), qPrintable(p.id + u" level "_s + QString::number(level)));
        // Japanese texts are really Japanese, not English copied over.
        QVERIFY2(p.summary.ja != p.summary.en, qPrintable(p.id));
        QVERIFY2(p.name.ja != p.name.en, qPrintable(p.id));
    }
}

void tst_Catalogue::levelsHaveLabels()
{
    for (const Sim3Model &m : m_catalogue.models()) {
        QCOMPARE(m.levels().size(), 5);
        for (int level = 0; level <= 4; ++level) {
            const LevelDefinition *l = m.level(level);
            QVERIFY(l);
            QVERIFY(l->shortLabel.isComplete());
            QVERIFY(l->longLabel.isComplete());
        }
    }
    QCOMPARE(m_catalogue.find(u"sim3-v2i"_s)->level(1)->shortLabel.en, u"Implicit"_s);
    QCOMPARE(m_catalogue.find(u"sim3-v2i"_s)->level(4)->shortLabel.ja, u"明示的・監査対象"_s);
    QVERIFY(!m_catalogue.find(u"sim3-v2i"_s)->level(5));
}

void tst_Catalogue::guidanceFollowsTheScale_data()
{
    parameterIdsAreUniqueAndOrdered_data(); // both bundled models
}

// The level guidance says what SIM3's scale says: level 1 is something that exists, implicitly;
// level 3 is approved by the team head *or* published; level 4 is controlled or audited by
// someone above the team head, and an exercise is not an audit. In Japanese the body above the
// team head is named, never "governance" as an actor.
void tst_Catalogue::guidanceFollowsTheScale()
{
    QFETCH(QString, model);
    const Sim3Model *sim3 = m_catalogue.find(model);
    QVERIFY(sim3);
    const QRegularExpression bothNeeded(u"approved(,| and) published"_s);
    const QRegularExpression someoneAbove(
        u"above the team head|board|governance|management|internal audit|auditor|regulator"_s);
    const QRegularExpression exerciseAsAudit(u"audited, for example (in|through) exercises"_s);
    const QRegularExpression governanceActs(u"ガバナンス(?!文書)"_s);
    for (const Parameter &p : sim3->parameters()) {
        QVERIFY2(!p.guidanceFor(1).en.contains(u"nothing is promised"_s), qPrintable(p.id));
        QVERIFY2(!bothNeeded.match(p.guidanceFor(3).en).hasMatch(), qPrintable(p.id));
        QVERIFY2(someoneAbove.match(p.guidanceFor(4).en).hasMatch(), qPrintable(p.id + u": "_s + p.guidanceFor(4).en));
        QVERIFY2(!exerciseAsAudit.match(p.guidanceFor(4).en).hasMatch(), qPrintable(p.id));
        for (int level = 1; level <= 4; ++level)
            QVERIFY2(!governanceActs.match(p.guidanceFor(level).ja).hasMatch(),
                qPrintable(p.id + u" level "_s + QString::number(level)));
    }
    QVERIFY(!governanceActs.match(sim3->level(4)->longLabel.ja).hasMatch());
    // Legal deadlines run from awareness of the incident, not from its detection.
    const Parameter *legal = sim3->parameter(u"P-3"_s);
    QVERIFY(legal);
    QVERIFY(!legal->summary.en.contains(u"at detection"_s));
    QVERIFY(legal->summary.en.contains(u"aware"_s));
}

void tst_Catalogue::o6IsNewInV2Interim()
{
    QVERIFY(!m_catalogue.find(u"sim3-v1"_s)->hasParameter(u"O-6"_s));
    const Parameter *o6 = m_catalogue.find(u"sim3-v2i"_s)->parameter(u"O-6"_s);
    QVERIFY(o6);
    QCOMPARE(o6->name.en, u"Public Media Policy"_s);
    QCOMPARE(o6->provenance, NameProvenance::Unverified);
}

void tst_Catalogue::namesClaimNoMoreThanWasSeen_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("provenance");
    QTest::addColumn<QString>("marked");
    // Seen written in a secondary source: no mark.
    QTest::newRow("v1 O-1") << u"sim3-v1"_s << u"O-1"_s << int(NameProvenance::Seen) << u"Mandate"_s;
    // Only the subject is known, or only a paraphrase ("Personnel Resilience").
    QTest::newRow("v1 P-4") << u"sim3-v1"_s << u"P-4"_s << int(NameProvenance::Topic)
                            << u"Incident Prevention Process\u00a0†"_s;
    QTest::newRow("v1 P-5") << u"sim3-v1"_s << u"P-5"_s << int(NameProvenance::Topic)
                            << u"Incident Detection Process\u00a0†"_s;
    QTest::newRow("v1 P-6") << u"sim3-v1"_s << u"P-6"_s << int(NameProvenance::Topic)
                            << u"Incident Resolution Process\u00a0†"_s;
    QTest::newRow("v1 H-2") << u"sim3-v1"_s << u"H-2"_s << int(NameProvenance::Topic)
                            << u"Personal Resilience\u00a0†"_s;
    QTest::newRow("v1 P-7") << u"sim3-v1"_s << u"P-7"_s << int(NameProvenance::Recalled)
                            << u"Specific Incident Processes\u00a0†"_s;
    // In v2 interim nothing public confirms the names; O-6 was never seen at all.
    QTest::newRow("v2i O-1") << u"sim3-v2i"_s << u"O-1"_s << int(NameProvenance::Assumed) << u"Mandate\u00a0†"_s;
    QTest::newRow("v2i O-6") << u"sim3-v2i"_s << u"O-6"_s << int(NameProvenance::Unverified)
                             << u"Public Media Policy\u00a0†"_s;
}

void tst_Catalogue::namesClaimNoMoreThanWasSeen()
{
    QFETCH(QString, model);
    QFETCH(QString, parameter);
    QFETCH(int, provenance);
    QFETCH(QString, marked);
    const Parameter *p = m_catalogue.find(model)->parameter(parameter);
    QVERIFY(p);
    QCOMPARE(int(p->provenance), provenance);
    QCOMPARE(p->markedName(u"en"_s), marked);
    // The tooltip says why, or nothing more than the summary.
    const QString note = p->summaryWithNameNote(u"en"_s);
    QVERIFY(note.startsWith(p->summary.en));
    QCOMPARE(note.contains(u"Name not verified against the official document: "_s), !p->nameIsVerified());
}

void tst_Catalogue::v2InterimNamesAreAssumedFromV1()
{
    const Sim3Model *v1 = m_catalogue.find(u"sim3-v1"_s);
    const Sim3Model *v2 = m_catalogue.find(u"sim3-v2i"_s);
    for (const Parameter &p : v2->parameters()) {
        if (p.id != u"O-6"_s)
            QVERIFY2(p.provenance == NameProvenance::Assumed && v1->hasParameter(p.id), qPrintable(p.id));
    }
    // The note that the report's Source section prints says so too, in both languages.
    QVERIFY(v2->source().note.en.contains(u"assumed unchanged from SIM3 v1"_s));
    QVERIFY(v2->source().note.ja.contains(u"†"_s));
    QVERIFY(v1->source().note.en.contains(u"†"_s));
    // The v1 link leads to OCF's page of SIM3 documents, not to its general maturity page.
    QCOMPARE(v1->source().document, u"https://opencsirt.org/csirt-maturity/sim3-and-references/"_s);
}

void tst_Catalogue::sharedParametersReadTheSame()
{
    const Sim3Model *v1 = m_catalogue.find(u"sim3-v1"_s);
    const Sim3Model *v2 = m_catalogue.find(u"sim3-v2i"_s);
    for (const Parameter &p : v1->parameters()) {
        const Parameter *q = v2->parameter(p.id);
        QVERIFY2(q, qPrintable(p.id));
        QCOMPARE(q->name, p.name);
        QCOMPARE(q->categoryId, p.categoryId);
    }
}

void tst_Catalogue::sourceCreditsOpenCsirtFoundation()
{
    for (const Sim3Model &m : m_catalogue.models()) {
        QCOMPARE(m.source().publisher, u"Open CSIRT Foundation"_s);
        QVERIFY(m.source().document.startsWith(u"https://opencsirt.org/"_s));
        QVERIFY(m.source().note.en.contains(u"Open CSIRT Foundation"_s));
    }
}

void tst_Catalogue::lookups()
{
    const Sim3Model *m = m_catalogue.find(u"sim3-v2i"_s);
    QCOMPARE(m->parameter(u"P-17"_s)->categoryId, u"P"_s);
    QVERIFY(!m->parameter(u"P-18"_s));
    QCOMPARE(m->category(u"H"_s)->name.ja, u"人材"_s);
    QVERIFY(!m->category(u"X"_s));
    QCOMPARE(m->parametersIn(u"T"_s).size(), 10);
    QCOMPARE(m->parameter(u"T-4"_s)->guidanceFor(0).en, QString());
    QVERIFY(!m_catalogue.find(u"sim3-v3"_s));
}

void tst_Catalogue::languageFallback()
{
    const LocalizedText text{u"Mandate"_s, u"任務"_s};
    QCOMPARE(text.text(u"ja"_s), u"任務"_s);
    QCOMPARE(text.text(u"ja_JP"_s), u"任務"_s);
    QCOMPARE(text.text(u"en"_s), u"Mandate"_s);
    QCOMPARE(text.text(u"de"_s), u"Mandate"_s);
    QCOMPARE((LocalizedText{u"Only English"_s, QString()}).text(u"ja"_s), u"Only English"_s);
}

void tst_Catalogue::customModelCannotReplaceBundled()
{
    ModelCatalogue catalogue = ModelCatalogue::bundled();
    Sim3Model copy = *catalogue.find(u"sim3-v1"_s);
    const Status refused = catalogue.add(copy);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"sim3-v1"_s));
    QCOMPARE(catalogue.models().size(), 2);
}

QTEST_APPLESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
