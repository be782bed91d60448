#include "analysis/AssessmentComparison.h"
#include "analysis/GapAnalysis.h"
#include "analysis/TeamHistory.h"
#include "charts/CategoryBarChart.h"
#include "charts/ChartStyle.h"
#include "charts/HistoryChart.h"
#include "charts/LineLegend.h"
#include "charts/RadarChart.h"
#include "dashboard/CategorySummaryModel.h"
#include "dashboard/ComparisonModel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/GapListModel.h"
#include "demo/DemoData.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "i18n/LanguageManager.h"
#include "profiles/ProfileEditorDialog.h"
#include "profiles/ProfileTableModel.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnaireModel.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ProfileChoice.h"
#include "storage/ProfileRepository.h"

#include "ModalDialogs.h"
#include "TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QValueAxis>
#include <QXYSeries>

using namespace Qt::StringLiterals;

// The dashboard's models, charts (on their series data) and the page in the real window.
class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void radarData();
    void radarChartSeries();
    void barLabelsAreReadable();
    void historyData();
    void profileTableEditsAreUndoable();
    void dashboardFollowsAnswersAndProfile();
    void hiddenDashboardComputesWhenShown();
    void historyIsPreparedAfterTheOpeningIsPainted();
    void historyTabInFrontIsComputedAtOnce();
    void categoryTableFitsA720pWindow_data();
    void categoryTableFitsA720pWindow();
    void longTitlesDoNotWidenTheWindow();
    void profileEditorCreatesEditsAndUndoes();
    void profileApprovalIsExportedAsStored();
    void profileEditedInTwoPlacesLosesNothing();

private:
    // Shows `w`, opens the demo's draft on `parameterId` and brings the dashboard to the front as
    // a person does (Ctrl+D). False when a step failed.
    bool showDashboard(MainWindow &w, const QString &parameterId = QStringLiteral("O-1"));

    std::unique_ptr<TempDatabase> m_t;
    DemoData::Created m_demo;
    ModelCatalogue m_catalogue = ModelCatalogue::bundled();
};

void tst_Dashboard::init()
{
    m_t = std::make_unique<TempDatabase>();
    const auto demo = DemoData::create(m_t->db(), u"en"_s);
    QVERIFY(demo.isOk());
    m_demo = demo.value();
}

void tst_Dashboard::cleanup()
{
    m_t.reset();
}

bool tst_Dashboard::showDashboard(MainWindow &w, const QString &parameterId)
{
    w.show();
    if (!QTest::qWaitForWindowActive(&w) || !w.openAssessment(m_demo.assessmentIds.last(), parameterId))
        return false;
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    return w.dashboard() != nullptr && w.dashboard()->isVisible();
}

