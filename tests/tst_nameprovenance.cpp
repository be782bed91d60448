#include "catalogue/NameProvenance.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The model file's "provenance" values, which of them count as verified, and what a reader is
// told about the others.
class tst_NameProvenance : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void unknownValueIsNeverVerified();
};

void tst_NameProvenance::values_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("verified");
    QTest::newRow("official") << u"official"_s << int(NameProvenance::Official) << true;
    QTest::newRow("seen") << u"seen"_s << int(NameProvenance::Seen) << true;
    QTest::newRow("custom") << u"custom"_s << int(NameProvenance::Custom) << true;
    QTest::newRow("topic") << u"topic"_s << int(NameProvenance::Topic) << false;
    QTest::newRow("recalled") << u"recalled"_s << int(NameProvenance::Recalled) << false;
    QTest::newRow("assumed") << u"assumed"_s << int(NameProvenance::Assumed) << false;
    QTest::newRow("unverified") << u"unverified"_s << int(NameProvenance::Unverified) << false;
}

void tst_NameProvenance::values()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(bool, verified);
    const auto k = NameProvenance::fromString(value);
    QCOMPARE(int(k), kind);
    QCOMPARE(NameProvenance::toString(k), value);
    QCOMPARE(NameProvenance::isVerified(k), verified);
    // A verified name needs no explanation; every other one has its own reason.
    QCOMPARE(NameProvenance::reasonSource(k) == nullptr, verified);
    const QString explanation = NameProvenance::explanation(k);
    QCOMPARE(explanation.isEmpty(), verified);
    if (!verified) {
        QVERIFY(explanation.startsWith(u"Name not verified against the official document: "_s));
        QVERIFY(explanation.contains(QString::fromUtf8(NameProvenance::reasonSource(k))));
    }
}

void tst_NameProvenance::unknownValueIsNeverVerified()
{
    for (const QString &value : {u""_s, u"Seen"_s, u"rumour"_s})
        QVERIFY2(!NameProvenance::isVerified(NameProvenance::fromString(value)), qPrintable(value));
}

QTEST_GUILESS_MAIN(tst_NameProvenance)
#include "tst_nameprovenance.moc"
