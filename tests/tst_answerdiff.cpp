#include "domain/AnswerDiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Answer)

// What the change log records for an edit: one entry per field that changed, in a fixed order,
// with values worded the same way whatever the interface language.
class tst_AnswerDiff : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
};

namespace {
Answer base()
{
    Answer a;
    a.parameterId = u"O-1"_s;
    a.level = 2;
    a.comment = u"signed"_s;
    a.evidence = {Evidence{0, u"u-1"_s, u"Mandate"_s, u"wiki"_s, QDate(2026, 1, 2)}};
    return a;
}
} // namespace

void tst_AnswerDiff::between_data()
{
    QTest::addColumn<Answer>("after");
    QTest::addColumn<QStringList>("changes"); // field:before>after

    QTest::newRow("nothing") << base() << QStringList{};
    Answer a = base();
    a.level = 3;
    QTest::newRow("level") << a << QStringList{u"level:2>3"_s};
    a = base();
    a.level.reset();
    a.notApplicable = true;
    a.justification = u"no press office"_s;
    QTest::newRow("to N/A") << a << QStringList{u"level:2>N/A"_s, u"justification:>no press office"_s};
    a = base();
    a.level.reset();
    QTest::newRow("cleared") << a << QStringList{u"level:2>"_s};
    a = base();
    a.reviewFlag = true;
    a.toConfirm = true;
    QTest::newRow("flags") << a << QStringList{u"review:no>yes"_s, u"confirm:no>yes"_s};
    a = base();
    a.actionOwner = u"Aiko"_s;
    a.actionDue = QDate(2026, 6, 30);
    QTest::newRow("action") << a << QStringList{u"owner:>Aiko"_s, u"due:>2026-06-30"_s};
    a = base();
    a.evidence.first().location = u"wiki/v2"_s;
    // Same titles, another link: still a change of the evidence.
    QTest::newRow("evidence link") << a << QStringList{u"evidence:Mandate>Mandate"_s};
    a = base();
    a.evidence.append(Evidence{0, u"u-2"_s, u"Minutes"_s, QString(), QDate()});
    a.comment = u"signed; minutes too"_s;
    QTest::newRow("comment and evidence")
        << a << QStringList{u"comment:signed>signed; minutes too"_s, u"evidence:Mandate>Mandate; Minutes"_s};
}

void tst_AnswerDiff::between()
{
    QFETCH(Answer, after);
    QFETCH(QStringList, changes);
    QStringList actual;
    for (const FieldChange &c : AnswerDiff::between(base(), after))
        actual.append(u"%1:%2>%3"_s.arg(AnswerFields::key(c.field), c.before, c.after));
    QCOMPARE(actual, changes);
}

QTEST_APPLESS_MAIN(tst_AnswerDiff)
#include "tst_answerdiff.moc"