void tst_Dashboard::modelsPassTheTester()
{
    const Sim3Model &model = *m_catalogue.find(u"sim3-v2i"_s);
    // The demo rates every parameter; one is made "not applicable" here to see it set apart.
    Assessment a = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.last()).value();
    a.answers[u"O-6"_s].level.reset();
    a.answers[u"O-6"_s].notApplicable = true;
    a.answers[u"O-6"_s].justification = u"The team has no media role."_s;
    const Assessment b = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.first()).value();
    const TargetProfile profile = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    const GapAnalysis analysis(model, a, &profile);

    CategorySummaryModel categories;
    QAbstractItemModelTester t1(&categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&categories, &QAbstractItemModel::modelReset);
    categories.setAnalysis(analysis, model, u"en"_s);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(categories.rowCount(), 5);
    // Below, on target, above and not compared add up to all parameters, in every row.
    for (int row = 0; row < categories.rowCount(); ++row) {
        int sum = 0;
        for (const int column : {CategorySummaryModel::Below, CategorySummaryModel::OnTarget,
                 CategorySummaryModel::Above, CategorySummaryModel::NotCompared})
            sum += categories.index(row, column).data().toInt();
        const CategorySummary &s = row == 4 ? analysis.overall() : analysis.categories().at(row);
        QCOMPARE(sum, s.parameters);
    }
    QCOMPARE(categories.index(4, CategorySummaryModel::OnTarget).data().toInt(),
        analysis.overall().meeting - analysis.overall().above);
    QCOMPARE(categories.index(0, CategorySummaryModel::Name).data().toString(), u"O Organisation"_s);

    GapListModel gaps;
    QAbstractItemModelTester t2(&gaps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gaps.setAnalysis(analysis, model, u"en"_s);
    QCOMPARE(gaps.rowCount(), 45);
    // Largest gap first; N/A set apart at the end.
    QCOMPARE(gaps.index(0, GapListModel::Gap).data().toString(), u"+2"_s);
    QCOMPARE(gaps.index(44, GapListModel::Current).data().toString(), u"N/A"_s);

    ComparisonModel comparison;
    QAbstractItemModelTester t3(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    comparison.setComparison(AssessmentComparison(model, b, a), model, u"en"_s);
    QCOMPARE(comparison.rowCount(), 45);
    QCOMPARE(comparison.index(0, ComparisonModel::Change).data().toString(), u"▲ Improved"_s);

    QUndoStack undo;
    ProfileTableModel targets(model, &undo);
    QAbstractItemModelTester t4(&targets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    targets.setProfile(profile, &a, u"ja"_s);
    QCOMPARE(targets.index(0, ProfileTableModel::Name).data().toString(), u"任務（マンデート）\u00a0†"_s);
    QVERIFY(targets.index(0, ProfileTableModel::Name).data(Qt::ToolTipRole).toString().contains(u"†"_s));

    AssessmentSession session(m_t->db(), a, model, u"me"_s);
    QuestionnaireModel questionnaire(&session);
    QAbstractItemModelTester t5(&questionnaire, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&questionnaire, &QAbstractItemModel::dataChanged);
    Answer o1 = session.answer(u"O-1"_s);
    o1.level = 1;
    session.change(o1, u"test"_s);
    QCOMPARE(changed.count(), 2); // the parameter row and its category row
    QCOMPARE(questionnaire.indexOf(u"O-1"_s, QuestionnaireModel::LevelColumn).data().toString(), u"1"_s);
    questionnaire.setLanguage(u"ja"_s);
    QCOMPARE(questionnaire.indexOf(u"O-1"_s, QuestionnaireModel::NameColumn).data().toString(),
        u"任務（マンデート）\u00a0†"_s);
}

void tst_Dashboard::radarData()
{
    const Sim3Model &model = *m_catalogue.find(u"sim3-v2i"_s);
    // The demo rates every parameter; two are made "not applicable" here.
    Assessment a = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.last()).value();
    for (const QString &id : {u"O-6"_s, u"P-2"_s}) {
        a.answers[id].level.reset();
        a.answers[id].notApplicable = true;
        a.answers[id].justification = u"Handled elsewhere."_s;
    }
    const TargetProfile profile = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    const GapAnalysis analysis(model, a, &profile);
    const RadarChart::Data all = RadarChart::data(analysis, QString());
    QCOMPARE(all.labels.size(), 45);
    QCOMPARE(all.labels.at(5), u"O-6 (N/A)"_s);
    // N/A spokes are left out, never drawn as zero.
    QCOMPARE(all.current.size(), 43);
    for (const QPointF &p : all.current)
        QVERIFY(p.x() != 5);
    QCOMPARE(all.target.size(), 45); // the profile has a target for each, N/A or not
    QCOMPARE(all.current.first(), QPointF(0, 3));
    const RadarChart::Data human = RadarChart::data(analysis, u"H"_s);
    QCOMPARE(human.labels.size(), 7);
    QCOMPARE(human.labels.first(), u"H-1"_s);
    QCOMPARE(human.current.size(), 7);
}

void tst_Dashboard::barLabelsAreReadable()
{
    const Sim3Model &model = *m_catalogue.find(u"sim3-v2i"_s);
    const Assessment a = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.last()).value();
    const TargetProfile profile = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    const GapAnalysis analysis(model, a, &profile);
    std::unique_ptr<QChart> chart(CategoryBarChart::create(analysis, model, u"en"_s, QString(), QString()));
    auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QVERIFY(series->isLabelsVisible());
    // Above the bars in the text colour, not white on the pale hatched target bar.
    QCOMPARE(series->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
    const QColor text = QApplication::palette().color(QPalette::Text);
    for (QBarSet *set : series->barSets())
        QCOMPARE(set->labelColor(), text);
    // Room above level 4 for the label of a bar at 4, with the ticks still on the levels.
    auto *levels = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(levels);
    QVERIFY(levels->max() > 4.3);
    QCOMPARE(levels->tickInterval(), 1.0);
    // Category names whole ("Organisation", not "Organisa…").
    QVERIFY(!chart->axes(Qt::Horizontal).value(0)->truncateLabels());
}

void tst_Dashboard::radarChartSeries()
{
    RadarChart::Data data;
    data.labels = {u"A-1"_s, u"A-2"_s, u"A-3"_s};
    data.current = {QPointF(0, 1), QPointF(1, 2), QPointF(2, 3)};
    data.target = {QPointF(1, 3), QPointF(2, 3)};
    std::unique_ptr<QChart> chart(RadarChart::create(data));
    const QList<QAbstractSeries *> series = chart->series();
    QCOMPARE(series.size(), 3);
    auto *target = qobject_cast<QLineSeries *>(series.at(0));
    auto *current = qobject_cast<QLineSeries *>(series.at(1));
    QVERIFY(target && current);
    // The current ring closes on its first spoke; the target ring, without spoke 0, stays open.
    QCOMPARE(current->count(), 4);
    QCOMPARE(current->at(3), QPointF(3, 1));
    QCOMPARE(target->count(), 2);
    // Different colours and line styles, so that print and colour-blind readers can tell them apart.
    QVERIFY(current->pen().color() != target->pen().color());
    QVERIFY(current->pen().style() != target->pen().style());
    // The legend shows the target dashed and the current solid, as drawn; the dots have no entry.
    QVERIFY(!chart->legend()->isVisible());
    const QList<QGraphicsItem *> items = chart->childItems();
    QCOMPARE(
        std::count_if(items.cbegin(), items.cend(), [](const QGraphicsItem *i) { return LineLegend::isEntry(i); }), 2);
}

void tst_Dashboard::historyData()
{
    const Sim3Model &model = *m_catalogue.find(u"sim3-v2i"_s);
    QList<Assessment> assessments;
    for (qint64 id : m_demo.assessmentIds)
        assessments.append(AssessmentRepository(m_t->db()).load(id).value());
    const TargetProfile profile = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    const HistoryChart::Data data = HistoryChart::data(TeamHistory(m_catalogue, assessments, &profile), model, u"en"_s);
    QCOMPARE(data.assessments.size(), 3);
    QCOMPARE(data.categories.size(), 4);
    QCOMPARE(data.categories.first().name, u"O Organisation"_s);
    QCOMPARE(data.categories.first().points.size(), 3);
    QCOMPARE(data.shareAtTarget.points.size(), 3);
    QVERIFY(data.shareAtTarget.points.last().y() > data.shareAtTarget.points.first().y());
    std::unique_ptr<QChart> chart(HistoryChart::create(data));
    QCOMPARE(chart->series().size(), 5);

    // Every series has a marker of its own, and the legend shows line and marker, not squares.
    QSet<int> markers;
    for (QAbstractSeries *series : chart->series())
        markers.insert(ChartStyle::marker(qobject_cast<QXYSeries *>(series)));
    QCOMPARE(markers.size(), 5);
    QVERIFY(!markers.contains(-1));
    QVERIFY(!chart->legend()->isVisible());
    // Axis titles whole, level, above the plot; the legend's entries under it; nothing outside the
    // chart, however narrow.
    QStringList captions;
    for (QGraphicsItem *item : chart->childItems()) {
        if (const auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            captions.append(text->text());
    }
    QCOMPARE(captions, QStringList({u"Average level"_s, u"At target"_s}));
    for (const qreal width : {900.0, 420.0}) {
        chart->resize(width, 420);
        chart->layout()->activate();
        const QRectF content = ChartStyle::contentRect(chart.get());
        const QRectF plot = chart->plotArea();
        int legendEntries = 0;
        for (QGraphicsItem *item : chart->childItems()) {
            const QRectF shape = item->mapRectToParent(item->boundingRect());
            if (dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                QVERIFY2(content.contains(shape), qPrintable(u"caption at width %1"_s.arg(width)));
                QVERIFY(shape.bottom() < plot.top());
            } else if (LineLegend::isEntry(item)) {
                ++legendEntries;
                QVERIFY2(content.contains(shape), qPrintable(u"legend entry at width %1"_s.arg(width)));
                QVERIFY(shape.top() > plot.bottom());
            }
        }
        QCOMPARE(legendEntries, 5);
    }
}

void tst_Dashboard::profileTableEditsAreUndoable()
{
    const Sim3Model &model = *m_catalogue.find(u"sim3-v2i"_s);
    const TargetProfile profile = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    QUndoStack undo;
    ProfileTableModel targets(model, &undo);
    targets.setProfile(profile, nullptr, u"en"_s);
    const int missing = targets.missingRationale();
    QVERIFY(missing > 0);
    QSignalSpy changed(&targets, &ProfileTableModel::targetChanged);
    QVERIFY(targets.setData(targets.index(1, ProfileTableModel::Target), 4));
    QCOMPARE(targets.profile().targets.value(u"O-2"_s).level, std::optional<int>(4));
    QVERIFY(targets.setData(targets.index(1, ProfileTableModel::Rationale), u"Regulator asks for it"_s));
    QCOMPARE(targets.missingRationale(), missing - 1);
    QVERIFY(targets.setData(targets.index(2, ProfileTableModel::Target), -1));
    QVERIFY(!targets.profile().targets.value(u"O-3"_s).level);
    QCOMPARE(changed.count(), 3);
    undo.undo();
    undo.undo();
    undo.undo();
    QCOMPARE(targets.profile().targets.value(u"O-2"_s), profile.targets.value(u"O-2"_s));
    QCOMPARE(targets.profile().targets.value(u"O-3"_s), profile.targets.value(u"O-3"_s));
    // Setting the same value again is no edit.
    QVERIFY(!targets.setData(targets.index(0, ProfileTableModel::Target), *profile.targets.value(u"O-1"_s).level));
}

void tst_Dashboard::dashboardFollowsAnswersAndProfile()
{
    LanguageManager languages;
    MainWindow w(m_t->db(), languages);
    QVERIFY(showDashboard(w, u"H-2"_s));
    QVERIFY(w.dashboard());
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), w.dashboard());
    auto *headline = w.dashboard()->findChild<QLabel *>(u"headline"_s);
    QVERIFY2(
        headline->text().startsWith(u"23 of 45 compared parameters meet their target"_s), qPrintable(headline->text()));

    // A changed answer shows at once: H-2 from 1 to its target 3.
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), w.questionnaire());
    QTest::keyClick(&w, Qt::Key_3);
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    QVERIFY2(
        headline->text().startsWith(u"24 of 45 compared parameters meet their target"_s), qPrintable(headline->text()));

    // Without a profile the dashboard asks for one; the choice is remembered for the team.
    auto *profiles = w.dashboard()->findChild<QComboBox *>(u"profileBox"_s);
    profiles->setCurrentIndex(0);
    QVERIFY(headline->text().contains(u"target profile"_s));
    const auto remembered = ProfileChoice::resolve(m_t->db(), w.session()->assessment().teamId);
    QVERIFY(remembered.isOk());
    QVERIFY(remembered.value().has_value()); // the team's only profile is still offered by default
    profiles->setCurrentIndex(1);
    QVERIFY(headline->text().startsWith(u"24 of 45"_s));

    // The radar follows the scope.
    auto *scope = w.dashboard()->findChild<QComboBox *>(u"scopeBox"_s);
    scope->setCurrentIndex(2); // H
    auto *radar = w.dashboard()->findChild<QChartView *>(u"radarView"_s);
    auto *current = qobject_cast<QLineSeries *>(radar->chart()->series().at(1));
    QCOMPARE(current->count(), 8); // 7 spokes, ring closed
}

