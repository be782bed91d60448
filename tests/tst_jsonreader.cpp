#include "json/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Every file the application reads (assessments, profiles, models) goes through JsonReader: it
// refuses what RFC 8259 forbids, with the position, and never waits on or swallows a file that
// is not a plain file.
class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void notAPlainFile_data();
    void notAPlainFile();
};

void tst_JsonReader::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value"); // of "k" when accepted
    QTest::addColumn<QString>("error"); // a fragment of the message when refused

    QTest::newRow("plain") << QByteArray(R"({"k": "Aiko"})") << u"Aiko"_s << QString();
    QTest::newRow("escaped quote and backslash")
        << QByteArray(R"({"k": "a\"b\\", "x": "\"\\"})") << u"a\"b\\"_s << QString();
    QTest::newRow("surrogate pair") << QByteArray(R"({"k": "\ud83d\ude00!"})") << u"😀!"_s << QString();
    QTest::newRow("raw UTF-8") << QByteArray("{\"k\": \"成熟度\"}") << u"成熟度"_s << QString();
    QTest::newRow("escaped control characters")
        << QByteArray(R"({"k": "a\tb\u0000c"})") << QString::fromUtf16(u"a\tb\0c", 5) << QString();
    QTest::newRow("raw tab") << QByteArray("{\"k\": \"a\tb\"}") << QString()
                             << u"U+0009 inside a string at line 1, column 9"_s;
    QTest::newRow("raw NUL") << QByteArray("{\"k\":\n \"a\0b\"}", 12) << QString()
                             << u"U+0000 inside a string at line 2, column 4"_s;
    QTest::newRow("raw line break") << QByteArray("{\"k\": \"a\nb\"}") << QString() << u"line break inside a string"_s;
    QTest::newRow("lone high surrogate") << QByteArray(R"({"k": "\ud800b"})") << QString()
                                         << u"lone UTF-16 surrogate \\uD800 at line 1, column 8"_s;
    QTest::newRow("high then not low") << QByteArray(R"({"k": "\ud800\u0041"})") << QString()
                                       << u"lone UTF-16 surrogate \\uD800"_s;
    QTest::newRow("lone low surrogate") << QByteArray(R"({"k": "x\udc00"})") << QString()
                                        << u"lone UTF-16 surrogate \\uDC00"_s;
    QTest::newRow("high surrogate at the end") << QByteArray(R"({"k": "\ud800)") << QString() << u"surrogate"_s;
    QTest::newRow("not UTF-8") << QByteArray("{\"k\": \"\xff\"}") << QString() << u"not valid UTF-8"_s;
    QTest::newRow("control character outside strings is whitespace only")
        << QByteArray("{\"k\":\x01 \"v\"}") << QString() << u"Not valid JSON"_s;
}

void tst_JsonReader::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Result<QJsonObject> read = JsonReader::parseObject(json);
    if (error.isEmpty()) {
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->value(u"k"_s).toString(), value);
    } else {
        QVERIFY(!read);
        QVERIFY2(read.error().contains(error), qPrintable(read.error()));
    }
}

void tst_JsonReader::notAPlainFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("fifo") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("/dev/zero") << u"device"_s << u"not a regular file"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
    QTest::newRow("too large") << u"large"_s << u"too large"_s;
}

void tst_JsonReader::notAPlainFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QString path = dir.filePath(u"file.json"_s);
    if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"device"_s) {
        path = u"/dev/zero"_s;
    } else if (kind == u"folder"_s) {
        path = dir.path();
    } else if (kind == u"large"_s) {
        // A sparse file one byte over the limit: refused before a byte is read.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(JsonReader::MaxFileSize + 1));
    }
    const Result<QJsonObject> read = JsonReader::readObjectFile(path);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(error), qPrintable(read.error()));
}

QTEST_APPLESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
