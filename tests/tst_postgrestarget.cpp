#include "storage/PostgresTarget.h"

#include "TestServer.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// How a shared database is named, and that Qt's PostgreSQL driver reaches the test server the
// test command starts (scripts/pg-test-cluster): a connection, and notifications, which a
// running copy will use to see others' changes.
class tst_PostgresTarget : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void reachesTheTestServer();
    void notificationsArrive();
};

void tst_PostgresTarget::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // -1: not given
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("full") << u"postgresql://aiko@db.example.org:5433/sim3?sslmode=verify-full"_s << u"db.example.org"_s
                          << 5433 << u"aiko"_s << u"sim3"_s << u"sslmode=verify-full"_s
                          << u"postgresql://aiko@db.example.org:5433/sim3?sslmode=verify-full"_s;
    QTest::newRow("short scheme, defaults")
        << u"postgres://db/sim3"_s << u"db"_s << -1 << QString() << u"sim3"_s << QString() << u"postgresql://db/sim3"_s;
    QTest::newRow("socket folder") << u"postgresql://nobody@/postgres?host=/tmp/pg%20test"_s << u"/tmp/pg test"_s << -1
                                   << u"nobody"_s << u"postgres"_s << QString()
                                   << u"postgresql://nobody@/postgres?host=/tmp/pg%20test"_s;
    QTest::newRow("Japanese user, two options")
        << u"postgresql://%E6%84%9B%E5%AD%90@db/sim3?sslmode=require&connect_timeout=5"_s << u"db"_s << -1 << u"愛子"_s
        << u"sim3"_s << u"sslmode=require;connect_timeout=5"_s
        << u"postgresql://%E6%84%9B%E5%AD%90@db/sim3?sslmode=require&connect_timeout=5"_s;
}

void tst_PostgresTarget::parse()
{
    QFETCH(QString, uri);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, options);
    QFETCH(QString, display);
    QVERIFY(PostgresTarget::looksLikeServer(uri));
    const Result<PostgresTarget> t = PostgresTarget::parse(uri);
    QVERIFY2(t, qPrintable(t ? QString() : t.error()));
    QCOMPARE(t->host, host);
    QCOMPARE(t->port.value_or(-1), port);
    QCOMPARE(t->user, user);
    QCOMPARE(t->database, database);
    QStringList pairs;
    for (const auto &[key, value] : t->options)
        pairs.append(key + u'=' + value);
    QCOMPARE(pairs.join(u';'), options);
    QCOMPARE(t->display(), display);
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, u"parse"_s);
    t->applyTo(connection);
    // Without a timeout of the user's, the connection gives up after 5 s rather than never.
    const QString applied = options.contains(u"connect_timeout"_s)
        ? options
        : (options.isEmpty() ? QString() : options + u';') + u"connect_timeout=5"_s;
    QCOMPARE(connection.connectOptions(), applied);
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"parse"_s);
}

void tst_PostgresTarget::refused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");
    QTest::newRow("a file") << u"/home/aiko/sim3.sqlite"_s << u"not a PostgreSQL address"_s;
    QTest::newRow("password in the address") << u"postgresql://aiko:secret@db/sim3"_s << u"~/.pgpass"_s;
    QTest::newRow("password as an option") << u"postgresql://aiko@db/sim3?password=secret"_s << u"~/.pgpass"_s;
    QTest::newRow("unknown option") << u"postgresql://db/sim3?options=-c%20x"_s << u"\"options\" is not a setting"_s;
    QTest::newRow("misspelt sslmode") << u"postgresql://db/sim3?sslmode=verify"_s << u"sslmode \"verify\""_s;
    QTest::newRow("server named twice") << u"postgresql://db/sim3?host=/tmp"_s << u"names the server twice"_s;
    QTest::newRow("path in the database") << u"postgresql://db/a/b"_s << u"with \"/\""_s;
}

void tst_PostgresTarget::refused()
{
    QFETCH(QString, uri);
    QFETCH(QString, says);
    const Result<PostgresTarget> t = PostgresTarget::parse(uri);
    QVERIFY(!t);
    QVERIFY2(t.error().contains(says), qPrintable(t.error()));
    QVERIFY2(!t.error().contains(u"secret"_s), "a password is never repeated");
}

void tst_PostgresTarget::reachesTheTestServer()
{
    const std::optional<PostgresTarget> server = testServer();
    if (noTestServer(server))
        return;
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's PostgreSQL driver (libqt6sql6-psql)");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"reach"_s);
        server->applyTo(db);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT current_setting('server_version_num')::int"_s) && q.next());
        QVERIFY(q.value(0).toInt() >= 150000);
    }
    QSqlDatabase::removeDatabase(u"reach"_s);

    // A server that is not there: the driver says so instead of waiting.
    PostgresTarget missing = *server;
    missing.host = u"/nonexistent-sim3-socket-folder"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"missing"_s);
        missing.applyTo(db);
        QVERIFY(!db.open());
        QVERIFY2(
            db.lastError().text().contains(u"nonexistent-sim3-socket-folder"_s), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"missing"_s);
}

void tst_PostgresTarget::notificationsArrive()
{
    const std::optional<PostgresTarget> server = testServer();
    if (noTestServer(server))
        return;
    {
        QSqlDatabase listener = QSqlDatabase::addDatabase(u"QPSQL"_s, u"listener"_s);
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QPSQL"_s, u"writer"_s);
        server->applyTo(listener);
        server->applyTo(writer);
        QVERIFY(listener.open() && writer.open());
        QVERIFY(listener.driver()->subscribeToNotification(u"sim3_changes"_s));
        QSignalSpy arrived(listener.driver(), &QSqlDriver::notification);
        QSqlQuery q(writer);
        QVERIFY(q.exec(u"NOTIFY sim3_changes, 'assessment 3'"_s));
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
        QCOMPARE(arrived.first().at(0).toString(), u"sim3_changes"_s);
        QCOMPARE(arrived.first().at(2).toString(), u"assessment 3"_s);
    }
    QSqlDatabase::removeDatabase(u"listener"_s);
    QSqlDatabase::removeDatabase(u"writer"_s);
}

QTEST_GUILESS_MAIN(tst_PostgresTarget)
#include "tst_postgrestarget.moc"