// Answers typed while the questionnaire is in front only mark the dashboard out of date: its
// charts are drawn again when it is shown, once, not at every answer.
void tst_Dashboard::hiddenDashboardComputesWhenShown()
{
    LanguageManager languages;
    MainWindow w(m_t->db(), languages);
    QVERIFY(showDashboard(w, u"H-2"_s));
    auto *headline = w.dashboard()->findChild<QLabel *>(u"headline"_s);
    auto *radar = w.dashboard()->findChild<QChartView *>(u"radarView"_s);
    auto *history = w.dashboard()->findChild<QChartView *>(u"historyView"_s);
    QVERIFY(headline && radar && history);
    QVERIFY(headline->text().startsWith(u"23 of 45"_s));
    QTRY_VERIFY(w.dashboard()->isUpToDate()); // the tabs not in view too, once painted
    const QPointer<QChart> radarBefore = radar->chart();
    const QPointer<QChart> historyBefore = history->chart();
    QVERIFY(radarBefore && historyBefore);

    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier); // back to the questionnaire
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), w.questionnaire());
    QTest::keyClick(&w, Qt::Key_3); // H-2 from 1 to its target 3
    QCOMPARE(w.session()->answer(u"H-2"_s).level, std::optional<int>(3));
    QVERIFY(radarBefore); // not drawn again while hidden
    QVERIFY(historyBefore);
    QVERIFY(headline->text().startsWith(u"23 of 45"_s));

    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!radarBefore); // drawn again, with the answer
    QTRY_VERIFY(!historyBefore); // once the overview has been painted
    QVERIFY2(headline->text().startsWith(u"24 of 45"_s), qPrintable(headline->text()));
    const QPointer<QChart> radarShown = radar->chart();
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(radarShown); // shown again without a change: nothing to compute
}

