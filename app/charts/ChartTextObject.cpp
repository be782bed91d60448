#include "ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace {
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
constexpr int ChartSizeProperty = QTextFormat::UserProperty + 2;
constexpr int ChartLogicalSizeProperty = QTextFormat::UserProperty + 3;

// A chart is drawn through its scene, laid out at `size` and scaled into `target`.
void renderChart(QChart *chart, QPainter *painter, const QRectF &target, QSizeF size = QSizeF())
{
    if (size.isEmpty())
        size = target.size();
    chart->resize(size);
    chart->scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    chart->setPos(0, 0);
    chart->scene()->render(painter, target, QRectF(QPointF(0, 0), size));
}
} // namespace

ChartTextObject::ChartTextObject(QTextDocument *document)
    : QObject(document)
{
    document->documentLayout()->registerHandler(Type, this);
}

ChartTextObject::~ChartTextObject() = default;

void ChartTextObject::insert(QTextCursor &cursor, QChart *chart, const QSizeF &size, const QSizeF &logicalSize)
{
    m_scenes.push_back(std::make_unique<QGraphicsScene>());
    m_scenes.back()->addItem(chart);
    m_charts.push_back(chart);
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(ChartIndexProperty, static_cast<int>(m_charts.size() - 1));
    format.setProperty(ChartSizeProperty, size);
    format.setProperty(ChartLogicalSizeProperty, logicalSize);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QImage ChartTextObject::toImage(QChart *chart, const QSize &size)
{
    // Twice the pixels, for print; opaque (white), so that it is stored without an alpha channel.
    QImage image(size * 2, QImage::Format_RGB32);
    image.fill(Qt::white);
    QGraphicsScene scene;
    scene.addItem(chart);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size * 2)), QSizeF(size));
    }
    scene.removeItem(chart);
    return image;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ChartSizeProperty).toSizeF();
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(ChartIndexProperty).toInt();
    if (index < 0 || index >= static_cast<int>(m_charts.size()))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    renderChart(
        m_charts.at(static_cast<size_t>(index)), painter, rect, format.property(ChartLogicalSizeProperty).toSizeF());
    painter->restore();
}
