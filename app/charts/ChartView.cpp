#include "ChartView.h"

#include <QChart>

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
}

void ChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart); // the view owns the new chart; the old one is released to us
    delete old;
}