// The opening computes what is in view (the overview) and paints it; the team's history, on a
// tab not in view, is computed right after that paint, without anyone asking for it.
void tst_Dashboard::historyIsPreparedAfterTheOpeningIsPainted()
{
    LanguageManager languages;
    MainWindow w(m_t->db(), languages);
    QVERIFY(showDashboard(w));
    auto *history = w.dashboard()->findChild<QChartView *>(u"historyView"_s);
    QVERIFY(history);
    QVERIFY(!w.dashboard()->isUpToDate()); // not before the overview is painted
    const QPointer<QChart> empty = history->chart();
    QVERIFY(empty && empty->series().isEmpty());
    QTRY_VERIFY(w.dashboard()->isUpToDate());
    QVERIFY(!empty);
    QVERIFY(history->chart());
    QVERIFY(!history->chart()->series().isEmpty());
    const auto *line = qobject_cast<QXYSeries *>(history->chart()->series().constFirst());
    QVERIFY(line);
    QCOMPARE(line->count(), m_demo.assessmentIds.size()); // one point per assessment
}

// A tab in front is never shown out of date: the History tab chosen before the preparation ran
// is computed when it comes into view.
void tst_Dashboard::historyTabInFrontIsComputedAtOnce()
{
    LanguageManager languages;
    MainWindow w(m_t->db(), languages);
    QVERIFY(showDashboard(w));
    auto *history = w.dashboard()->findChild<QChartView *>(u"historyView"_s);
    QVERIFY(history);
    const QPointer<QChart> empty = history->chart();
    QVERIFY(empty && empty->series().isEmpty());
    QVERIFY(!w.dashboard()->isUpToDate());
    w.dashboard()->findChild<QTabWidget *>(u"dashboardTabs"_s)->setCurrentWidget(history->parentWidget());
    QVERIFY(!empty); // no event processed in between
    QVERIFY(history->chart() && !history->chart()->series().isEmpty());
}

