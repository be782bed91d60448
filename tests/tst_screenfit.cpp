#include "dialogs/ScreenFit.h"

#include <QTest>

// Windows and dialogs fit the screen they open on, a 1280×720 projector included.
class tst_ScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void fitted_data();
    void fitted();
};

void tst_ScreenFit::fitted_data()
{
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("main window on a 720p projector")
        << QSize(1200, 780) << QRect(0, 0, 1280, 720) << QSize(1200, 720 - ScreenFit::FrameAllowance);
    QTest::newRow("main window on 1080p") << QSize(1200, 780) << QRect(0, 0, 1920, 1080) << QSize(1200, 780);
    QTest::newRow("wide dialog on a narrow screen") << QSize(1080, 680) << QRect(0, 0, 1024, 768) << QSize(1024, 680);
    QTest::newRow("panel takes room") << QSize(980, 720) << QRect(0, 32, 1280, 688) << QSize(980, 648);
    QTest::newRow("no screen known") << QSize(980, 720) << QRect() << QSize(980, 720);
}

void tst_ScreenFit::fitted()
{
    QFETCH(QSize, preferred);
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(ScreenFit::fitted(preferred, available), expected);
}

QTEST_MAIN(tst_ScreenFit)
#include "tst_screenfit.moc"
