#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

// WrappingLabel answers a height it has computed from memory, and only while nothing that
// changes it (text, font, margins) has changed: the same heights as QLabel, fewer layouts.
class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void sameHeightsAsQLabel_data();
    void sameHeightsAsQLabel();
    void repeatedQuestionsAreAnsweredFromMemory();
    void textChangeIsNoticed();
    void fontAndMarginChangesAreNoticed();
};

void TestWrappingLabel::sameHeightsAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("selectable");
    const QString english = u"The team has a documented mandate, approved by the head of the organisation it "
                            u"serves, that says what it may do on its own and what needs permission."_s;
    const QString japanese = u"チームの権限が文書化され、サービス対象組織の長によって承認されている。"
                             u"単独で実施できることと、許可が必要なことが明記されている。"_s;
    QTest::newRow("english") << english << false;
    QTest::newRow("english, selectable") << english << true;
    QTest::newRow("japanese, selectable") << japanese << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("one word") << u"Mandate"_s << false;
}

void TestWrappingLabel::sameHeightsAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(bool, selectable);
    QLabel plain;
    plain.setWordWrap(true);
    WrappingLabel wrapping;
    for (QLabel *label : {&plain, static_cast<QLabel *>(&wrapping)}) {
        label->setText(text);
        if (selectable)
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Asked twice over, in an order that leaves the memory of four answers several times.
    const QList<int> widths{40, 120, 300, 600, 120, 1200, 40, 300, 77, 600};
    for (int round = 0; round < 2; ++round) {
        for (int width : widths)
            QCOMPARE(wrapping.heightForWidth(width), plain.heightForWidth(width));
    }
}

void TestWrappingLabel::repeatedQuestionsAreAnsweredFromMemory()
{
    WrappingLabel label;
    label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    label.setText(u"Incidents are classified by a scheme the whole team uses and can look up."_s);
    const int narrow = label.heightForWidth(80);
    const int wide = label.heightForWidth(500);
    QCOMPARE(label.computedHeights(), 2);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(label.heightForWidth(80), narrow);
        QCOMPARE(label.heightForWidth(500), wide);
    }
    QCOMPARE(label.computedHeights(), 2);
    QVERIFY(narrow > wide);
}

void TestWrappingLabel::textChangeIsNoticed()
{
    WrappingLabel label;
    label.setText(u"Short."_s);
    const int oneLine = label.heightForWidth(200);
    label.setText(u"A much longer text that certainly needs several lines when the label is only two hundred "
                  u"pixels wide, whatever the font."_s);
    QVERIFY(label.heightForWidth(200) > oneLine);
    QCOMPARE(label.computedHeights(), 2);
}

void TestWrappingLabel::fontAndMarginChangesAreNoticed()
{
    WrappingLabel label;
    label.setText(u"Tools are listed with the incidents they serve, and the list is kept up to date."_s);
    const int before = label.heightForWidth(200);
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    const int bigger = label.heightForWidth(200);
    QVERIFY(bigger > before);
    label.setContentsMargins(0, 20, 0, 20);
    QCOMPARE(label.heightForWidth(200), bigger + 40);
    label.setMargin(5);
    QVERIFY(label.heightForWidth(200) >= bigger + 50);
    QCOMPARE(label.computedHeights(), 4);
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
