#include "ReportCharts.h"

#include "analysis/GapAnalysis.h"
#include "charts/CategoryBarChart.h"
#include "charts/ChartTextObject.h"
#include "charts/RadarChart.h"

#include <QBuffer>
#include <QChart>
#include <QImage>
#include <QImageWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Takes ownership of `chart`.
void insertImage(QTextCursor &cursor, QTextDocument *document, QChart *chart, const QSizeF &size, const QString &name)
{
    const QImage picture = ChartTextObject::toImage(chart, size.toSize());
    delete chart;
    const QUrl url(u"chart://"_s + name);
    // Given as PNG bytes, which the ODF writer stores as they are: given a QImage, it encoded it
    // at zlib's strongest level (60 % of an ODT report's time). Quality 90 is a light level, for
    // a file 4 % larger; the ODT's zip compresses it again anyway.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(90);
    if (writer.write(picture))
        document->addResource(QTextDocument::ImageResource, url, png);
    else
        document->addResource(QTextDocument::ImageResource, url, picture);
    QTextImageFormat f;
    f.setName(url.toString());
    f.setWidth(size.width());
    f.setHeight(size.height());
    cursor.insertImage(f);
}

} // namespace

void ReportCharts::insert(QTextCursor &cursor, QTextDocument *document, ChartTextObject *objects,
    const GapAnalysis &analysis, const Sim3Model &model, const QString &language, const Texts &texts, qreal pageWidth,
    qreal unitsPerPoint)
{
    RadarChart::Data radarData = RadarChart::data(analysis, QString(), texts.notApplicable, texts.unanswered);
    radarData.currentName = texts.current;
    radarData.targetName = texts.target;
    QChart *radar = RadarChart::create(radarData);
    QChart *bars = CategoryBarChart::create(analysis, model, language, texts.currentAverage, texts.targetAverage);
    radar->setTitle(texts.radarTitle);
    bars->setTitle(texts.barsTitle);
    const QSizeF radarSize(pageWidth, pageWidth * 0.95);
    const QSizeF barSize(pageWidth, pageWidth * 0.42);
    QTextBlockFormat centre;
    centre.setAlignment(Qt::AlignCenter);
    cursor.insertBlock(centre);
    if (objects) {
        objects->insert(cursor, radar, radarSize, radarSize / unitsPerPoint);
        cursor.insertBlock(centre);
        objects->insert(cursor, bars, barSize, barSize / unitsPerPoint);
        return;
    }
    insertImage(cursor, document, radar, radarSize, u"radar"_s);
    cursor.insertBlock(centre);
    insertImage(cursor, document, bars, barSize, u"categories"_s);
}
