#include "dialogs/DateField.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

// A date field in a form: Tab leaves it for the next field, Shift+Tab for the previous one,
// whichever of its sections has the cursor; the arrow keys still change the date.
class tst_DateField : public QObject
{
    Q_OBJECT

private slots:
    void tabLeavesTheField_data();
    void tabLeavesTheField();
    void arrowsStillChangeTheDate();
};

void tst_DateField::tabLeavesTheField_data()
{
    QTest::addColumn<int>("section");
    QTest::newRow("first section") << 0;
    QTest::newRow("middle section") << 1;
}

void tst_DateField::tabLeavesTheField()
{
    QFETCH(int, section);
    QWidget form;
    auto *before = new QLineEdit(&form);
    auto *date = new DateField(QDate(2026, 11, 28), &form);
    auto *after = new QLineEdit(&form);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(before);
    layout->addWidget(date);
    layout->addWidget(after);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    date->setFocus();
    date->setCurrentSectionIndex(section);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), after);
    date->setFocus();
    date->setCurrentSectionIndex(section);
    QTest::keyClick(date, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), before);
    QCOMPARE(date->date(), QDate(2026, 11, 28));
}

void tst_DateField::arrowsStillChangeTheDate()
{
    DateField date(QDate(2026, 11, 28));
    date.setDisplayFormat(u"yyyy-MM-dd"_qs);
    date.show();
    QVERIFY(QTest::qWaitForWindowActive(&date));
    date.setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(&date, Qt::Key_Up);
    QCOMPARE(date.date(), QDate(2026, 11, 29));
}

QTEST_MAIN(tst_DateField)
#include "tst_datefield.moc"
