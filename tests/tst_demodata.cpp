#include "demo/DemoData.h"
#include "storage/AssessmentRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TeamRepository.h"

#include "TempDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_DemoData : public QObject
{
    Q_OBJECT

private slots:
    void createsRealisticHistory_data();
    void createsRealisticHistory();
    void twoDemoTeamsCanCoexist();
};

void tst_DemoData::createsRealisticHistory_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("teamName");
    QTest::newRow("en") << u"en"_s << u"Example Corp CSIRT"_s;
    QTest::newRow("ja") << u"ja"_s << u"サンプル社 CSIRT"_s;
}

void tst_DemoData::createsRealisticHistory()
{
    QFETCH(QString, language);
    QFETCH(QString, teamName);
    TempDatabase t;
    const auto created = DemoData::create(t.db(), language);
    QVERIFY2(created.isOk(), qPrintable(created.error()));
    QCOMPARE(TeamRepository(t.db()).find(created->teamId)->name, teamName);
    QCOMPARE(created->assessmentIds.size(), 3);

    AssessmentRepository repo(t.db());
    QList<Assessment> years;
    for (qint64 id : created->assessmentIds)
        years.append(repo.load(id).value());
    QVERIFY(years[0].date < years[1].date && years[1].date < years[2].date);
    QCOMPARE(years[0].status, Assessment::Status::Final);
    QCOMPARE(years[2].status, Assessment::Status::Draft);

    int improved = 0;
    int regressed = 0;
    int sumFirst = 0;
    int sumLast = 0;
    for (const Answer &last : std::as_const(years[2].answers)) {
        const Answer first = years[0].answers.value(last.parameterId);
        const Answer middle = years[1].answers.value(last.parameterId);
        if (last.level && middle.level) {
            improved += *last.level > *middle.level;
            regressed += *last.level < *middle.level;
        }
        sumFirst += first.level.value_or(0);
        sumLast += last.level.value_or(0);
    }
    QVERIFY(sumLast > sumFirst);
    QVERIFY(improved >= 10);
    QVERIFY(regressed >= 2);

    int notApplicable = 0;
    int withEvidence = 0;
    int withComment = 0;
    for (const Answer &a : std::as_const(years[2].answers)) {
        QVERIFY(a.isAnswered());
        if (a.notApplicable) {
            ++notApplicable;
            QVERIFY(!a.justification.isEmpty());
        }
        withEvidence += !a.evidence.isEmpty();
        withComment += !a.comment.isEmpty();
    }
    QCOMPARE(years[2].answers.size(), 45);
    // SIM3 rates every parameter, and the demo models good practice: nothing is "not applicable",
    // not even the media policy and the press escalation that group communications leads.
    QCOMPARE(notApplicable, 0);
    QVERIFY(years[2].answers.value(u"O-6"_s).level.has_value());
    QVERIFY(years[2].answers.value(u"P-2"_s).level.has_value());
    QVERIFY(withEvidence >= 5);
    QVERIFY(withComment >= 5);

    const TargetProfile profile = ProfileRepository(t.db()).load(created->profileId).value();
    QCOMPARE(profile.targets.size(), 45);
    int withRationale = 0;
    int withoutTarget = 0;
    for (const ProfileTarget &target : profile.targets) {
        withRationale += !target.rationale.isEmpty();
        withoutTarget += !target.level.has_value();
        // Not "4 everywhere": a realistic target profile.
        QVERIFY(!target.level || *target.level <= 3);
    }
    QVERIFY(withRationale >= 5);
    QCOMPARE(withoutTarget, 0); // every parameter is rated, and has a target
    QVERIFY(!profile.approvedBy.isEmpty());
}

void tst_DemoData::twoDemoTeamsCanCoexist()
{
    TempDatabase t;
    QVERIFY(DemoData::create(t.db(), u"en"_s).isOk());
    QVERIFY(DemoData::create(t.db(), u"ja"_s).isOk());
    QCOMPARE(TeamRepository(t.db()).all()->size(), 2);
    QCOMPARE(AssessmentRepository(t.db()).all()->size(), 6);
    // The same one twice is refused, with what to do, and adds nothing.
    const auto again = DemoData::create(t.db(), u"en"_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already holds the demo team"_s), qPrintable(again.error()));
    QCOMPARE(TeamRepository(t.db()).all()->size(), 2);
    QCOMPARE(AssessmentRepository(t.db()).all()->size(), 6);
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
