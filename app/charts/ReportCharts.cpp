#include "ReportCharts.h"

#include "analysis/GapAnalysis.h"
#include "charts/CategoryBarChart.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTextObject.h"
#include "charts/PngEncoder.h"
#include "charts/RadarChart.h"

#include <QChart>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QUrl>

#include <future>

using namespace Qt::StringLiterals;

namespace {

// The chart drawn as a picture, as PNG bytes, which the ODF writer stores as they are (given a
// QImage, it encoded it at zlib's strongest level, 60 % of an ODT report's time).
QVariant pngOf(const QImage &picture)
{
    return PngEncoder::encode(picture);
}

void insertImage(
    QTextCursor &cursor, QTextDocument *document, const QVariant &image, const QSizeF &size, const QString &name)
{
    const QUrl url(u"chart://"_s + name);
    document->addResource(QTextDocument::ImageResource, url, image);
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
    // The charts' text in the report's fonts: one Japanese font in the file, not two.
    const ChartStyle::FontScope fonts(document->defaultFont().families());
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
    // Drawn here (charts live on this thread), encoded side by side: the radar on a thread of
    // its own while this one encodes the bars.
    const QImage radarPicture = ChartTextObject::toImage(radar, radarSize.toSize());
    delete radar;
    const QImage barPicture = ChartTextObject::toImage(bars, barSize.toSize());
    delete bars;
    std::future<QVariant> radarPng = std::async(std::launch::async, [&radarPicture] { return pngOf(radarPicture); });
    const QVariant barPng = pngOf(barPicture);
    insertImage(cursor, document, radarPng.get(), radarSize, u"radar"_s);
    cursor.insertBlock(centre);
    insertImage(cursor, document, barPng, barSize, u"categories"_s);
}