void tst_Dashboard::categoryTableFitsA720pWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
}

void tst_Dashboard::categoryTableFitsA720pWindow()
{
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(language);
    MainWindow w(m_t->db(), languages);
    w.resize(1280, 680);
    QVERIFY(showDashboard(w));
    auto *table = w.dashboard()->findChild<QTableView *>(u"categoryTable"_s);
    QVERIFY(table && table->isVisible());
    // Every column shows whole: no horizontal scroll bar, the last column's right edge inside.
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    const int last = CategorySummaryModel::ColumnCount - 1;
    QVERIFY(table->columnViewportPosition(last) + table->columnWidth(last) <= table->viewport()->width());
    auto *radar = w.dashboard()->findChild<QWidget *>(u"radarView"_s);
    QVERIFY(radar->width() >= radar->minimumWidth());
}

// The Compare tab's two lists hold every assessment of the team; a long title must neither
// widen the window beyond a 1280-pixel screen nor be cut shorter than the screen in the list that
// opens.
void tst_Dashboard::longTitlesDoNotWidenTheWindow()
{
    AssessmentRepository repo(m_t->db());
    Assessment draft = repo.find(m_demo.assessmentIds.last()).value();
    draft.title = u"An assessment whose title goes on and on "_s.repeated(5).trimmed();
    const Status renamed = repo.updateHeader(draft);
    QVERIFY2(renamed, qPrintable(renamed.error()));
    LanguageManager languages;
    MainWindow w(m_t->db(), languages);
    w.resize(1280, 680);
    QVERIFY(showDashboard(w));
    auto *earlier = w.dashboard()->findChild<QComboBox *>(u"earlierBox"_s);
    QVERIFY(earlier);
    w.dashboard()->findChild<QTabWidget *>(u"dashboardTabs"_s)->setCurrentIndex(3); // Compare
    QVERIFY(earlier->isVisible());
    const int item = earlier->findData(draft.id);
    QVERIFY(item >= 0);
    QVERIFY(earlier->itemText(item).startsWith(draft.title));
    QVERIFY(earlier->fontMetrics().horizontalAdvance(draft.title) > 1280);
    QVERIFY2(w.minimumSizeHint().width() <= 1280, qPrintable(QString::number(w.minimumSizeHint().width())));
    QVERIFY(w.width() <= 1280);
    // The list that opens is wider than the box, as far as the screen allows, to show titles whole.
    earlier->showPopup();
    QVERIFY(earlier->view()->isVisible());
    QVERIFY(earlier->view()->width() > earlier->width());
    earlier->hidePopup();
}

