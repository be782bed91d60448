#include "dialogs/InputDialog.h"
#include "i18n/LanguageManager.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/ChangeWatcher.h"
#include "shell/DatabaseOpener.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"

#include "TestServer.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A shared database whose server goes away and comes back. The test starts a PostgreSQL server
// of its own (scripts/pg-test-cluster), since it kills it: nothing half-written, a message that
// says what happened, the window read-only meanwhile with what was typed kept, and a new
// connection once the server is back. Also: a change by another copy arrives by notice.
class tst_ServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void killedMidTransactionLeavesNothingHalfWritten();
    void watcherSaysLostAndReconnects();
    void anotherCopysSaveArrivesByNotice();
    void windowTurnsReadOnlyKeepsTheTextAndComesBack();
    void passwordFromTheEnvironmentOrAskedNeverStored();

private:
    bool cluster(const QString &action);
    std::unique_ptr<Database> openShared();
    qint64 emptyAssessment(Database &db);

    QTemporaryDir m_dir;
    QString m_clusterDir;
    QString m_address;
};

bool tst_ServerConnection::cluster(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral(SIM3_SOURCE_DIR) + u"/scripts/pg-test-cluster"_s, {action, m_clusterDir});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("pg-test-cluster %s: %s", qPrintable(action), p.readAllStandardError().constData());
        return false;
    }
    if (action == u"start"_s)
        m_address = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

void tst_ServerConnection::initTestCase()
{
    // Only where the test server runs is PostgreSQL known to be installed (scripts/test).
    if (noTestServer(testServer()))
        return;
    QVERIFY(m_dir.isValid());
    // The server may run as another user (root's tests run it as "nobody"): the folder is open.
    QVERIFY(QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    m_clusterDir = m_dir.filePath(u"c"_s);
    QVERIFY(cluster(u"start"_s));
}

void tst_ServerConnection::cleanupTestCase()
{
    if (!m_clusterDir.isEmpty())
        cluster(u"stop"_s);
}

void tst_ServerConnection::init()
{
    if (m_address.isEmpty())
        QSKIP("no server of its own");
}

std::unique_ptr<Database> tst_ServerConnection::openShared()
{
    auto opened = Database::open(m_address);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened).value();
}

qint64 tst_ServerConnection::emptyAssessment(Database &db)
{
    const qint64 team = TeamRepository(db).create(u"Team %1"_s.arg(QDateTime::currentMSecsSinceEpoch()))->id;
    return AssessmentRepository(db).create(team, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s)->id;
}

void tst_ServerConnection::killedMidTransactionLeavesNothingHalfWritten()
{
    std::unique_ptr<Database> db = openShared();
    const qint64 id = emptyAssessment(*db);
    AssessmentRepository repo(*db);
    Answer kept;
    kept.parameterId = u"O-1"_s;
    kept.level = 2;
    QVERIFY(repo.saveAnswer(id, kept, u"Aiko"_s));
    {
        // Two answers in one transaction; the server dies before the commit.
        SqlTransaction transaction(*db);
        QVERIFY(transaction.isActive());
        Answer a = kept;
        a.parameterId = u"O-2"_s;
        a.level = 3;
        QVERIFY(repo.saveAnswer(id, a, u"Aiko"_s));
        a.parameterId = u"O-3"_s;
        QVERIFY(repo.saveAnswer(id, a, u"Aiko"_s));
        QVERIFY(cluster(u"kill"_s));
        const Status committed = transaction.commit();
        QVERIFY(!committed);
        QVERIFY2(
            committed.error().contains(u"connection to the database server was lost"_s), qPrintable(committed.error()));
    }
    QVERIFY(!db->isConnected());
    // While it is away, a save says so and changes nothing.
    Answer later = kept;
    later.level = 4;
    const Status refused = repo.saveAnswer(id, later, u"Aiko"_s);
    QVERIFY(!refused);
    QVERIFY(!db->reconnect());

    QVERIFY(cluster(u"resume"_s));
    const Status back = db->reconnect();
    QVERIFY2(back, qPrintable(back.error()));
    const Assessment stored = repo.load(id).value();
    QCOMPARE(stored.answers.value(u"O-1"_s).level, std::optional<int>(2));
    QVERIFY(!stored.answers.contains(u"O-2"_s) || !stored.answers.value(u"O-2"_s).level);
    QVERIFY(!stored.answers.contains(u"O-3"_s) || !stored.answers.value(u"O-3"_s).level);
    // And the connection works as before.
    QVERIFY(repo.saveAnswer(id, later, u"Aiko"_s));
    QCOMPARE(repo.load(id)->answers.value(u"O-1"_s).level, std::optional<int>(4));
}

