#include "catalogue/ModelCatalogue.h"
#include "start/NewAssessmentDialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;

// The New Assessment dialog: a title that does not repeat one of the team's, and Tab from field
// to field (the date's sections included) with nothing typed into the wrong one.
class tst_NewAssessmentDialog : public QObject
{
    Q_OBJECT

private slots:
    void defaultTitle_data();
    void defaultTitle();
    void titleOfferedIsNotTaken();
    void tabGoesFieldToField();
};

void tst_NewAssessmentDialog::defaultTitle_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << QStringList() << u"Self-assessment 2026"_s;
    QTest::newRow("other years") << QStringList{u"Self-assessment 2025"_s} << u"Self-assessment 2026"_s;
    QTest::newRow("taken") << QStringList{u"Self-assessment 2026"_s} << u"Self-assessment 2026 (2)"_s;
    QTest::newRow("taken twice") << QStringList{u"Self-assessment 2026"_s, u"self-assessment 2026 (2)"_s}
                                 << u"Self-assessment 2026 (3)"_s;
}

void tst_NewAssessmentDialog::defaultTitle()
{
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(NewAssessmentDialog::defaultTitle(2026, taken), expected);
}

void tst_NewAssessmentDialog::titleOfferedIsNotTaken()
{
    Assessment previous;
    previous.id = 7;
    previous.title = NewAssessmentDialog::defaultTitle(QDate::currentDate().year(), {});
    previous.date = QDate::currentDate();
    NewAssessmentDialog dialog(ModelCatalogue::bundled(), {previous}, {}, u"en"_s);
    QVERIFY(dialog.title() != previous.title);
    QVERIFY(dialog.title().startsWith(previous.title));
}

void tst_NewAssessmentDialog::tabGoesFieldToField()
{
    NewAssessmentDialog dialog(ModelCatalogue::bundled(), {}, {}, u"en"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *title = dialog.findChild<QLineEdit *>(u"titleField"_s);
    title->setFocus();
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        if (i > 0)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        // The date's inner line edit belongs to the date field.
        order.append(qobject_cast<QDateEdit *>(focus->parentWidget()) ? focus->parentWidget()->objectName()
                                                                      : focus->objectName());
    }
    QCOMPARE(order, (QStringList{u"titleField"_s, u"dateField"_s, u"modelField"_s, u"assessorsField"_s}));
    // What is typed after three Tabs lands in the assessors, not in the date.
    const QDate date = dialog.date();
    QTest::keyClicks(QApplication::focusWidget(), u"Aiko"_s);
    QCOMPARE(dialog.assessors(), QStringList{u"Aiko"_s});
    QCOMPARE(dialog.date(), date);
}

QTEST_MAIN(tst_NewAssessmentDialog)
#include "tst_newassessmentdialog.moc"