void tst_Dashboard::profileEditorCreatesEditsAndUndoes()
{
    LanguageManager languages;
    MainWindow w(m_t->db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(m_demo.assessmentIds.last(), u"O-1"_s));
    const qint64 team = w.session()->assessment().teamId;
    bool checked = false;
    // Ctrl+T opens the editor; inside it, New… creates "Baseline" at level 2 everywhere.
    const auto inEditor = [&] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *editor = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QCOMPARE(editor->objectName(), u"profileEditor"_s);
        const auto inNewProfile = [] {
            QTRY_VERIFY(QApplication::activeModalWidget()
                && QApplication::activeModalWidget()->objectName() == u"newProfileDialog"_s);
            QWidget *dialog = QApplication::activeModalWidget();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"profileNameField"_s), u"Baseline"_s);
            dialog->findChild<QRadioButton *>(u"uniformChoice"_s)->setChecked(true);
            qobject_cast<QDialog *>(dialog)->accept();
        };
        QTimer::singleShot(0, [&] {
            inNewProfile();
            closeModalDialogsIfFailed();
        });
        editor->findChild<QPushButton *>(u"newProfileButton"_s)->click();
        auto *table = editor->findChild<QTableView *>(u"targetTable"_s);
        QCOMPARE(editor->findChild<QComboBox *>(u"profileList"_s)->currentText(), u"Baseline"_s);
        QCOMPARE(table->model()->index(0, ProfileTableModel::Target).data().toString(), u"2"_s);
        QVERIFY(table->model()->setData(table->model()->index(0, ProfileTableModel::Target), 4));
        QVERIFY(table->model()->setData(table->model()->index(0, ProfileTableModel::Rationale), u"Board wants it"_s));
        // Undo the rationale with the dialog's own Ctrl+Z (once it is the active window again,
        // which the offscreen platform does not do by itself after the nested dialog).
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(table->model()->index(0, ProfileTableModel::Rationale).data(Qt::EditRole).toString(), QString());
        checked = true;
        editor->accept();
    };
    QTimer::singleShot(0, [&] {
        inEditor();
        closeModalDialogsIfFailed();
    });
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(checked);

    // Saved at once: the stored profile has the edit and not the undone rationale.
    const auto profiles = ProfileRepository(m_t->db()).forTeam(team).value();
    QCOMPARE(profiles.size(), 2);
    qint64 baseline = 0;
    for (const TargetProfile &p : profiles) {
        if (p.name == u"Baseline"_s)
            baseline = p.id;
    }
    QVERIFY(baseline != 0);
    const TargetProfile stored = ProfileRepository(m_t->db()).load(baseline).value();
    QCOMPARE(stored.targets.size(), 45);
    QCOMPARE(stored.targets.value(u"O-1"_s).level, std::optional<int>(4));
    QCOMPARE(stored.targets.value(u"O-1"_s).rationale, QString());
    QCOMPARE(stored.targets.value(u"O-2"_s).level, std::optional<int>(2));
    // The editor's choice is the team's profile from now on.
    QCOMPARE(ProfileChoice::resolve(m_t->db(), team).value()->id, baseline);
}

