#include "analysis/AssessmentComparison.h"
#include "analysis/GapAnalysis.h"
#include "analysis/ProfileBuilder.h"
#include "analysis/TeamHistory.h"
#include "catalogue/ModelCatalogue.h"
#include "catalogue/ModelParser.h"
#include "demo/DemoData.h"
#include "storage/AssessmentRepository.h"
#include "storage/ProfileRepository.h"

#include "TempDatabase.h"
#include "TestData.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The small custom model: O-1 (category O), N-1 and N-2 (category N).
Sim3Model customModel()
{
    return ModelParser::parseFile(TestData::path(u"models/custom-minimal.json"_s)).value();
}

// "2,n,-": a level, not applicable, unanswered; in the model's parameter order.
Assessment assessmentFrom(const Sim3Model &model, const QString &levels)
{
    Assessment a;
    a.modelId = model.id();
    const QStringList items = levels.split(u',');
    for (qsizetype i = 0; i < items.size() && i < model.parameters().size(); ++i) {
        Answer answer;
        answer.parameterId = model.parameters().at(i).id;
        QString item = items.at(i);
        // A trailing "c": carried over and not confirmed yet.
        if (item.endsWith(u'c')) {
            answer.toConfirm = true;
            item.chop(1);
        }
        if (item == u"n"_s) {
            answer.notApplicable = true;
            answer.justification = u"does not apply"_s;
        } else if (item != u"-"_s) {
            answer.level = item.toInt();
        }
        a.answers.insert(answer.parameterId, answer);
    }
    return a;
}

// "3,-,2": a target level or none.
TargetProfile profileFrom(const Sim3Model &model, const QString &targets)
{
    TargetProfile p;
    const QStringList items = targets.split(u',');
    for (qsizetype i = 0; i < items.size() && i < model.parameters().size(); ++i) {
        const QString id = model.parameters().at(i).id;
        p.targets.insert(id,
            ProfileTarget{
                id, items.at(i) == u"-"_s ? std::nullopt : std::optional<int>(items.at(i).toInt()), QString()});
    }
    return p;
}

double orNone(const std::optional<double> &value)
{
    return value ? *value : -1.0;
}

} // namespace

class tst_GapAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void overall_data();
    void overall();
    void categories();
    void noProfileMeansNoTargets();
    void fullModels_data();
    void fullModels();
    void comparison_data();
    void comparison();
    void history();
    void builders_data();
    void builders();
    void methodTextNamesTheRules();
    void statedRuleIsTheComputedOne();
};

