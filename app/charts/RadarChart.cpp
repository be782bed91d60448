#include "RadarChart.h"

#include "analysis/GapAnalysis.h"
#include "charts/ChartStyle.h"
#include "charts/LineLegend.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPalette>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

RadarChart::Data RadarChart::data(
    const GapAnalysis &analysis, const QString &categoryId, QString notApplicable, QString unanswered)
{
    if (notApplicable.isEmpty())
        notApplicable = QCoreApplication::translate("RadarChart", " (N/A)");
    if (unanswered.isEmpty())
        unanswered = QCoreApplication::translate("RadarChart", " (?)");
    Data d;
    int spoke = 0;
    for (const ParameterResult &r : analysis.parameters()) {
        if (!categoryId.isEmpty() && r.categoryId != categoryId)
            continue;
        QString label = r.parameterId;
        if (r.state == ParameterResult::State::NotApplicable)
            label += notApplicable;
        else if (r.state == ParameterResult::State::Unanswered)
            label += unanswered;
        d.labels.append(label);
        if (r.current)
            d.current.append(QPointF(spoke, *r.current));
        if (r.target)
            d.target.append(QPointF(spoke, *r.target));
        ++spoke;
    }
    return d;
}

QChart *RadarChart::create(const Data &data)
{
    auto *chart = new QPolarChart;
    ChartStyle::apply(chart);
    const int spokes = static_cast<int>(data.labels.size());

    auto closed = [spokes](const QList<QPointF> &points) {
        QList<QPointF> ring = points;
        // Close the ring only when the first spoke has a value; otherwise the gap stays open.
        if (!points.isEmpty() && points.first().x() == 0)
            ring.append(QPointF(spokes, points.first().y()));
        return ring;
    };

    auto *target = new QLineSeries(chart);
    target->setName(data.targetName.isEmpty() ? QCoreApplication::translate("RadarChart", "Target") : data.targetName);
    target->append(closed(data.target));
    target->setPen(ChartStyle::pen(1, 2.5));
    auto *current = new QLineSeries(chart);
    current->setName(
        data.currentName.isEmpty() ? QCoreApplication::translate("RadarChart", "Current") : data.currentName);
    current->append(closed(data.current));
    current->setPen(ChartStyle::pen(0, 3));
    // Each level as a dot, so that a spoke with a value is visible even between gaps.
    auto *dots = new QScatterSeries(chart);
    dots->append(data.current);
    dots->setMarkerSize(7);
    dots->setColor(ChartStyle::colour(0));
    dots->setBorderColor(ChartStyle::colour(0));
    chart->addSeries(target);
    chart->addSeries(current);
    chart->addSeries(dots); // unnamed: not in the legend

    const QPalette pal = QApplication::palette();
    auto *angular = new QCategoryAxis(chart);
    angular->setRange(0, std::max(1, spokes));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < spokes; ++i)
        angular->append(data.labels.at(i), i);
    angular->setLabelsColor(pal.color(QPalette::Text));
    angular->setGridLineColor(pal.color(QPalette::Mid));
    QFont small = ChartStyle::font();
    small.setPointSizeF(small.pointSizeF() * (spokes > 20 ? 0.75 : 0.9));
    angular->setLabelsFont(small);
    auto *radial = new QValueAxis(chart);
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(u"%d"_s);
    radial->setLabelsColor(pal.color(QPalette::Text));
    radial->setGridLineColor(pal.color(QPalette::Mid));
    radial->setLabelsFont(small);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{target, current, dots}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    // Solid against dashed, as drawn: told apart in grey-scale too.
    LineLegend::attach(chart);
    return chart;
}
