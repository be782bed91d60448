#include "TestData.h"

#include <QRegularExpression>
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
    void glossaryIsFollowed();
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

namespace {

// Every Japanese text a person reads: the translations, and the models' "ja" strings.
QStringList japaneseTexts()
{
    QStringList texts;
    QXmlStreamReader xml(TestData::read(u"../../translations/sim3workbench_ja.ts"_s));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"translation"_s)
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    for (const QString &model : {u"sim3-v1"_s, u"sim3-v2i"_s}) {
        const QString json = QString::fromUtf8(TestData::read(u"../../resources/models/%1.json"_s.arg(model)));
        static const QRegularExpression ja(u"\"ja\": \"((?:[^\"\\\\]|\\\\.)*)\""_s);
        for (auto it = ja.globalMatch(json); it.hasNext();)
            texts.append(it.next().captured(1));
    }
    return texts;
}

} // namespace

// translations/GLOSSARY.md is the list of terms; this holds the texts to it.
void tst_Translations::glossaryIsFollowed()
{
    const QString glossary = QString::fromUtf8(TestData::read(u"../../translations/GLOSSARY.md"_s));
    QVERIFY(!glossary.isEmpty());
    const QStringList texts = japaneseTexts();
    QVERIFY(texts.size() > 1000);
    const QString all = texts.join(u'\n');
    int rows = 0;
    for (const QString &line : glossary.split(u'\n')) {
        const QStringList cells = line.split(u'|');
        // | concept | Japanese | rejected | why |
        if (cells.size() != 6 || cells.at(1).trimmed() == u"concept"_s || cells.at(1).startsWith(u"---"_s))
            continue;
        ++rows;
        // The preferred term as written before any note in brackets; %1 stands for any number.
        QString preferred = cells.at(2).trimmed().section(u" ("_s, 0, 0);
        preferred.replace(u"%1"_s, QString());
        QVERIFY2(all.contains(preferred.trimmed()), qPrintable(u"not used: "_s + preferred));
        for (QString rejected : cells.at(3).split(u',')) {
            rejected = rejected.trimmed();
            if (rejected.contains(u"%1"_s)) {
                const QString pattern = QRegularExpression::escape(rejected).replace(u"%1"_s, u"(%1|\\d+)"_s);
                QVERIFY2(!QRegularExpression(pattern).match(all).hasMatch(), qPrintable(u"rejected: "_s + rejected));
            } else {
                QVERIFY2(!all.contains(rejected), qPrintable(u"rejected: "_s + rejected));
            }
        }
    }
    QVERIFY(rows >= 7);
}

QTEST_APPLESS_MAIN(tst_Translations)
#include "tst_translations.moc"
