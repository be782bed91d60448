#pragma once

#include <QChartView>

// A chart on screen, antialiased, whose chart can be replaced: the view owns the chart it shows
// and deletes the one it replaces.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Takes ownership of `chart`.
    void replaceChart(QChart *chart);
};