void tst_GapAnalysis::overall_data()
{
    QTest::addColumn<QString>("levels");
    QTest::addColumn<QString>("targets");
    QTest::addColumn<int>("answered");
    QTest::addColumn<int>("notApplicable");
    QTest::addColumn<int>("unanswered");
    QTest::addColumn<int>("withTarget");
    QTest::addColumn<int>("meeting");
    QTest::addColumn<int>("below");
    QTest::addColumn<int>("above");
    QTest::addColumn<double>("averageCurrent");
    QTest::addColumn<double>("averageTarget");
    QTest::addColumn<double>("share");
    QTest::addColumn<QStringList>("gapOrder");
    QTest::addColumn<QStringList>("apart");

    QTest::newRow("all on target") << u"2,3,1"_s << u"2,3,1"_s << 3 << 0 << 0 << 3 << 3 << 0 << 0 << 2.0 << 2.0 << 1.0
                                   << QStringList{u"O-1"_s, u"N-1"_s, u"N-2"_s} << QStringList{};
    QTest::newRow("below, above, on") << u"1,4,2"_s << u"3,2,2"_s << 3 << 0 << 0 << 3 << 2 << 1 << 1 << 7.0 / 3
                                      << 7.0 / 3 << 2.0 / 3 << QStringList{u"O-1"_s, u"N-1"_s, u"N-2"_s}
                                      << QStringList{};
    QTest::newRow("largest gap first") << u"2,0,1"_s << u"3,4,3"_s << 3 << 0 << 0 << 3 << 0 << 3 << 0 << 1.0 << 10.0 / 3
                                       << 0.0 << QStringList{u"N-1"_s, u"N-2"_s, u"O-1"_s} << QStringList{};
    QTest::newRow("N/A and unanswered are not zero")
        << u"n,2,-"_s << u"3,3,3"_s << 1 << 1 << 1 << 1 << 0 << 1 << 0 << 2.0 << 3.0 << 0.0 << QStringList{u"N-1"_s}
        << QStringList{u"O-1"_s, u"N-2"_s};
    // Both averages over the same parameters, those with a level and a target: O-1 and N-2 have
    // a level and no target, so neither average counts them.
    QTest::newRow("no target set apart") << u"2,2,4"_s << u"-,2,-"_s << 3 << 0 << 0 << 1 << 1 << 0 << 0 << 2.0 << 2.0
                                         << 1.0 << QStringList{u"N-1"_s} << QStringList{u"O-1"_s, u"N-2"_s};
    QTest::newRow("averages over the same parameters")
        << u"4,1,-"_s << u"-,2,3"_s << 2 << 0 << 1 << 1 << 0 << 1 << 0 << 1.0 << 2.0 << 0.0 << QStringList{u"N-1"_s}
        << QStringList{u"O-1"_s, u"N-2"_s};
    QTest::newRow("nothing answered") << u"-,-,-"_s << u"2,2,2"_s << 0 << 0 << 3 << 0 << 0 << 0 << 0 << -1.0 << -1.0
                                      << -1.0 << QStringList{} << QStringList{u"O-1"_s, u"N-1"_s, u"N-2"_s};
    QTest::newRow("everything N/A") << u"n,n,n"_s << u"2,2,2"_s << 0 << 3 << 0 << 0 << 0 << 0 << 0 << -1.0 << -1.0
                                    << -1.0 << QStringList{} << QStringList{u"O-1"_s, u"N-1"_s, u"N-2"_s};
    QTest::newRow("above sorted by excess") << u"4,3,2"_s << u"3,1,2"_s << 3 << 0 << 0 << 3 << 3 << 0 << 2 << 3.0 << 2.0
                                            << 1.0 << QStringList{u"N-1"_s, u"O-1"_s, u"N-2"_s} << QStringList{};
}

void tst_GapAnalysis::overall()
{
    QFETCH(QString, levels);
    QFETCH(QString, targets);
    const Sim3Model model = customModel();
    const TargetProfile profile = profileFrom(model, targets);
    const GapAnalysis analysis(model, assessmentFrom(model, levels), &profile);
    const CategorySummary &s = analysis.overall();
    QCOMPARE(s.parameters, 3);
    QTEST(s.answered, "answered");
    QTEST(s.notApplicable, "notApplicable");
    QTEST(s.unanswered, "unanswered");
    QTEST(s.withTarget, "withTarget");
    QTEST(s.meeting, "meeting");
    QTEST(s.below, "below");
    QTEST(s.above, "above");
    QFETCH(double, averageCurrent);
    QFETCH(double, averageTarget);
    QFETCH(double, share);
    QVERIFY(qFuzzyCompare(1.0 + orNone(s.averageCurrent), 1.0 + averageCurrent));
    QVERIFY(qFuzzyCompare(1.0 + orNone(s.averageTarget), 1.0 + averageTarget));
    QVERIFY(qFuzzyCompare(1.0 + orNone(s.shareAtTarget()), 1.0 + share));
    QStringList order;
    for (const ParameterResult &r : analysis.gapList())
        order.append(r.parameterId);
    QTEST(order, "gapOrder");
    QStringList apart;
    for (const ParameterResult &r : analysis.setApart())
        apart.append(r.parameterId);
    QTEST(apart, "apart");
}

