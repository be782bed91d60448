#include "i18n/DateText.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DateText : public QObject
{
    Q_OBJECT

private slots:
    void followsOneRule_data();
    void followsOneRule();
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
};

void tst_DateText::followsOneRule_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("pattern");
    // US short dates ("1/2/26") are ambiguous: ISO 8601 instead.
    QTest::newRow("en-US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"2026-01-02"_s << u"yyyy-MM-dd"_s;
    QTest::newRow("en-GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"2026-01-02"_s << u"yyyy-MM-dd"_s;
    // Japanese short dates put the four-digit year first: the locale's own form.
    QTest::newRow("ja-JP") << QLocale(QLocale::Japanese, QLocale::Japan) << u"2026/01/02"_s << u"yyyy/MM/dd"_s;
}

void tst_DateText::followsOneRule()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QFETCH(QString, pattern);
    QLocale::setDefault(locale);
    QCOMPARE(DateText::datePattern(), pattern);
    QCOMPARE(DateText::date(QDate(2026, 1, 2)), date);
    QCOMPARE(DateText::date(QDate()), QString());
    // Times are shown in local time (the tests run in UTC) with minutes, after the same date.
    QCOMPARE(DateText::dateTime(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)), date + u" 03:04"_s);
}

QTEST_APPLESS_MAIN(tst_DateText)
#include "tst_datetext.moc"
