#include "dialogs/FileDialog.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The file dialog seam: the names it suggests, safe on every file system and ending in the
// suffix a desktop recognises the file type by.
class tst_FileDialog : public QObject
{
    Q_OBJECT

private slots:
    void suggestedName_data();
    void suggestedName();
    void saveRecordsTheSuggestion();
};

void tst_FileDialog::suggestedName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("title") << u"Self-assessment 2026"_s << u"Self-assessment-2026.sim3-assessment.json"_s;
    QTest::newRow("Japanese kept") << u"自己評価 2026年"_s << u"自己評価-2026年.sim3-assessment.json"_s;
    QTest::newRow("separators and reserved characters")
        << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"a-b-c-d-e-f-g-h-i-j.sim3-assessment.json"_s;
    QTest::newRow("runs become one dash") << u"  Red \t team  "_s << u"Red-team.sim3-assessment.json"_s;
    QTest::newRow("nothing left") << u" / "_s << u"-.sim3-assessment.json"_s;
    QTest::newRow("empty") << QString() << u"sim3.sim3-assessment.json"_s;
}

void tst_FileDialog::suggestedName()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(FileDialog::suggestedName(text, u".sim3-assessment.json"_s), name);
}

void tst_FileDialog::saveRecordsTheSuggestion()
{
    FileDialog::setNextPath(QString()); // cancelled
    QCOMPARE(FileDialog::saveFileName(nullptr, u"Save"_s, u"x.sim3-ratings.json"_s, u"*.json"_s), QString());
    QCOMPARE(FileDialog::lastKind(), FileDialog::Kind::Save);
    QCOMPARE(FileDialog::lastSuggestedName(), u"x.sim3-ratings.json"_s);
}

QTEST_MAIN(tst_FileDialog)
#include "tst_filedialog.moc"