void tst_GapAnalysis::categories()
{
    const Sim3Model model = customModel();
    const TargetProfile profile = profileFrom(model, u"3,2,2"_s);
    const GapAnalysis analysis(model, assessmentFrom(model, u"1,4,n"_s), &profile);
    QCOMPARE(analysis.categories().size(), 2);
    const CategorySummary &o = analysis.categories().at(0);
    const CategorySummary &n = analysis.categories().at(1);
    QCOMPARE(o.categoryId, u"O"_s);
    QCOMPARE(o.averageCurrent, std::optional<double>(1.0));
    QCOMPARE(o.below, 1);
    QCOMPARE(n.categoryId, u"N"_s);
    QCOMPARE(n.averageCurrent, std::optional<double>(4.0)); // N-2 is N/A: left out, not zero
    QCOMPARE(n.averageTarget, std::optional<double>(2.0)); // and so is its target
    QCOMPARE(n.notApplicable, 1);
    QCOMPARE(n.above, 1);
    QCOMPARE(analysis.parameter(u"N-1"_s)->gap(), std::optional<int>(-2));
    QCOMPARE(analysis.parameter(u"O-1"_s)->gap(), std::optional<int>(2));
    QVERIFY(!analysis.parameter(u"N-2"_s)->gap());
}

void tst_GapAnalysis::noProfileMeansNoTargets()
{
    const Sim3Model model = customModel();
    const GapAnalysis analysis(model, assessmentFrom(model, u"1,2,3"_s), nullptr);
    QCOMPARE(analysis.overall().withTarget, 0);
    QVERIFY(!analysis.overall().shareAtTarget());
    QVERIFY(!analysis.overall().averageTarget);
    QVERIFY(analysis.gapList().isEmpty());
    QCOMPARE(analysis.setApart().size(), 3);
    QCOMPARE(analysis.parameter(u"N-2"_s)->state, ParameterResult::State::NoTarget);
}

void tst_GapAnalysis::fullModels_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<int>("parameters");
    QTest::newRow("v1, 44 parameters") << u"sim3-v1"_s << 44;
    QTest::newRow("v2 interim, 45 parameters") << u"sim3-v2i"_s << 45;
}

void tst_GapAnalysis::fullModels()
{
    QFETCH(QString, modelId);
    QFETCH(int, parameters);
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const Sim3Model &model = *catalogue.find(modelId);
    // Every parameter at 2, targets 3 on the first half and 2 on the rest.
    QStringList levels;
    QStringList targets;
    for (int i = 0; i < parameters; ++i) {
        levels << u"2"_s;
        targets << (i < parameters / 2 ? u"3"_s : u"2"_s);
    }
    const TargetProfile profile = profileFrom(model, targets.join(u','));
    const GapAnalysis analysis(model, assessmentFrom(model, levels.join(u',')), &profile);
    QCOMPARE(analysis.overall().parameters, parameters);
    QCOMPARE(analysis.overall().below, parameters / 2);
    QCOMPARE(analysis.overall().meeting, parameters - parameters / 2);
    int sum = 0;
    for (const CategorySummary &c : analysis.categories())
        sum += c.parameters;
    QCOMPARE(sum, parameters);
    QCOMPARE(analysis.gapList().size(), parameters);
}

void tst_GapAnalysis::comparison_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");
    QTest::addColumn<QStringList>("changes"); // per parameter
    // A carried answer nobody confirmed is not "unchanged", even with the same level.
    QTest::newRow("carried, not confirmed")
        << u"2,3,n"_s << u"2c,4c,n"_s << QStringList{u"unconfirmed"_s, u"unconfirmed"_s, u"unchanged"_s};
    QTest::newRow("up, same N/A, newly answered")
        << u"2,n,-"_s << u"3,n,1"_s << QStringList{u"improved"_s, u"unchanged"_s, u"now"_s};
    QTest::newRow("down, dropped, level to N/A")
        << u"3,2,1"_s << u"1,-,n"_s << QStringList{u"regressed"_s, u"dropped"_s, u"dropped"_s};
    QTest::newRow("same levels") << u"1,1,1"_s << u"1,1,1"_s
                                 << QStringList{u"unchanged"_s, u"unchanged"_s, u"unchanged"_s};
    QTest::newRow("N/A to unanswered") << u"n,-,-"_s << u"-,-,-"_s
                                       << QStringList{u"incomparable"_s, u"unchanged"_s, u"unchanged"_s};
}

