#include "CategoryBarChart.h"

#include "analysis/GapAnalysis.h"
#include "charts/ChartStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

using namespace Qt::StringLiterals;

QChart *CategoryBarChart::create(const GapAnalysis &analysis, const Sim3Model &model, const QString &language,
    const QString &currentName, const QString &targetName)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    auto *current = new QBarSet(
        currentName.isEmpty() ? QCoreApplication::translate("CategoryBarChart", "Current (average)") : currentName);
    auto *target = new QBarSet(
        targetName.isEmpty() ? QCoreApplication::translate("CategoryBarChart", "Target (average)") : targetName);
    current->setBrush(ChartStyle::colour(0));
    current->setBorderColor(ChartStyle::colour(0));
    // A hatched target bar stays distinct from the solid one in grey-scale print.
    QBrush hatched(ChartStyle::colour(1), Qt::BDiagPattern);
    target->setBrush(hatched);
    target->setBorderColor(ChartStyle::colour(1));
    QStringList names;
    for (const CategorySummary &c : analysis.categories()) {
        const Category *category = model.category(c.categoryId);
        names.append(category ? category->name.text(language) : c.categoryId);
        current->append(c.averageCurrent.value_or(0));
        target->append(c.averageTarget.value_or(0));
    }
    auto *series = new QBarSeries(chart);
    series->append(current);
    series->append(target);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(2);
    // Above the bars, in the text colour: readable on every bar, the pale hatched one included.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    const QPalette pal = QApplication::palette();
    current->setLabelColor(pal.color(QPalette::Text));
    target->setLabelColor(pal.color(QPalette::Text));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(names);
    // Qt Charts cuts a label to "Organisa…" well before it runs out of room: never cut.
    x->setTruncateLabels(false);
    auto *y = new QValueAxis(chart);
    // Room above level 4 for a label; the ticks stay at the levels.
    y->setRange(0, 4.45);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(1);
    y->setLabelFormat(u"%d"_s);
    for (QBarSet *set : {current, target})
        set->setLabelFont(ChartStyle::adopt(set->labelFont()));
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{x, y}) {
        axis->setLabelsFont(ChartStyle::adopt(axis->labelsFont()));
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}
