#include "i18n/JapanesePhrases.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Japanese lines break between phrases, never inside a word.
class tst_JapanesePhrases : public QObject
{
    Q_OBJECT

private slots:
    void phrases_data();
    void phrases();
    void joinersOnlyInsidePhrases();
};

void tst_JapanesePhrases::phrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the phrases, separated by "|"
    QTest::newRow("particles end phrases") << u"チーム内で文書化されているが、正式な承認は受けていない。"_s
                                           << u"チーム内で|文書化されているが、|正式な|承認は|受けていない。"_s;
    QTest::newRow("compounds stay whole") << u"担当者の頭の中にあるだけで文書化されていない。"_s
                                          << u"担当者の|頭の|中にあるだけで|文書化されていない。"_s;
    QTest::newRow("long katakana word, with ー")
        << u"インシデントレスポンスチームのマンデート"_s << u"インシデントレスポンスチームの|マンデート"_s;
    QTest::newRow("before an opening bracket") << u"任務（マンデート）を定める"_s << u"任務|（マンデート）を|定める"_s;
    QTest::newRow("Latin and digits keep Qt's rules")
        << u"RFC 2350 のプロファイルで公開"_s << u"RFC| |2350| |の|プロファイルで|公開"_s;
    QTest::newRow("no punctuation at a line's start") << u"はい。いいえ、"_s << u"はい。|いいえ、"_s;
    QTest::newRow("a phrase too long may break")
        << u"情報セキュリティインシデント対応体制整備計画書"_s << u"情報セキュリティインシデント対応|体制整備計画書"_s;
    QTest::newRow("English only") << u"Written down inside the team."_s << u"Written| |down| |inside| |the| |team."_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_JapanesePhrases::phrases()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QStringList found = JapanesePhrases::phrases(text);
    QCOMPARE(found.join(u'|'), expected);
    QCOMPARE(found.join(QString()), text);
}

void tst_JapanesePhrases::joinersOnlyInsidePhrases()
{
    const QString text = u"承認は受けていない。RFC 2350"_s;
    const QString joined = JapanesePhrases::keepPhrasesWhole(text);
    QCOMPARE(QString(joined).remove(QChar(0x2060)), text);
    // 承⁠認⁠は | 受⁠け⁠て⁠い⁠な⁠い⁠。 | RFC 2350: no joiner where a phrase ends, none in
    // Latin text.
    QCOMPARE(joined, u"承\u2060認\u2060は受\u2060け\u2060て\u2060い\u2060な\u2060い\u2060。RFC 2350"_s);
}

QTEST_GUILESS_MAIN(tst_JapanesePhrases)
#include "tst_japanesephrases.moc"
