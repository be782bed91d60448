#include "domain/ProfileMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Two people edited one target profile from the same start: what the merge keeps, and which
// parts it leaves to a person.
class tst_ProfileMerge : public QObject
{
    Q_OBJECT

private slots:
    void threeWay_data();
    void threeWay();
    void keepMineTakesMineWhereBothChanged();
};

namespace {

// "O-1=3 O-2=- name=Baseline": targets (- for none; a missing id is no row) and the name.
TargetProfile parse(const QString &text)
{
    TargetProfile p;
    p.name = u"Baseline"_s;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == u"name"_s) {
            p.name = value;
            continue;
        }
        ProfileTarget t;
        t.parameterId = key;
        if (value != u"-"_s)
            t.level = value.toInt();
        p.targets.insert(key, t);
    }
    return p;
}

} // namespace

void tst_ProfileMerge::threeWay_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QStringList>("conflicts");

    QTest::newRow("different targets") << u"O-1=2 O-2=2"_s << u"O-1=2 O-2=3"_s << u"O-1=4 O-2=2"_s << u"O-1=4 O-2=3"_s
                                       << QStringList();
    QTest::newRow("same target, same value") << u"O-1=2"_s << u"O-1=3"_s << u"O-1=3"_s << u"O-1=3"_s << QStringList();
    QTest::newRow("same target, different values")
        << u"O-1=2 O-2=2"_s << u"O-1=3 O-2=4"_s << u"O-1=1 O-2=2"_s << u"O-1=1 O-2=4"_s << QStringList{u"O-1"_s};
    QTest::newRow("I remove a target, they change another")
        << u"O-1=2 O-2=2"_s << u"O-2=2"_s << u"O-1=2 O-2=3"_s << u"O-2=3"_s << QStringList();
    QTest::newRow("I change one they removed")
        << u"O-1=2"_s << u"O-1=3"_s << QString() << QString() << QStringList{u"O-1"_s};
    QTest::newRow("my name, their target")
        << u"O-1=2"_s << u"O-1=2 name=Regulator"_s << u"O-1=3"_s << u"O-1=3 name=Regulator"_s << QStringList();
    QTest::newRow("both rename") << QString() << u"name=A"_s << u"name=B"_s << u"name=B"_s << QStringList{u"name"_s};
}

void tst_ProfileMerge::threeWay()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    QFETCH(QStringList, conflicts);
    const ProfileMerge::Outcome out = ProfileMerge::threeWay(parse(base), parse(mine), parse(theirs));
    const TargetProfile expected = parse(merged);
    QCOMPARE(out.merged.name, expected.name);
    QCOMPARE(out.merged.targets, expected.targets);
    QCOMPARE(out.conflicts, conflicts);
}

void tst_ProfileMerge::keepMineTakesMineWhereBothChanged()
{
    const TargetProfile mine = parse(u"O-1=3 O-2=4 name=Mine"_s);
    const ProfileMerge::Outcome out
        = ProfileMerge::threeWay(parse(u"O-1=2 O-2=2"_s), mine, parse(u"O-1=1 O-2=2 name=Theirs"_s));
    QCOMPARE(out.conflicts, (QStringList{u"name"_s, u"O-1"_s}));
    const TargetProfile kept = ProfileMerge::keepMine(out, mine);
    QCOMPARE(kept.name, u"Mine"_s);
    QCOMPARE(kept.targets, mine.targets);
}

QTEST_GUILESS_MAIN(tst_ProfileMerge)
#include "tst_profilemerge.moc"
