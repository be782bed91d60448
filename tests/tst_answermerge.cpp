#include "domain/AnswerMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Two people changed one answer from the same start: what the merge keeps, and when it must
// leave the choice to a person.
class tst_AnswerMerge : public QObject
{
    Q_OBJECT

private slots:
    void threeWay_data();
    void threeWay();
    void preferMineKeepsWhatOnlyTheyChanged();
};

namespace {

// A compact answer: "2" a level, "na:why" not applicable with its justification, then
// optional "|c=comment", "|flag", "|confirm" (to confirm), "|owner=name".
Answer parse(const QString &text)
{
    Answer a;
    a.parameterId = u"O-1"_s;
    const QStringList parts = text.split(u'|');
    const QString &level = parts.first();
    if (level.startsWith(u"na:"_s)) {
        a.notApplicable = true;
        a.justification = level.mid(3);
    } else if (!level.isEmpty()) {
        a.level = level.toInt();
    }
    for (const QString &part : parts.mid(1)) {
        if (part.startsWith(u"c="_s))
            a.comment = part.mid(2);
        else if (part == u"flag"_s)
            a.reviewFlag = true;
        else if (part == u"confirm"_s)
            a.toConfirm = true;
        else if (part.startsWith(u"owner="_s))
            a.actionOwner = part.mid(6);
    }
    return a;
}

} // namespace

void tst_AnswerMerge::threeWay_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged"); // empty: a person must choose

    QTest::newRow("my comment, their level") << u"1"_s << u"1|c=mine"_s << u"3"_s << u"3|c=mine"_s;
    QTest::newRow("my level, their comment") << u"1"_s << u"2"_s << u"1|c=theirs"_s << u"2|c=theirs"_s;
    QTest::newRow("both the level, differently") << u"1"_s << u"2"_s << u"3"_s << QString();
    QTest::newRow("both the level, the same") << u"1"_s << u"2"_s << u"2"_s << u"2"_s;
    QTest::newRow("both the comment, differently") << u"1|c=a"_s << u"1|c=b"_s << u"1|c=c"_s << QString();
    QTest::newRow("my flag, their owner") << u"2"_s << u"2|flag"_s << u"2|owner=Ben"_s << u"2|flag|owner=Ben"_s;
    QTest::newRow("my N/A, their level") << u"1"_s << u"na:outsourced"_s << u"3"_s << QString();
    QTest::newRow("my N/A, their comment") << u"1"_s << u"na:outsourced"_s << u"1|c=x"_s << u"na:outsourced|c=x"_s;
    QTest::newRow("I confirm the carried level, they comment")
        << u"2|confirm"_s << u"2"_s << u"2|confirm|c=x"_s << u"2|c=x"_s;
    QTest::newRow("I set a level from nothing, they set another") << QString() << u"1"_s << u"4"_s << QString();
    QTest::newRow("nothing changed on my side") << u"1"_s << u"1"_s << u"4|c=x"_s << u"4|c=x"_s;
}

void tst_AnswerMerge::threeWay()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    const std::optional<Answer> result = AnswerMerge::threeWay(parse(base), parse(mine), parse(theirs));
    if (merged.isEmpty()) {
        QVERIFY(!result);
        return;
    }
    QVERIFY(result);
    const Answer expected = parse(merged);
    QVERIFY2(result->sameContent(expected),
        qPrintable(u"level %1, N/A %2, comment \"%3\""_s.arg(result->level.value_or(-1))
                       .arg(result->notApplicable)
                       .arg(result->comment)));
}

void tst_AnswerMerge::preferMineKeepsWhatOnlyTheyChanged()
{
    // Both set the level; only they wrote a comment. Keeping mine keeps my level and their comment.
    const Answer kept = AnswerMerge::preferMine(parse(u"3"_s), parse(u"2"_s), parse(u"4|c=audited"_s));
    QVERIFY(kept.sameContent(parse(u"2|c=audited"_s)));
    // Their N/A gives way to my level; their comment stays.
    const Answer level = AnswerMerge::preferMine(parse(u"3"_s), parse(u"2"_s), parse(u"na:outsourced|c=x"_s));
    QCOMPARE(level.level, std::optional<int>(2));
    QVERIFY(!level.notApplicable);
    QCOMPARE(level.comment, u"x"_s);
    QVERIFY(level.check());
}

QTEST_GUILESS_MAIN(tst_AnswerMerge)
#include "tst_answermerge.moc"
