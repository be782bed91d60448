#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QChart;
class QGraphicsScene;
class QTextCursor;
class QTextDocument;

// Puts a chart into a QTextDocument as an object that paints itself, so that a PDF gets vector
// graphics. The charts belong to this object, which must outlive the document's painting.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ChartTextObject)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    // Registers itself as the handler for chart objects in `document`.
    explicit ChartTextObject(QTextDocument *document);
    ~ChartTextObject() override;

    // Inserts `chart` (ownership taken) at the cursor, `size` in document units. The chart is
    // laid out at `logicalSize` (points) and scaled to `size`, so its text keeps its point size.
    void insert(QTextCursor &cursor, QChart *chart, const QSizeF &size, const QSizeF &logicalSize);
    // The chart as an image of `size` pixels, for formats that cannot hold vector objects. The
    // caller keeps ownership of `chart`.
    static QImage toImage(QChart *chart, const QSize &size);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    // One scene per chart; a scene owns the chart added to it.
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
    std::vector<QChart *> m_charts;
};