void tst_ServerConnection::watcherSaysLostAndReconnects()
{
    std::unique_ptr<Database> db = openShared();
    ChangeWatcher watcher(*db);
    watcher.setPaused(true);
    QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &ChangeWatcher::connectionRestored);
    QVERIFY(!watcher.check());
    QCOMPARE(lost.count(), 0);
    QVERIFY(cluster(u"kill"_s));
    watcher.check();
    QCOMPARE(lost.count(), 1);
    QVERIFY(watcher.isOffline());
    QVERIFY(lost.first().first().toString().contains(u"cannot be reached"_s));
    QVERIFY(!watcher.reconnectNow());
    QCOMPARE(restored.count(), 0);
    QVERIFY(cluster(u"resume"_s));
    QVERIFY(watcher.reconnectNow());
    QCOMPARE(restored.count(), 1);
    QVERIFY(!watcher.isOffline());
    QCOMPARE(lost.count(), 1);
}

void tst_ServerConnection::anotherCopysSaveArrivesByNotice()
{
    std::unique_ptr<Database> aiko = openShared();
    std::unique_ptr<Database> ben = openShared();
    const qint64 id = emptyAssessment(*ben);
    // On a server only a notice moves the count: the timer's check cannot see changes itself.
    ChangeWatcher watcher(*aiko);
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    QTest::qWait(100);
    changed.clear();
    Answer a;
    a.parameterId = u"O-1"_s;
    a.level = 1;
    QVERIFY(AssessmentRepository(*ben).saveAnswer(id, a, u"Ben"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    // Her own saves send no notice to herself.
    changed.clear();
    a.level = 2;
    QVERIFY(AssessmentRepository(*aiko).saveAnswer(id, a, u"Aiko"_s));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
}

void tst_ServerConnection::windowTurnsReadOnlyKeepsTheTextAndComesBack()
{
    std::unique_ptr<Database> db = openShared();
    const qint64 id = emptyAssessment(*db);
    LanguageManager languages;
    MainWindow w(*db, languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(id, u"O-1"_s));
    auto *watcher = w.findChild<ChangeWatcher *>();
    watcher->setPaused(true);
    auto *comment = w.findChild<QPlainTextEdit *>(u"commentField"_s);
    comment->setFocus();
    QTest::keyClicks(comment, u"Typed while the server went away"_s);
    auto *level3 = w.findChild<QAction *>(u"actionLevel3"_s);
    QVERIFY(level3 && level3->isEnabled());

    QVERIFY(cluster(u"kill"_s));
    watcher->check();
    auto *offline = w.findChild<QLabel *>(u"offlineLabel"_s);
    QVERIFY(offline && offline->isVisible());
    QVERIFY(!offline->toolTip().isEmpty());
    QVERIFY(!level3->isEnabled());
    QVERIFY(w.session()->isOffline());
    QVERIFY(comment->isReadOnly());
    QCOMPARE(comment->toPlainText(), u"Typed while the server went away"_s);

    // Moving to another parameter and back keeps the text typed for the first.
    w.questionnaire()->showParameter(u"O-2"_s);
    QVERIFY(comment->toPlainText().isEmpty());
    w.questionnaire()->showParameter(u"O-1"_s);
    QCOMPARE(comment->toPlainText(), u"Typed while the server went away"_s);
    w.questionnaire()->showParameter(u"O-2"_s);

    QVERIFY(cluster(u"resume"_s));
    QVERIFY(watcher->reconnectNow());
    QVERIFY(!offline->isVisible());
    QVERIFY(level3->isEnabled());
    QVERIFY(!comment->isReadOnly());
    // Saved once the server is back, to the parameter it was typed for.
    QTRY_COMPARE_WITH_TIMEOUT(AssessmentRepository(*db).load(id)->answers.value(u"O-1"_s).comment,
        u"Typed while the server went away"_s, 10000);
    QVERIFY(AssessmentRepository(*db).load(id)->answers.value(u"O-2"_s).comment.isEmpty());
    w.questionnaire()->showParameter(u"O-1"_s);
    QCOMPARE(comment->toPlainText(), u"Typed while the server went away"_s);
}

void tst_ServerConnection::passwordFromTheEnvironmentOrAskedNeverStored()
{
    // The server asks every role but its owner for a password from now on.
    const QString role = u"sim3_pw_role"_s;
    {
        std::unique_ptr<Database> owner = openShared();
        QSqlQuery q(owner->connection());
        QVERIFY(q.exec(u"CREATE ROLE %1 LOGIN SUPERUSER PASSWORD 'right horse'"_s.arg(role)));
        QFile hba(m_clusterDir + u"/data/pg_hba.conf"_s);
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString owns = PostgresTarget::parse(m_address)->user;
        hba.write(u"local all %1 trust\nlocal all all scram-sha-256\n"_s.arg(owns).toUtf8());
        hba.close();
        QVERIFY(q.exec(u"SELECT pg_reload_conf()"_s));
    }
    PostgresTarget target = PostgresTarget::parse(m_address).value();
    target.user = role;
    const QString address = target.display();
    QWidget parent;

    // No password anywhere: asked; cancelling says nothing more and opens nothing.
    bool wanted = false;
    QVERIFY(!Database::open(address, Database::Verification::Full, QString(), &wanted));
    QVERIFY(wanted);
    InputDialog::setNextAnswer(std::nullopt);
    DatabaseOpener::Outcome cancelled = DatabaseOpener::open(&parent, address, Database::Verification::Full);
    QVERIFY(!cancelled.database);
    QVERIFY(cancelled.error.isEmpty());

    // Typed: opened, and the address (shown, remembered) holds no trace of it.
    InputDialog::setNextAnswer(u"right horse"_s);
    DatabaseOpener::Outcome typed = DatabaseOpener::open(&parent, address, Database::Verification::Full);
    QVERIFY2(typed.database, qPrintable(typed.error));
    QVERIFY(!typed.database->path().contains(u"horse"_s));
    DatabaseOpener::remember(typed.database->path());
    QVERIFY(!DatabaseOpener::remembered().contains(u"horse"_s));
    DatabaseOpener::remember(QString());
    // It reconnects with the password it was given.
    QVERIFY(typed.database->reconnect());

    // From libpq's usual places (here PGPASSWORD): no question at all.
    qputenv("PGPASSWORD", "right horse");
    DatabaseOpener::Outcome fromEnvironment = DatabaseOpener::open(&parent, address, Database::Verification::Full);
    qunsetenv("PGPASSWORD");
    QVERIFY2(fromEnvironment.database, qPrintable(fromEnvironment.error));

    // Trust again for whatever runs after.
    typed.database.reset();
    fromEnvironment.database.reset();
    QFile hba(m_clusterDir + u"/data/pg_hba.conf"_s);
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all all trust\n");
    hba.close();
    std::unique_ptr<Database> owner = openShared();
    QVERIFY(QSqlQuery(owner->connection()).exec(u"SELECT pg_reload_conf()"_s));
}

QTEST_MAIN(tst_ServerConnection)
#include "tst_serverconnection.moc"
