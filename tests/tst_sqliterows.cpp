#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqliteRows.h"

#include "TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

// SqliteRows reads SQLite's rows without Qt's driver in between: what it gives must be what
// QSqlQuery gives, and every failure must come back worded as Qt's own.
class tst_SqliteRows : public QObject
{
    Q_OBJECT

private slots:
    void availableOnlyOnAnOpenSqliteConnection();
    void readsWhatQSqlQueryReads_data();
    void readsWhatQSqlQueryReads();
    void bindsAnInteger();
    void refusedStatementSaysWhy();
    void failureWhileSteppingSaysWhy();
};

void tst_SqliteRows::availableOnlyOnAnOpenSqliteConnection()
{
    TempDatabase t(Database::Engine::SQLite);
    QVERIFY(t.isOpen());
    QVERIFY(SqliteRows::available(t.db().connection()));
    QVERIFY(!SqliteRows::available(QSqlDatabase()));
    // Not available means no statement: next() is false at once, with a reason.
    SqliteRows none(QSqlDatabase(), "SELECT 1");
    QVERIFY(!none.next());
    QVERIFY(none.error().isValid());
    QVERIFY(!none.error().text().isEmpty());
}

void tst_SqliteRows::readsWhatQSqlQueryReads_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("integer") << u"42"_s;
    QTest::newRow("negative") << u"-7"_s;
    QTest::newRow("largest integer") << u"9223372036854775807"_s;
    QTest::newRow("null") << u"NULL"_s;
    QTest::newRow("ASCII text") << u"'O-1'"_s;
    QTest::newRow("empty text") << u"''"_s;
    QTest::newRow("Japanese") << u"'組織の使命'"_s;
    QTest::newRow("outside the BMP") << u"'\U0001F512 locked'"_s;
    QTest::newRow("a column of a table") << u"(SELECT value FROM settings WHERE key = 'schema/test')"_s;
}

void tst_SqliteRows::readsWhatQSqlQueryReads()
{
    QFETCH(QString, expression);
    TempDatabase t(Database::Engine::SQLite);
    QSqlQuery write(t.db().connection());
    QVERIFY2(write.exec(u"INSERT OR REPLACE INTO settings (key, value) VALUES ('schema/test', 'ä,b:1 ü')"_s),
        qPrintable(write.lastError().text()));
    const QString sql = u"SELECT %1"_s.arg(expression);
    QSqlQuery q(t.db().connection());
    QVERIFY2(q.exec(sql) && q.next(), qPrintable(q.lastError().text()));
    const QVariant expected = q.value(0);

    const QByteArray utf8 = sql.toUtf8();
    SqliteRows rows(t.db().connection(), utf8.constData());
    QVERIFY2(rows.next(), qPrintable(rows.error().text()));
    QCOMPARE(rows.isNull(0), expected.isNull());
    if (expected.typeId() == QMetaType::QString)
        QCOMPARE(rows.text(0), expected.toString());
    else if (!expected.isNull())
        QCOMPARE(rows.integer(0), expected.toLongLong());
    QVERIFY(!rows.next()); // one row, then a clean end
    QVERIFY(!rows.error().isValid());
}

void tst_SqliteRows::bindsAnInteger()
{
    TempDatabase t(Database::Engine::SQLite);
    SqliteRows rows(t.db().connection(), "SELECT ? * 2, ? IS NULL");
    QVERIFY(rows.bind(1, 21));
    QVERIFY(!rows.bind(3, 1)); // no such parameter, and said
    QVERIFY2(rows.error().text().contains(u"column index out of range"_s), qPrintable(rows.error().text()));
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(0), 42);
    QCOMPARE(rows.integer(1), 1); // the second was left unbound: NULL
}

void tst_SqliteRows::refusedStatementSaysWhy()
{
    TempDatabase t(Database::Engine::SQLite);
    SqliteRows rows(t.db().connection(), "SELECT id FROM no_such_table");
    QVERIFY(!rows.bind(1, 1));
    QVERIFY(!rows.next());
    QVERIFY(rows.error().isValid());
    QVERIFY2(rows.error().text().contains(u"no such table: no_such_table"_s), qPrintable(rows.error().text()));
    QCOMPARE(SqlError::primaryCode(rows.error()), 1); // SQLITE_ERROR
    const QString message = SqlError::describe(u"Reading the answers"_s, rows.error());
    QVERIFY2(message.startsWith(u"Reading the answers failed"_s), qPrintable(message));
}

void tst_SqliteRows::failureWhileSteppingSaysWhy()
{
    TempDatabase t(Database::Engine::SQLite);
    // SQLite raises "integer overflow" only when the row is computed: a failure of step().
    SqliteRows rows(t.db().connection(), "SELECT abs(?)");
    QVERIFY(!rows.error().isValid());
    QVERIFY(rows.bind(1, std::numeric_limits<qint64>::min()));
    QVERIFY(!rows.next());
    QVERIFY(rows.error().isValid());
    QVERIFY2(rows.error().text().contains(u"integer overflow"_s), qPrintable(rows.error().text()));
    QVERIFY(!rows.next()); // and stays failed, without a crash
}

QTEST_GUILESS_MAIN(tst_SqliteRows)
#include "tst_sqliterows.moc"
