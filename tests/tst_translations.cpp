#include "TestData.h"

#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The Japanese translation is complete: no unfinished or empty entries, the placeholders of
// every source string survive in its translation, and the compiled .qm is embedded.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseIsComplete();
    void embeddedCatalogueLoads();
};

void tst_Translations::japaneseIsComplete()
{
    const QByteArray ts = TestData::read(u"../../translations/sim3workbench_ja.ts"_s);
    QVERIFY(!ts.isEmpty());
    QXmlStreamReader xml(ts);
    int messages = 0;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            ++messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString where = context + u": "_s + source;
            QVERIFY2(type != u"unfinished"_s, qPrintable(u"unfinished: "_s + where));
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
            for (int n = 1; n <= 9; ++n) {
                const QString placeholder = u"%"_s + QString::number(n);
                QVERIFY2(source.contains(placeholder) == translation.contains(placeholder),
                    qPrintable(u"placeholder "_s + placeholder + u" in "_s + where));
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 100, "the application has more than a hundred translated strings");
}

void tst_Translations::embeddedCatalogueLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/sim3workbench_ja.qm"_s));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), u"ja_JP"_s);
}

QTEST_APPLESS_MAIN(tst_Translations)
#include "tst_translations.moc"
