#include "SpreadPlot.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

SpreadPlot::SpreadPlot(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spreadPlot"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void SpreadPlot::setSpread(const RatingSpread &spread)
{
    m_spread = spread;
    QStringList parts;
    for (int level = 0; level <= 4; ++level) {
        if (const int n = m_spread.counts.at(static_cast<std::size_t>(level)); n > 0)
            parts.append(tr("level %1: %n", nullptr, n).arg(level));
    }
    setAccessibleName(tr("Spread of the ratings"));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize SpreadPlot::sizeHint() const
{
    const int unit = fontMetrics().height();
    const int most = std::max(1, *std::max_element(m_spread.counts.cbegin(), m_spread.counts.cend()));
    return {unit * 14, unit * 2 + std::min(most, 12) * unit};
}

void SpreadPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int unit = fontMetrics().height();
    const qreal columnWidth = width() / 5.0;
    const qreal baseline = height() - unit * 1.2;
    const qreal dot = unit * 0.95;
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);

    p.setPen(QPen(ink, 1));
    p.drawLine(QPointF(0, baseline), QPointF(width(), baseline));
    for (int level = 0; level <= 4; ++level) {
        const qreal x = columnWidth * (level + 0.5);
        p.setPen(ink);
        p.drawText(
            QRectF(x - columnWidth / 2, baseline + 2, columnWidth, unit), Qt::AlignCenter, QString::number(level));
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        const int n = std::min(m_spread.counts.at(static_cast<std::size_t>(level)), 12);
        for (int i = 0; i < n; ++i)
            p.drawEllipse(QPointF(x, baseline - dot * (i + 0.6)), dot / 2.2, dot / 2.2);
    }
    if (m_spread.median) {
        // The median as a dashed line over its place between the levels.
        const qreal x = columnWidth * (*m_spread.median + 0.5);
        p.setPen(QPen(ink, 2, Qt::DashLine));
        p.drawLine(QPointF(x, unit * 0.2), QPointF(x, baseline));
    }
}
