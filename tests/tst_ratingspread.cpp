#include "analysis/RatingSpread.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The rules of a parameter's spread, one row per rule.
class tst_RatingSpread : public QObject
{
    Q_OBJECT

private slots:
    void spread_data();
    void spread();
    void disputedThreshold_data();
    void disputedThreshold();
};

namespace {

// "2 3 n a 4": levels, n for not applicable, a for abstain.
QList<Rating> ratings(const QString &spec)
{
    QList<Rating> list;
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        Rating r;
        r.parameterId = u"O-1"_s;
        if (token == u"n"_s)
            r.kind = Rating::Kind::NotApplicable;
        else if (token == u"a"_s)
            r.kind = Rating::Kind::Abstain;
        else
            r.level = token.toInt();
        list.append(r);
    }
    return list;
}

} // namespace

void tst_RatingSpread::spread_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("min"); // -1: none
    QTest::addColumn<int>("max");
    QTest::addColumn<double>("median"); // -1: none
    QTest::addColumn<int>("suggested"); // -1: none
    QTest::addColumn<int>("notApplicable");
    QTest::addColumn<int>("abstained");
    QTest::addColumn<QString>("counts"); // per level 0-4

    QTest::newRow("nobody rated") << u""_s << 0 << -1 << -1 << -1.0 << -1 << 0 << 0 << u"0 0 0 0 0"_s;
    QTest::newRow("one rating") << u"3"_s << 1 << 3 << 3 << 3.0 << 3 << 0 << 0 << u"0 0 0 1 0"_s;
    QTest::newRow("odd count: the middle one") << u"4 2 3"_s << 3 << 2 << 4 << 3.0 << 3 << 0 << 0 << u"0 0 1 1 1"_s;
    QTest::newRow("even count: mean of the middle two")
        << u"2 3 3 2"_s << 4 << 2 << 3 << 2.5 << 2 << 0 << 0 << u"0 0 2 2 0"_s;
    QTest::newRow("even count, whole median") << u"1 2 2 4"_s << 4 << 1 << 4 << 2.0 << 2 << 0 << 0 << u"0 1 2 0 1"_s;
    QTest::newRow("N/A is never a level") << u"n 4 n"_s << 1 << 4 << 4 << 4.0 << 4 << 2 << 0 << u"0 0 0 0 1"_s;
    QTest::newRow("abstain is never a level") << u"a 0 a"_s << 1 << 0 << 0 << 0.0 << 0 << 0 << 2 << u"1 0 0 0 0"_s;
    QTest::newRow("only N/A and abstain") << u"n a"_s << 0 << -1 << -1 << -1.0 << -1 << 1 << 1 << u"0 0 0 0 0"_s;
    QTest::newRow("a whole room") << u"0 1 2 3 4 4 3 2 1 0 2 n"_s << 11 << 0 << 4 << 2.0 << 2 << 1 << 0
                                  << u"2 2 3 2 2"_s;
}

void tst_RatingSpread::spread()
{
    QFETCH(QString, given);
    QFETCH(int, levels);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(double, median);
    QFETCH(int, suggested);
    QFETCH(int, notApplicable);
    QFETCH(int, abstained);
    QFETCH(QString, counts);

    const RatingSpread s = RatingSpread::of(ratings(given));
    QCOMPARE(s.levels, levels);
    QCOMPARE(s.min.value_or(-1), min);
    QCOMPARE(s.max.value_or(-1), max);
    QCOMPARE(s.median.value_or(-1.0), median);
    QCOMPARE(s.suggestedConsensus().value_or(-1), suggested);
    QCOMPARE(s.notApplicable, notApplicable);
    QCOMPARE(s.abstained, abstained);
    QCOMPARE(s.ratings(), levels + notApplicable + abstained);
    QStringList perLevel;
    for (int c : s.counts)
        perLevel.append(QString::number(c));
    QCOMPARE(perLevel.join(u' '), counts);
}

void tst_RatingSpread::disputedThreshold_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("disputed");

    QTest::newRow("agreement") << u"3 3 3"_s << 2 << false;
    QTest::newRow("one level apart is not disputed") << u"2 3 3 2"_s << 2 << false;
    QTest::newRow("two levels apart is disputed") << u"2 3 4"_s << 2 << true;
    QTest::newRow("N/A against a level is no dispute of levels") << u"n 4"_s << 2 << false;
    QTest::newRow("stricter threshold") << u"2 3"_s << 1 << true;
    QTest::newRow("looser threshold") << u"1 3"_s << 3 << false;
    QTest::newRow("nobody rated") << u""_s << 1 << false;
}

void tst_RatingSpread::disputedThreshold()
{
    QFETCH(QString, given);
    QFETCH(int, threshold);
    QFETCH(bool, disputed);
    QCOMPARE(RatingSpread::of(ratings(given)).isDisputed(threshold), disputed);
}

QTEST_GUILESS_MAIN(tst_RatingSpread)
#include "tst_ratingspread.moc"
