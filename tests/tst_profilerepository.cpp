#include <QTest>
class tst_X : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("todo"); } };
QTEST_APPLESS_MAIN(tst_X)
#include "tst_profilerepository.moc"
