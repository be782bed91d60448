#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

// WrappingLabel answers a height it has computed from memory, and only while nothing that
// changes it (text, font, margins) has changed; it measures rich or selectable text on a document
// of its own: the same heights as QLabel, fewer layouts. Its hints come from font metrics.
class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void sameHeightsAsQLabel_data();
    void sameHeightsAsQLabel();
    void repeatedQuestionsAreAnsweredFromMemory();
    void textChangeIsNoticed();
    void fontAndMarginChangesAreNoticed();
    void hintsNeedNoLayoutOfTheirOwn();
    void shortTextAsksForItsOwnWidth();
    void longTextAsksForAWidthToReadAndAHeightToMatch();
    void hintsFollowTheText();
};

void TestWrappingLabel::sameHeightsAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("selectable");
    QTest::addColumn<int>("indent");
    QTest::addColumn<int>("margin");
    QTest::addColumn<QMargins>("contents");
    const QString english = u"The team has a documented mandate, approved by the head of the organisation it "
                            u"serves, that says what it may do on its own and what needs permission."_s;
    const QString japanese = u"チームの権限が文書化され、サービス対象組織の長によって承認されている。"
                             u"単独で実施できることと、許可が必要なことが明記されている。"_s;
    // As the level choice shows a level: its label, then a bold lead and the parameter's guidance.
    const QString rich = u"Written down inside the team.<br><b>Here:</b> %1"_s.arg(english);
    const QString richJapanese = u"チーム内で文書化されている。<br><b>この項目では:</b> %1"_s.arg(japanese);
    const QMargins none;
    QTest::newRow("english") << english << false << -1 << 0 << none;
    QTest::newRow("english, selectable") << english << true << -1 << 0 << none;
    QTest::newRow("japanese, selectable") << japanese << true << -1 << 0 << none;
    QTest::newRow("empty") << QString() << true << -1 << 0 << none;
    QTest::newRow("one word") << u"Mandate"_s << false << -1 << 0 << none;
    QTest::newRow("one word, selectable") << u"Mandate"_s << true << -1 << 0 << none;
    QTest::newRow("two lines, selectable") << u"First line.\nSecond line."_s << true << -1 << 0 << none;
    QTest::newRow("rich") << rich << false << -1 << 0 << none;
    QTest::newRow("rich, selectable, indented as a level") << rich << true << -1 << 0 << QMargins(24, 0, 0, 2);
    QTest::newRow("rich japanese, selectable") << richJapanese << true << -1 << 0 << QMargins(24, 0, 0, 2);
    QTest::newRow("selectable, indent and margin") << english << true << 10 << 6 << QMargins(3, 4, 5, 6);
    QTest::newRow("rich, indent") << rich << false << 30 << 0 << none;
}

void TestWrappingLabel::sameHeightsAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(bool, selectable);
    QFETCH(int, indent);
    QFETCH(int, margin);
    QFETCH(QMargins, contents);
    QLabel plain;
    plain.setWordWrap(true);
    WrappingLabel wrapping;
    for (QLabel *label : {&plain, static_cast<QLabel *>(&wrapping)}) {
        label->setText(text);
        if (selectable)
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setIndent(indent);
        label->setMargin(margin);
        label->setContentsMargins(contents);
    }
    // Asked twice over, in an order that leaves the memory of four answers several times.
    const QList<int> widths{40, 120, 300, 600, 120, 1200, 40, 300, 77, 600, 0, 251, 999, 413, 16777215};
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

void TestWrappingLabel::hintsNeedNoLayoutOfTheirOwn()
{
    WrappingLabel label;
    label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    label.setText(u"The team reviews its tools once a year and records what it changed and why."_s);
    const QSize minimum = label.minimumSizeHint();
    QCOMPARE(label.computedHeights(), 0);
    const QSize hint = label.sizeHint();
    QCOMPARE(label.computedHeights(), 1); // the height at the preferred width
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(label.minimumSizeHint(), minimum);
        QCOMPARE(label.sizeHint(), hint);
    }
    QCOMPARE(label.computedHeights(), 1);
    QCOMPARE(hint.height(), label.heightForWidth(hint.width()));
    QCOMPARE(label.computedHeights(), 1);
}

void TestWrappingLabel::shortTextAsksForItsOwnWidth()
{
    WrappingLabel label;
    label.setText(u"Mandate"_s);
    const QFontMetrics metrics(label.font());
    QCOMPARE(label.minimumSizeHint().width(), metrics.horizontalAdvance(u"Mandate"_s));
    QCOMPARE(label.sizeHint().width(), metrics.horizontalAdvance(u"Mandate"_s));
    label.setContentsMargins(24, 0, 0, 2);
    QCOMPARE(label.sizeHint().width(), metrics.horizontalAdvance(u"Mandate"_s) + 24);
    QCOMPARE(label.sizeHint().height(), label.heightForWidth(label.sizeHint().width()));
}

void TestWrappingLabel::longTextAsksForAWidthToReadAndAHeightToMatch()
{
    WrappingLabel label;
    label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString text;
    for (int i = 0; i < 20; ++i)
        text += u"Every incident is recorded with its category and the people who handled it. "_s;
    label.setText(text);
    const QFontMetrics metrics(label.font());
    const QSize hint = label.sizeHint();
    QCOMPARE(hint.width(), metrics.horizontalAdvance(u'x') * 80);
    QVERIFY(hint.height() > 3 * metrics.height());
    // Never narrower than a dozen average characters, never asking for more than one line.
    const QSize minimum = label.minimumSizeHint();
    QCOMPARE(minimum.width(), metrics.averageCharWidth() * 12);
    QCOMPARE(minimum.height(), metrics.height());
    // Laid out at the minimum width, the text still fits the height the label asks for.
    QLabel reference;
    reference.setWordWrap(true);
    reference.setText(text);
    reference.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QCOMPARE(label.heightForWidth(minimum.width()), reference.heightForWidth(minimum.width()));
}

void TestWrappingLabel::hintsFollowTheText()
{
    WrappingLabel label;
    label.setText(u"Short."_s);
    const QSize shortHint = label.sizeHint();
    label.setText(u"A longer text that is wider than the short one."_s);
    QVERIFY(label.sizeHint().width() > shortHint.width());
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    const QSize before = label.minimumSizeHint();
    label.setFont(big);
    QVERIFY(label.minimumSizeHint().height() > before.height());
    label.setMargin(7);
    QCOMPARE(label.minimumSizeHint().height(), QFontMetrics(big).height() + 14);
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
