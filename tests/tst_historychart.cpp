#include "charts/ChartStyle.h"
#include "charts/HistoryChart.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A long history is drawn as the eye can see it: a few dates under the axis, lines thinned to
// bucket means, markers only where each point can be told apart.
class tst_HistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void labelledIndexes_data();
    void labelledIndexes();
    void thinned_data();
    void thinned();
    void longHistoryIsDrawnThinned();
    void shortHistoryKeepsEveryPoint();
};

void tst_HistoryChart::labelledIndexes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxLabels");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none") << 0 << 10 << QList<int>{};
    QTest::newRow("one") << 1 << 10 << QList<int>{0};
    QTest::newRow("all fit") << 3 << 10 << QList<int>{0, 1, 2};
    QTest::newRow("exactly full") << 10 << 10 << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("one too many") << 11 << 10 << QList<int>{0, 1, 2, 3, 4, 6, 7, 8, 9, 10};
    QTest::newRow("thousand") << 1000 << 10 << QList<int>{0, 111, 222, 333, 444, 555, 666, 777, 888, 999};
    QTest::newRow("two labels") << 50 << 2 << QList<int>{0, 49};
}

void tst_HistoryChart::labelledIndexes()
{
    QFETCH(int, count);
    QFETCH(int, maxLabels);
    QFETCH(QList<int>, expected);
    QCOMPARE(HistoryChart::labelledIndexes(count, maxLabels), expected);
}

void tst_HistoryChart::thinned_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<QList<QPointF>>("expected");
    const QList<QPointF> four{{0, 1}, {1, 3}, {2, 2}, {3, 4}};
    QTest::newRow("fits") << four << 4 << four;
    QTest::newRow("halved") << four << 2 << QList<QPointF>{{0.5, 2}, {2.5, 3}};
    QTest::newRow("one bucket") << four << 1 << QList<QPointF>{{1.5, 2.5}};
    // Uneven buckets: 5 points in 2 (2 and 3 points).
    QTest::newRow("uneven") << QList<QPointF>{{0, 0}, {1, 2}, {2, 4}, {3, 4}, {4, 4}} << 2
                            << QList<QPointF>{{0.5, 1}, {3, 4}};
    QTest::newRow("empty") << QList<QPointF>{} << 3 << QList<QPointF>{};
}

void tst_HistoryChart::thinned()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(int, maxPoints);
    QFETCH(QList<QPointF>, expected);
    QCOMPARE(HistoryChart::thinned(points, maxPoints), expected);
}

namespace {

HistoryChart::Data history(int count)
{
    HistoryChart::Data data;
    data.categories.append(HistoryChart::Line{u"O Organisation"_s, {}});
    data.shareAtTarget.name = u"Share at target (%)"_s;
    for (int i = 0; i < count; ++i) {
        data.assessments.append(QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate));
        data.categories[0].points.append(QPointF(i, (i % 5) * 0.5));
        data.shareAtTarget.points.append(QPointF(i, i % 100));
    }
    return data;
}

QStringList axisLabels(const QChart &chart)
{
    const auto axes = chart.axes(Qt::Horizontal);
    auto *x = qobject_cast<QCategoryAxis *>(axes.value(0));
    return x ? x->categoriesLabels() : QStringList();
}

} // namespace

void tst_HistoryChart::longHistoryIsDrawnThinned()
{
    const HistoryChart::Data data = history(1000);
    std::unique_ptr<QChart> chart(HistoryChart::create(data));
    const QStringList labels = axisLabels(*chart);
    QCOMPARE(labels.size(), HistoryChart::MaxLabels);
    QCOMPARE(labels.first(), data.assessments.first());
    QCOMPARE(labels.last(), data.assessments.last());
    for (QAbstractSeries *s : chart->series()) {
        const auto *series = qobject_cast<QLineSeries *>(s);
        QVERIFY(series);
        QCOMPARE(series->count(), HistoryChart::MaxPoints);
        QVERIFY(!series->pointsVisible());
        QVERIFY(series->lightMarker().isNull()); // Qt draws a light marker even on hidden points
        QVERIFY(ChartStyle::marker(series) >= 0); // the legend still shows it
        // The line still spans the history, from its first bucket to its last.
        QVERIFY(series->at(0).x() < 10);
        QVERIFY(series->at(series->count() - 1).x() > 990);
    }
}

void tst_HistoryChart::shortHistoryKeepsEveryPoint()
{
    const HistoryChart::Data data = history(12);
    std::unique_ptr<QChart> chart(HistoryChart::create(data));
    QCOMPARE(axisLabels(*chart).size(), HistoryChart::MaxLabels);
    for (QAbstractSeries *s : chart->series()) {
        const auto *series = qobject_cast<QLineSeries *>(s);
        QCOMPARE(series->count(), 12);
        QVERIFY(series->pointsVisible());
        QVERIFY(!series->lightMarker().isNull());
    }
    std::unique_ptr<QChart> three(HistoryChart::create(history(3)));
    QCOMPARE(axisLabels(*three), (QStringList{u"2000-01-01"_s, u"2000-01-02"_s, u"2000-01-03"_s}));
}

QTEST_MAIN(tst_HistoryChart)
#include "tst_historychart.moc"
