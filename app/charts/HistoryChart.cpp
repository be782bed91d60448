#include "HistoryChart.h"

#include "analysis/TeamHistory.h"
#include "catalogue/Sim3Model.h"
#include "charts/AxisCaptions.h"
#include "charts/ChartStyle.h"
#include "charts/LineLegend.h"
#include "i18n/DateText.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

using namespace Qt::StringLiterals;

HistoryChart::Data HistoryChart::data(const TeamHistory &history, const Sim3Model &model, const QString &language)
{
    Data d;
    for (const Category &c : model.categories())
        d.categories.append(Line{u"%1 %2"_s.arg(c.id, c.name.text(language)), {}});
    d.shareAtTarget.name = QCoreApplication::translate("HistoryChart", "Share at target (%)");
    for (qsizetype i = 0; i < history.points().size(); ++i) {
        const TeamHistory::Point &p = history.points().at(i);
        d.assessments.append(DateText::date(p.date));
        for (const CategorySummary &s : p.categories) {
            for (qsizetype c = 0; c < model.categories().size(); ++c) {
                if (model.categories().at(c).id == s.categoryId && s.averageCurrent)
                    d.categories[c].points.append(QPointF(double(i), *s.averageCurrent));
            }
        }
        if (const auto share = p.overall.shareAtTarget())
            d.shareAtTarget.points.append(QPointF(double(i), *share * 100.0));
    }
    return d;
}

QList<int> HistoryChart::labelledIndexes(int count, int maxLabels)
{
    QList<int> indexes;
    if (count <= 0)
        return indexes;
    if (count <= maxLabels || maxLabels < 2) {
        for (int i = 0; i < std::min(count, std::max(maxLabels, 1)); ++i)
            indexes.append(i);
        if (indexes.last() != count - 1)
            indexes.last() = count - 1;
        return indexes;
    }
    // Evenly spaced over the whole range; rounding never repeats an index since count > maxLabels.
    for (int k = 0; k < maxLabels; ++k)
        indexes.append(
            static_cast<int>((static_cast<qint64>(k) * (count - 1) + (maxLabels - 1) / 2) / (maxLabels - 1)));
    return indexes;
}

QList<QPointF> HistoryChart::thinned(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 1)
        return points;
    QList<QPointF> kept;
    kept.reserve(maxPoints);
    for (qsizetype b = 0; b < maxPoints; ++b) {
        const qsizetype from = b * points.size() / maxPoints;
        const qsizetype to = (b + 1) * points.size() / maxPoints;
        QPointF sum;
        for (qsizetype i = from; i < to; ++i)
            sum += points.at(i);
        kept.append(sum / static_cast<qreal>(to - from));
    }
    return kept;
}

QChart *HistoryChart::create(const Data &data)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    const QPalette pal = QApplication::palette();
    const int count = static_cast<int>(data.assessments.size());

    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTruncateLabels(false); // dates whole
    // Room beside the first and the last point for half a date, however many points there are.
    const double pad = std::max(0.3, (count - 1) * 0.05);
    x->setRange(-pad, std::max(0.3, count - 1 + pad));
    for (const int i : labelledIndexes(count))
        x->append(data.assessments.at(i), i);
    const bool marked = count <= MarkedPoints;
    auto *levels = new QValueAxis(chart);
    levels->setRange(0, 4);
    levels->setTickCount(5);
    levels->setLabelFormat(u"%d"_s);
    auto *percent = new QValueAxis(chart);
    percent->setRange(0, 100);
    percent->setTickCount(5);
    percent->setLabelFormat(u"%d %%"_s);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{x, levels, percent}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(levels, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    percent->setGridLineVisible(false);

    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        auto *series = new QLineSeries(chart);
        series->setName(data.categories.at(i).name);
        series->append(thinned(data.categories.at(i).points));
        series->setPen(ChartStyle::pen(static_cast<int>(i)));
        ChartStyle::setMarker(series, static_cast<int>(i), marked);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(levels);
    }
    auto *share = new QLineSeries(chart);
    share->setName(data.shareAtTarget.name);
    share->append(thinned(data.shareAtTarget.points));
    QPen sharePen(pal.color(QPalette::Text), 2, Qt::DashLine);
    share->setPen(sharePen);
    ChartStyle::setMarker(share, static_cast<int>(data.categories.size()), marked);
    chart->addSeries(share);
    share->attachAxis(x);
    share->attachAxis(percent);
    AxisCaptions::attach(chart, QCoreApplication::translate("HistoryChart", "Average level"),
        QCoreApplication::translate("HistoryChart", "At target"));
    LineLegend::attach(chart);
    return chart;
}