void tst_Dashboard::profileApprovalIsExportedAsStored()
{
    const Assessment current = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.last()).value();
    TargetProfile approved = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    approved.approvedBy = u"Board"_s;
    approved.approvedOn = QDate(2025, 1, 15);
    QVERIFY(ProfileRepository(m_t->db()).save(approved));
    TargetProfile second;
    second.teamId = current.teamId;
    second.name = u"Second"_s;
    const qint64 secondId = ProfileRepository(m_t->db()).insert(second)->id;

    ProfileEditorDialog dialog(m_t->db(), m_catalogue, *m_catalogue.find(current.modelId), current, u"en"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // v2 interim's names are marked; the dialog says what the mark means.
    QVERIFY(dialog.findChild<QLabel *>(u"nameLegend"_s)->isVisible());
    auto *list = dialog.findChild<QComboBox *>(u"profileList"_s);
    auto *date = dialog.findChild<QDateEdit *>(u"approvedOn"_s);
    auto *check = dialog.findChild<QCheckBox *>(u"approvedCheck"_s);
    auto *by = dialog.findChild<QLineEdit *>(u"approvedBy"_s);
    list->setCurrentIndex(list->findData(m_demo.profileId));
    QCOMPARE(date->date(), QDate(2025, 1, 15));
    // The unapproved profile shows today, not the previous profile's date.
    list->setCurrentIndex(list->findData(secondId));
    QVERIFY(!check->isChecked());
    QCOMPARE(date->date(), QDate::currentDate());

    // Approve and export at once: the file holds exactly what the database holds.
    by->setText(u"CISO"_s);
    check->setChecked(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"second.json"_s);
    FileDialog::setNextPath(path);
    dialog.findChild<QPushButton *>(u"exportProfileButton"_s)->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const TargetProfile stored = ProfileRepository(m_t->db()).load(secondId).value();
    QCOMPARE(stored.approvedBy, u"CISO"_s);
    QCOMPARE(stored.approvedOn, QDate::currentDate());
    QCOMPARE(json.value(u"approvedBy"_s).toString(), stored.approvedBy);
    QCOMPARE(json.value(u"approvedOn"_s).toString(), stored.approvedOn.toString(Qt::ISODate));
}

void tst_Dashboard::profileEditedInTwoPlacesLosesNothing()
{
    const Assessment current = AssessmentRepository(m_t->db()).load(m_demo.assessmentIds.last()).value();
    ProfileEditorDialog dialog(m_t->db(), m_catalogue, *m_catalogue.find(current.modelId), current, u"en"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QComboBox *>(u"profileList"_s);
    list->setCurrentIndex(list->findData(m_demo.profileId));
    QAbstractItemModel *targets = dialog.findChild<QTableView *>(u"targetTable"_s)->model();
    QCOMPARE(targets->index(0, ProfileTableModel::Id).data().toString(), u"O-1"_s);
    QCOMPARE(targets->index(1, ProfileTableModel::Id).data().toString(), u"O-2"_s);

    // Ben, in another copy, changes O-1's target; Aiko, who has not seen it, changes O-2's.
    auto other = Database::open(m_t->path());
    QVERIFY(other);
    const auto benSets = [&](const QString &parameterId, int level) {
        ProfileRepository theirs(*other.value());
        TargetProfile p = theirs.load(m_demo.profileId).value();
        p.targets[parameterId].level = level;
        return theirs.save(p);
    };
    QVERIFY(benSets(u"O-1"_s, 4));
    QVERIFY(targets->setData(targets->index(1, ProfileTableModel::Target), 2)); // the demo's is 3
    TargetProfile stored = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    QCOMPARE(stored.targets.value(u"O-1"_s).level, std::optional<int>(4)); // Ben's, kept
    QCOMPARE(stored.targets.value(u"O-2"_s).level, std::optional<int>(2)); // Aiko's
    QCOMPARE(targets->index(0, ProfileTableModel::Target).data().toString(), u"4"_s); // and shown

    // Both change O-2: Aiko is asked, sees which, and keeps Ben's.
    QVERIFY(benSets(u"O-2"_s, 1));
    MessageBox::setNextAnswer(QMessageBox::No);
    targets->setData(targets->index(1, ProfileTableModel::Target), 3);
    QVERIFY2(MessageBox::lastText().contains(u"O-2"_s), qPrintable(MessageBox::lastText()));
    stored = ProfileRepository(m_t->db()).load(m_demo.profileId).value();
    QCOMPARE(stored.targets.value(u"O-2"_s).level, std::optional<int>(1));
    QCOMPARE(targets->index(1, ProfileTableModel::Target).data().toString(), u"1"_s);

    // Once more, and she writes hers over Ben's, knowingly.
    QVERIFY(benSets(u"O-2"_s, 0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    targets->setData(targets->index(1, ProfileTableModel::Target), 3);
    QCOMPARE(ProfileRepository(m_t->db()).load(m_demo.profileId)->targets.value(u"O-2"_s).level, std::optional<int>(3));
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
