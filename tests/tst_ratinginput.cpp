#include "domain/RatingInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What a facilitator types for a round: one entry per participant.
class tst_RatingInput : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void tst_RatingInput::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("participants");
    QTest::addColumn<QString>("expected"); // entries as l<level>, n, a, - ; or "error: <part of message>"

    QTest::newRow("spaces") << u"2 3 3 2 4"_s << 5 << u"l2 l3 l3 l2 l4"_s;
    QTest::newRow("no spaces") << u"23324"_s << 5 << u"l2 l3 l3 l2 l4"_s;
    QTest::newRow("commas and extra space") << u" 2, 3 ,4 "_s << 4 << u"l2 l3 l4"_s;
    QTest::newRow("full-width digits and comma") << u"２、３ ４"_s << 3 << u"l2 l3 l4"_s;
    QTest::newRow("N/A, abstain, skip") << u"n a - 0"_s << 4 << u"n a - l0"_s;
    QTest::newRow("words") << u"NA abstain N/A"_s << 3 << u"n a n"_s;
    QTest::newRow("fewer than participants") << u"1"_s << 6 << u"l1"_s;
    QTest::newRow("nothing") << u"  "_s << 6 << u""_s;
    QTest::newRow("level 5") << u"2 5"_s << 3 << u"error: \"5\""_s;
    QTest::newRow("a word") << u"2 maybe"_s << 3 << u"error: \"maybe\""_s;
    QTest::newRow("too many") << u"1 2 3"_s << 2 << u"error: 3 ratings typed"_s;
    QTest::newRow("too many, no spaces") << u"123"_s << 2 << u"error: only 2 participants"_s;
}

void tst_RatingInput::parse()
{
    QFETCH(QString, typed);
    QFETCH(int, participants);
    QFETCH(QString, expected);
    const auto parsed = RatingInput::parse(typed, participants);
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(expected.mid(7)), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error()));
    QStringList got;
    for (const std::optional<Rating> &r : parsed.value()) {
        if (!r)
            got.append(u"-"_s);
        else if (r->kind == Rating::Kind::NotApplicable)
            got.append(u"n"_s);
        else if (r->kind == Rating::Kind::Abstain)
            got.append(u"a"_s);
        else
            got.append(u"l%1"_s.arg(r->level));
    }
    QCOMPARE(got.join(u' '), expected);
}

QTEST_APPLESS_MAIN(tst_RatingInput)
#include "tst_ratinginput.moc"
