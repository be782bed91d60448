#include "charts/PngEncoder.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

// Our PNG writer for the ODT's charts: a reader (Qt's, through libpng, which checks every CRC)
// gets back exactly the pixels given.
class tst_PngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void crc32_data();
    void crc32();
    void roundTrip_data();
    void roundTrip();
    void nullImageGivesNothing();
};

void tst_PngEncoder::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    QTest::newRow("empty") << QByteArray() << quint32(0);
    // The check value of CRC-32, and the CRC every PNG file ends with.
    QTest::newRow("123456789") << QByteArray("123456789") << quint32(0xCBF43926U);
    QTest::newRow("IEND") << QByteArray("IEND") << quint32(0xAE426082U);
}

void tst_PngEncoder::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(PngEncoder::crc32(data), crc);
}

void tst_PngEncoder::roundTrip_data()
{
    QTest::addColumn<QImage>("picture");
    QImage one(1, 1, QImage::Format_RGB32);
    one.fill(QColor(12, 34, 56));
    QTest::newRow("one pixel") << one;
    // Odd width: rows are not padded in PNG, as they are in a QImage.
    QImage odd(3, 2, QImage::Format_RGB32);
    const QRgb colours[]
        = {qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255), qRgb(1, 2, 3), qRgb(250, 251, 252), qRgb(128, 64, 32)};
    for (int i = 0; i < 6; ++i)
        odd.setPixel(i % 3, i / 3, colours[i]);
    QTest::newRow("3x2, every pixel different") << odd;
    // As large as the report's radar, antialiased lines and text on white.
    QImage chart(986, 938, QImage::Format_ARGB32_Premultiplied);
    chart.fill(Qt::white);
    QPainter p(&chart);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 114, 178), 3));
    for (int i = 0; i < 45; ++i)
        p.drawLine(QPointF(493, 469), QPointF(493 + 400 * std::cos(i * 0.14), 469 + 400 * std::sin(i * 0.14)));
    p.drawText(QPointF(20, 40), u"レーダー O-1"_s);
    p.end();
    QTest::newRow("chart-sized") << chart;
}

void tst_PngEncoder::roundTrip()
{
    QFETCH(QImage, picture);
    const QByteArray png = PngEncoder::encode(picture);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1A\n"));
    QImage read;
    QVERIFY(read.loadFromData(png, "PNG"));
    QCOMPARE(read.size(), picture.size());
    QCOMPARE(read.convertToFormat(QImage::Format_RGB888), picture.convertToFormat(QImage::Format_RGB888));
}

void tst_PngEncoder::nullImageGivesNothing()
{
    QVERIFY(PngEncoder::encode(QImage()).isEmpty());
}

QTEST_MAIN(tst_PngEncoder)
#include "tst_pngencoder.moc"
