#include "shell/PresentationMode.h"

#include <QTest>

// Presentation mode's text size: chosen for the screen, changed a tenth per zoom step.
class tst_PresentationMode : public QObject
{
    Q_OBJECT

private slots:
    void textPixelSize_data();
    void textPixelSize();
};

void tst_PresentationMode::textPixelSize_data()
{
    QTest::addColumn<int>("screenHeight");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("expected");
    QTest::newRow("720p projector") << 720 << 0 << 17;
    QTest::newRow("1080p screen: larger") << 1080 << 0 << 26;
    QTest::newRow("1440p screen") << 1440 << 0 << 34;
    QTest::newRow("two steps larger") << 720 << 2 << 21;
    QTest::newRow("one step smaller") << 1080 << -1 << 23;
    QTest::newRow("never below 12 pixels") << 480 << -6 << 12;
    QTest::newRow("no sensible screen") << 0 << 0 << 12;
}

void tst_PresentationMode::textPixelSize()
{
    QFETCH(int, screenHeight);
    QFETCH(int, steps);
    QFETCH(int, expected);
    QCOMPARE(PresentationMode::textPixelSize(screenHeight, steps), expected);
}

QTEST_GUILESS_MAIN(tst_PresentationMode)
#include "tst_presentationmode.moc"
