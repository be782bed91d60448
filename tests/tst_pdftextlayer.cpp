#include "report/PdfTextLayer.h"

#include <QTest>

// The PDF's text layer names the kanji that is printed, not its look-alike radical.
class tst_PdfTextLayer : public QObject
{
    Q_OBJECT

private slots:
    void radicalsBecomeKanji_data();
    void radicalsBecomeKanji();
};

void tst_PdfTextLayer::radicalsBecomeKanji_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("changes");
    QTest::newRow("range of codes: only the array's destinations")
        << QByteArray("1 beginbfrange\n<2F6C> <2F6D> [<2F6C> <6A19>]\nendbfrange")
        << QByteArray("1 beginbfrange\n<2F6C> <2F6D> [<76EE> <6A19>]\nendbfrange") << 1;
    QTest::newRow("single range: the third code") << QByteArray("beginbfrange\n<2F00> <2F00> <2F00>\nendbfrange")
                                                  << QByteArray("beginbfrange\n<2F00> <2F00> <4E00>\nendbfrange") << 1;
    QTest::newRow("character pairs: the second of each")
        << QByteArray("beginbfchar\n<2ED1> <2ED1>\n<0041> <2F45>\nendbfchar")
        << QByteArray("beginbfchar\n<2ED1> <9577>\n<0041> <65B9>\nendbfchar") << 2;
    QTest::newRow("outside a table: untouched")
        << QByteArray("stream <2F6C> endstream") << QByteArray("stream <2F6C> endstream") << 0;
    QTest::newRow("not a radical: untouched")
        << QByteArray("beginbfrange\n<0001> <0002> [<0041> <3042>]\nendbfrange")
        << QByteArray("beginbfrange\n<0001> <0002> [<0041> <3042>]\nendbfrange") << 0;
    QTest::newRow("cut short") << QByteArray("beginbfrange\n<0001> <0002> [<2F6C")
                               << QByteArray("beginbfrange\n<0001> <0002> [<2F6C") << 0;
}

void tst_PdfTextLayer::radicalsBecomeKanji()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, changes);
    QByteArray pdf = before;
    QCOMPARE(PdfTextLayer::mapRadicalsToKanji(pdf), changes);
    QCOMPARE(pdf, after);
    QCOMPARE(pdf.size(), before.size()); // no offset in the file moves
}

QTEST_GUILESS_MAIN(tst_PdfTextLayer)
#include "tst_pdftextlayer.moc"
