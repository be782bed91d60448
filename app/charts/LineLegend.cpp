#include "LineLegend.h"

#include "charts/ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QXYSeries>

namespace {

constexpr qreal SampleLength = 36;
constexpr qreal Gap = 6;
constexpr qreal EntrySpacing = 18;
constexpr int KindKey = 0;
constexpr const char *EntryKind = "lineLegendEntry";

// One series: a stretch of its line with its marker, and its name.
class Entry final : public QGraphicsItem
{
public:
    Entry(const QXYSeries *series, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_pen(series->pen())
        , m_marker(ChartStyle::marker(series))
        , m_name(series->name())
        , m_font(ChartStyle::font())
    {
        setData(KindKey, QString::fromLatin1(EntryKind));
        // In pixels of the scene: a size in points would be taken at the printer's resolution
        // when the chart is drawn into the report, and come out many times too large.
        m_font.setPixelSize(QFontInfo(m_font).pixelSize());
    }

    QRectF boundingRect() const override
    {
        const QFontMetricsF metrics(m_font);
        // A line and a third: Japanese drawn from a fallback font is taller than the font measured.
        return {0, 0, SampleLength + Gap + metrics.horizontalAdvance(m_name) + 2, metrics.height() * 4 / 3};
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem * /*option*/, QWidget * /*widget*/) override
    {
        const qreal middle = boundingRect().height() / 2;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(m_pen);
        painter->drawLine(QPointF(0, middle), QPointF(SampleLength, middle));
        if (m_marker >= 0)
            ChartStyle::drawMarker(painter, m_marker, QPointF(SampleLength / 2, middle), m_pen.color());
        painter->setFont(m_font);
        painter->setPen(QApplication::palette().color(QPalette::Text));
        painter->drawText(QRectF(SampleLength + Gap, 0, boundingRect().width(), boundingRect().height()),
            Qt::AlignLeft | Qt::AlignVCenter, m_name);
    }

private:
    QPen m_pen;
    int m_marker;
    QString m_name;
    QFont m_font;
};

// Rows of entries, centred, as wide as the chart allows; the bottom margin holds them.
void layOut(QChart *chart, const QList<Entry *> &entries)
{
    const QRectF area = ChartStyle::contentRect(chart);
    const qreal width = area.width() - 16;
    QList<QList<Entry *>> rows(1);
    qreal used = 0;
    for (Entry *e : entries) {
        const qreal w = e->boundingRect().width();
        if (!rows.last().isEmpty() && used + EntrySpacing + w > width) {
            rows.append(QList<Entry *>());
            used = 0;
        }
        used += (rows.last().isEmpty() ? 0 : EntrySpacing) + w;
        rows.last().append(e);
    }
    const qreal rowHeight = entries.isEmpty() ? 0 : entries.first()->boundingRect().height() + 2;
    const qreal height = rowHeight * static_cast<qreal>(rows.size()) + 6;
    qreal y = area.bottom() - height + 2;
    for (const QList<Entry *> &row : std::as_const(rows)) {
        qreal rowWidth = -EntrySpacing;
        for (const Entry *e : row)
            rowWidth += EntrySpacing + e->boundingRect().width();
        qreal x = area.left() + (area.width() - rowWidth) / 2;
        for (Entry *e : row) {
            e->setPos(x, y);
            x += e->boundingRect().width() + EntrySpacing;
        }
        y += rowHeight;
    }
    QMargins margins = chart->margins();
    if (margins.bottom() != qCeil(height)) {
        margins.setBottom(qCeil(height));
        chart->setMargins(margins);
    }
}

} // namespace

void LineLegend::attach(QChart *chart)
{
    chart->legend()->setVisible(false);
    QList<Entry *> entries;
    for (QAbstractSeries *series : chart->series()) {
        // An unnamed series (dots on another line) has no entry of its own.
        if (const auto *line = qobject_cast<const QXYSeries *>(series); line && !line->name().isEmpty())
            entries.append(new Entry(line, chart));
    }
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart, entries] { layOut(chart, entries); });
    layOut(chart, entries);
}

bool LineLegend::isEntry(const QGraphicsItem *item)
{
    return item->data(KindKey).toString() == QLatin1String(EntryKind);
}