void tst_GapAnalysis::comparison()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);
    QFETCH(QStringList, changes);
    const Sim3Model model = customModel();
    const AssessmentComparison comparison(model, assessmentFrom(model, earlier), assessmentFrom(model, later));
    QStringList actual;
    for (const AssessmentComparison::Row &row : comparison.rows()) {
        switch (row.change) {
        case AssessmentComparison::Change::Improved:
            actual << u"improved"_s;
            break;
        case AssessmentComparison::Change::Regressed:
            actual << u"regressed"_s;
            break;
        case AssessmentComparison::Change::Unchanged:
            actual << u"unchanged"_s;
            break;
        case AssessmentComparison::Change::NowAnswered:
            actual << u"now"_s;
            break;
        case AssessmentComparison::Change::NoLongerAnswered:
            actual << u"dropped"_s;
            break;
        case AssessmentComparison::Change::NotComparable:
            actual << u"incomparable"_s;
            break;
        case AssessmentComparison::Change::NotConfirmed:
            actual << u"unconfirmed"_s;
            break;
        }
    }
    QCOMPARE(actual, changes);
}

void tst_GapAnalysis::history()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    QVERIFY(demo.isOk());
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    QList<Assessment> assessments;
    // Newest first on purpose: the history sorts by date.
    for (auto it = demo->assessmentIds.crbegin(); it != demo->assessmentIds.crend(); ++it)
        assessments.append(AssessmentRepository(t.db()).load(*it).value());
    const TargetProfile profile = ProfileRepository(t.db()).load(demo->profileId).value();
    const TeamHistory history(catalogue, assessments, &profile);
    QCOMPARE(history.points().size(), 3);
    QCOMPARE(history.points().first().date, QDate(2024, 11, 20));
    QCOMPARE(history.points().last().date, QDate(2026, 11, 17));
    // The same numbers as the analysis of each assessment on its own.
    const GapAnalysis last(*catalogue.find(u"sim3-v2i"_s), assessments.first(), &profile);
    QCOMPARE(history.points().last().overall.meeting, last.overall().meeting);
    QCOMPARE(history.points().last().categories.size(), 4);
    // The demo team improves.
    QVERIFY(*history.points().last().overall.averageCurrent > *history.points().first().overall.averageCurrent);
    QVERIFY(*history.points().last().overall.shareAtTarget() > *history.points().first().overall.shareAtTarget());
}

void tst_GapAnalysis::builders_data()
{
    QTest::addColumn<QString>("levels");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plus one") << u"0,1,2"_s << 4 << u"1,2,3"_s;
    QTest::newRow("capped") << u"2,3,4"_s << 3 << u"3,3,3"_s;
    QTest::newRow("cap below current shows over-investment") << u"3,1,4"_s << 2 << u"2,2,2"_s;
    QTest::newRow("N/A gets no target, unanswered gets 1") << u"n,-,1"_s << 3 << u"-,1,2"_s;
}

void tst_GapAnalysis::builders()
{
    QFETCH(QString, levels);
    QFETCH(int, cap);
    QFETCH(QString, expected);
    const Sim3Model model = customModel();
    const TargetProfile built = ProfileBuilder::currentPlusOne(model, assessmentFrom(model, levels), cap);
    QStringList actual;
    for (const Parameter &p : model.parameters()) {
        const auto level = built.targets.value(p.id).level;
        actual << (level ? QString::number(*level) : u"-"_s);
    }
    QCOMPARE(actual.join(u','), expected);

    const TargetProfile uniform = ProfileBuilder::uniform(model, 2);
    QCOMPARE(uniform.targets.size(), 3);
    for (const ProfileTarget &target : uniform.targets)
        QCOMPARE(target.level, std::optional<int>(2));
    TargetProfile source = profileFrom(model, u"3,-,1"_s);
    source.targets[u"O-1"_s].rationale = u"why"_s;
    const TargetProfile copy = ProfileBuilder::copyOf(model, source);
    QCOMPARE(copy.targets.value(u"O-1"_s), source.targets.value(u"O-1"_s));
    QVERIFY(!copy.targets.value(u"N-1"_s).level);
}

