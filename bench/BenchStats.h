#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <functional>

// Runs `operation` `runs` times and prints the median and 90th percentile in milliseconds.
inline double benchMedian(
    QTextStream &out, const char *name, int runs, const std::function<void()> &operation, double budgetMs)
{
    QList<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation();
        samples.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples.at(samples.size() / 2);
    const double p90 = samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 9 / 10));
    out << Qt::left << qSetFieldWidth(44) << name << qSetFieldWidth(0) << " median " << Qt::fixed
        << qSetRealNumberPrecision(2) << median << " ms, p90 " << p90 << " ms (budget " << budgetMs << " ms, " << runs
        << " runs)" << (median <= budgetMs ? "" : "  OVER BUDGET") << Qt::endl;
    return median;
}

// The median of `samples`.
inline double medianOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}