void tst_GapAnalysis::methodTextNamesTheRules()
{
    const QString text = GapAnalysis::methodText();
    QVERIFY(text.contains(u"never counted as zero"_s));
    QVERIFY(text.contains(u"at or above the target"_s));
    QVERIFY(text.contains(u"both taken over the same parameters, those answered with a level that have a target"_s));
    QVERIFY(text.contains(u"Without a target profile, the average current level is taken over every parameter "
                          "answered with a level"_s));
    QVERIFY(text.contains(u"not a SIM3 audit by the Open CSIRT Foundation"_s));
    QVERIFY(text.contains(u"defines no overall score"_s));
}

// The rule the method text states, computed here on its own for every category of the demo,
// with and without a profile, agrees with the analysis.
void tst_GapAnalysis::statedRuleIsTheComputedOne()
{
    TempDatabase t;
    const DemoData::Created demo = DemoData::create(t.db(), u"en"_s).value();
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const TargetProfile profile = ProfileRepository(t.db()).load(demo.profileId).value();
    // The demo's own, and a version with gaps in both: every third parameter unanswered, every
    // fourth without a target (so that the parameters with a level and those with a target differ).
    TargetProfile holes = profile;
    QList<Assessment> assessments;
    for (const qint64 id : demo.assessmentIds) {
        const Assessment a = AssessmentRepository(t.db()).load(id).value();
        Assessment sparse = a;
        int i = 0;
        for (const Parameter &p : catalogue.find(a.modelId)->parameters()) {
            if (i % 3 == 0)
                sparse.answers.remove(p.id);
            if (i % 4 == 1)
                holes.targets.remove(p.id);
            ++i;
        }
        assessments << a << sparse;
    }
    for (const Assessment &a : std::as_const(assessments)) {
        const Sim3Model &model = *catalogue.find(a.modelId);
        const QList<const TargetProfile *> profiles{&profile, &holes, nullptr};
        for (const TargetProfile *chosen : profiles) {
            const GapAnalysis analysis(model, a, chosen);
            for (const CategorySummary &s : analysis.categories()) {
                int compared = 0;
                int answered = 0;
                double levels = 0;
                double targets = 0;
                double answeredLevels = 0;
                for (const Parameter &p : model.parameters()) {
                    if (p.categoryId != s.categoryId)
                        continue;
                    const Answer answer = a.answers.value(p.id);
                    // -1: no target (a plain int: GCC's optimiser misreads an optional here).
                    const int target = chosen ? chosen->targets.value(p.id).level.value_or(-1) : -1;
                    if (answer.level && !answer.notApplicable) {
                        ++answered;
                        answeredLevels += *answer.level;
                        if (target >= 0) {
                            ++compared;
                            levels += *answer.level;
                            targets += target;
                        }
                    }
                }
                if (chosen) {
                    QCOMPARE(s.averageCurrent.has_value(), compared > 0);
                    if (compared > 0) {
                        QVERIFY(qFuzzyCompare(*s.averageCurrent, levels / compared));
                        QVERIFY(qFuzzyCompare(*s.averageTarget, targets / compared));
                    }
                } else {
                    QVERIFY(!s.averageTarget);
                    QCOMPARE(s.averageCurrent.has_value(), answered > 0);
                    if (answered > 0)
                        QVERIFY(qFuzzyCompare(*s.averageCurrent, answeredLevels / answered));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_GapAnalysis)
#include "tst_gapanalysis.moc"
