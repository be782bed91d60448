#include "catalogue/ModelCatalogue.h"
#include "demo/DemoData.h"
#include "exchange/AssessmentExchange.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"
#include "storage/TeamRepository.h"

#include "TempDatabase.h"
#include "TestData.h"
#include "TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Access per team on a shared PostgreSQL database, checked where it is enforced: on the server,
// with raw SQL as each role, and through SIM3 Workbench's own opening of the database. Team A
// is the demo team; team B a Japanese workshop (participants, ratings, a target profile).
class tst_ServerAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void levelsHaveKeys_data();
    void levelsHaveKeys();
    void aMemberSeesOnlyTheirTeamEvenWithRawSql();
    void aReaderMayNotChangeAnything();
    void onlyALeadMarksFinalOrReopens();
    void theApplicationShowsOnlyTheTeamsGranted();
    void noAccessIsSaidNotShownAsAnEmptyList();
    void revokingTakesTheRightsAway();
    void onlyTheOwnerHandsOutAccess();

private:
    // A login role of this test, dropped in cleanup.
    QString makeRole(const QString &stem);
    // A raw connection to the scratch database as `role`.
    QSqlDatabase connectAs(const QString &role);
    QString addressFor(const QString &role) const;
    // The number of rows of `table` the role sees.
    int visible(QSqlDatabase &db, const QString &table);
    bool grant(const QString &team, const QString &role, ServerAccess::Level level);

    std::optional<PostgresTarget> m_server;
    std::unique_ptr<TempDatabase> m_t;
    QString m_teamA;
    QString m_teamB;
    qint64 m_teamBAssessment = 0;
    QStringList m_roles;
    QStringList m_connections;
};

void tst_ServerAccess::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "levelsHaveKeys") == 0)
        return;
    m_server = testServer();
    if (noTestServer(m_server))
        return;
    m_t = std::make_unique<TempDatabase>(Database::Engine::PostgreSQL);
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->error()));
    const auto demo = DemoData::create(m_t->db(), u"en"_s);
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error()));
    m_teamA = TeamRepository(m_t->db()).find(demo->teamId)->name;
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const auto workshop = AssessmentExchange(m_t->db(), catalogue)
                              .importFile(TestData::path(u"exchange/golden/workshop-ja/assessment.json"_s));
    QVERIFY2(workshop, qPrintable(workshop ? QString() : workshop.error()));
    m_teamB = TeamRepository(m_t->db()).find(workshop->teamId)->name;
    m_teamBAssessment = workshop->assessmentId;
    QVERIFY(m_teamA != m_teamB);
    const Status set = ServerAccess::init(m_t->db());
    QVERIFY2(set, qPrintable(set.error()));
    QVERIFY(ServerAccess::isSetUp(m_t->db()));
}

void tst_ServerAccess::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    if (m_t && m_t->isOpen()) {
        QSqlQuery q(m_t->db().connection());
        for (const QString &role : std::as_const(m_roles)) {
            q.exec(u"DROP OWNED BY %1"_s.arg(role));
            q.exec(u"DROP ROLE IF EXISTS %1"_s.arg(role));
        }
    }
    m_roles.clear();
    m_t.reset();
}

void tst_ServerAccess::levelsHaveKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("level");
    QTest::newRow("reader") << u"reader"_s << int(ServerAccess::Level::Reader);
    QTest::newRow("assessor") << u"assessor"_s << int(ServerAccess::Level::Assessor);
    QTest::newRow("lead") << u"lead"_s << int(ServerAccess::Level::Lead);
    QTest::newRow("unknown") << u"owner"_s << 0;
    QTest::newRow("capitals") << u"Lead"_s << 0;
}

void tst_ServerAccess::levelsHaveKeys()
{
    QFETCH(QString, key);
    QFETCH(int, level);
    const std::optional<ServerAccess::Level> parsed = ServerAccess::levelFromKey(key);
    QCOMPARE(parsed ? int(*parsed) : 0, level);
    if (parsed)
        QCOMPARE(ServerAccess::key(*parsed), key);
}

QString tst_ServerAccess::makeRole(const QString &stem)
{
    const QString role = u"sim3_%1_%2"_s.arg(stem, QUuid::createUuid().toString(QUuid::Id128).left(8));
    QSqlQuery q(m_t->db().connection());
    if (!q.exec(u"CREATE ROLE %1 LOGIN"_s.arg(role)))
        qFatal("CREATE ROLE: %s", qPrintable(q.lastError().text()));
    m_roles.append(role);
    return role;
}

QString tst_ServerAccess::addressFor(const QString &role) const
{
    PostgresTarget target = PostgresTarget::parse(m_t->path()).value();
    target.user = role;
    return target.display();
}

QSqlDatabase tst_ServerAccess::connectAs(const QString &role)
{
    const QString name = u"as-"_s + role;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    PostgresTarget::parse(addressFor(role)).value().applyTo(db);
    if (!db.open())
        qFatal("connect as %s: %s", qPrintable(role), qPrintable(db.lastError().text()));
    m_connections.append(name);
    return db;
}

int tst_ServerAccess::visible(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool tst_ServerAccess::grant(const QString &team, const QString &role, ServerAccess::Level level)
{
    const Result<bool> granted = ServerAccess::grant(m_t->db(), {team, role, level});
    if (!granted)
        qWarning("%s", qPrintable(granted.error()));
    return granted.isOk();
}

void tst_ServerAccess::aMemberSeesOnlyTheirTeamEvenWithRawSql()
{
    if (!m_t)
        return;
    const QString aiko = makeRole(u"aiko"_s);
    QVERIFY(grant(m_teamA, aiko, ServerAccess::Level::Assessor));
    QSqlDatabase db = connectAs(aiko);
    QCOMPARE(visible(db, u"teams"_s), 1);
    QCOMPARE(visible(db, u"assessments"_s), 3); // the demo's three
    QVERIFY(visible(db, u"answers"_s) > 0);
    QVERIFY(visible(db, u"target_profiles"_s) > 0);
    // Team B's workshop, profile and ratings are not there for her.
    QCOMPARE(visible(db, u"participants"_s), 0);
    QCOMPARE(visible(db, u"ratings"_s), 0);
    QCOMPARE(visible(db, u"discussions"_s), 0);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT count(*) FROM answers WHERE assessment_id = %1"_s.arg(m_teamBAssessment)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Nor can she change or add to it: an update finds nothing, an insert is refused.
    QVERIFY(q.exec(u"UPDATE answers SET comment = 'x' WHERE assessment_id = %1"_s.arg(m_teamBAssessment)));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(u"UPDATE teams SET name = 'taken' WHERE name = '%1'"_s.arg(m_teamB)));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(!q.exec(
        u"INSERT INTO answers (assessment_id, parameter_id, level) VALUES (%1, 'O-1', 4)"_s.arg(m_teamBAssessment)));
    QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
    QVERIFY(!q.exec(u"INSERT INTO teams (uuid, name, created_at) VALUES ('u', 'New', 'now')"_s));
    // Her own team she may change.
    QVERIFY2(q.exec(u"UPDATE answers SET comment = 'mine' WHERE parameter_id = 'O-1' AND assessment_id IN "
                    "(SELECT id FROM assessments WHERE status = 'draft')"_s),
        qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    // The owner still sees both teams, untouched.
    QCOMPARE(TeamRepository(m_t->db()).all()->size(), 2);
    QCOMPARE(TeamRepository(m_t->db()).all()->at(0).name == u"taken"_s, false);
}

void tst_ServerAccess::aReaderMayNotChangeAnything()
{
    if (!m_t)
        return;
    const QString ben = makeRole(u"ben"_s);
    QVERIFY(grant(m_teamB, ben, ServerAccess::Level::Reader));
    QSqlDatabase db = connectAs(ben);
    QCOMPARE(visible(db, u"teams"_s), 1);
    QVERIFY(visible(db, u"ratings"_s) > 0);
    const int answers = visible(db, u"answers"_s);
    QVERIFY(answers > 0);
    QSqlQuery q(db);
    // Every kind of write is refused aloud (42501), not silently ignored.
    for (const QString &sql : {u"UPDATE answers SET comment = 'x'"_s, u"DELETE FROM answers"_s,
             u"UPDATE ratings SET note = 'x'"_s, u"DELETE FROM participants"_s,
             u"UPDATE target_profiles SET approved_by = 'me'"_s, u"DELETE FROM teams"_s}) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
    }
    QCOMPARE(visible(db, u"answers"_s), answers);
    // Through the application: reading works, saving names the reason.
    auto opened = Database::open(addressFor(ben));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    AssessmentRepository repo(*opened.value());
    const Assessment loaded = repo.load(m_teamBAssessment).value();
    Answer answer = loaded.answers.value(u"O-1"_s);
    answer.comment = u"changed by a reader"_s;
    const Status saved = repo.saveAnswer(m_teamBAssessment, answer, u"Ben"_s);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"no right"_s), qPrintable(saved.error()));
}

void tst_ServerAccess::onlyALeadMarksFinalOrReopens()
{
    if (!m_t)
        return;
    const QString aiko = makeRole(u"aiko"_s);
    QVERIFY(grant(m_teamA, aiko, ServerAccess::Level::Assessor));
    auto opened = Database::open(addressFor(aiko));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    AssessmentRepository repo(*opened.value());
    const QList<Assessment> all = repo.all().value();
    const auto draft = std::find_if(
        all.cbegin(), all.cend(), [](const Assessment &a) { return a.status == Assessment::Status::Draft; });
    QVERIFY(draft != all.cend());
    const Status refused = repo.setStatus(draft->id, Assessment::Status::Final, u"Aiko"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"only a lead"_s), qPrintable(refused.error()));
    QCOMPARE(repo.find(draft->id)->status, Assessment::Status::Draft);
    // Made lead, she may.
    QVERIFY(grant(m_teamA, aiko, ServerAccess::Level::Lead));
    const Status finalised = repo.setStatus(draft->id, Assessment::Status::Final, u"Aiko"_s);
    QVERIFY2(finalised, qPrintable(finalised.error()));
    QVERIFY(repo.setStatus(draft->id, Assessment::Status::Draft, u"Aiko"_s));
}

void tst_ServerAccess::theApplicationShowsOnlyTheTeamsGranted()
{
    if (!m_t)
        return;
    const QString chie = makeRole(u"chie"_s);
    QVERIFY(grant(m_teamB, chie, ServerAccess::Level::Assessor));
    auto opened = Database::open(addressFor(chie));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    const QList<Team> teams = TeamRepository(*opened.value()).all().value();
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.first().name, m_teamB);
    QCOMPARE(AssessmentRepository(*opened.value()).all()->size(), 1);
    // Both teams once granted both.
    QVERIFY(grant(m_teamA, chie, ServerAccess::Level::Reader));
    QCOMPARE(TeamRepository(*opened.value()).all()->size(), 2);
    // A grant for a team not there yet makes it.
    const Result<bool> made = ServerAccess::grant(m_t->db(), {u"CSIRT C"_s, chie, ServerAccess::Level::Lead});
    QVERIFY(made && made.value());
    QCOMPARE(TeamRepository(*opened.value()).all()->size(), 3);
    const QList<ServerAccess::Grant> grants = ServerAccess::grants(m_t->db()).value();
    QCOMPARE(grants.size(), 3);
}

void tst_ServerAccess::noAccessIsSaidNotShownAsAnEmptyList()
{
    if (!m_t)
        return;
    // Rights on the tables through another team's grant, then none: the message says who and what to do.
    const QString dai = makeRole(u"dai"_s);
    QVERIFY(grant(m_teamA, dai, ServerAccess::Level::Reader));
    QVERIFY(ServerAccess::revoke(m_t->db(), m_teamA, dai));
    const auto refused = Database::open(addressFor(dai));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(dai) && refused.error().contains(u"admin grant"_s), qPrintable(refused.error()));
    // A role that never had any right gets the same kind of message.
    const QString eri = makeRole(u"eri"_s);
    const auto never = Database::open(addressFor(eri));
    QVERIFY(!never);
    QVERIFY2(never.error().contains(eri) && never.error().contains(u"admin grant"_s), qPrintable(never.error()));
}

void tst_ServerAccess::revokingTakesTheRightsAway()
{
    if (!m_t)
        return;
    const QString aiko = makeRole(u"aiko"_s);
    QVERIFY(grant(m_teamA, aiko, ServerAccess::Level::Assessor));
    QVERIFY(grant(m_teamB, aiko, ServerAccess::Level::Reader));
    QVERIFY(ServerAccess::revoke(m_t->db(), m_teamB, aiko));
    QSqlDatabase db = connectAs(aiko);
    QCOMPARE(visible(db, u"teams"_s), 1);
    QVERIFY(ServerAccess::revoke(m_t->db(), m_teamA, aiko));
    // No team left: no right on the tables either.
    QSqlQuery q(db);
    QVERIFY(!q.exec(u"SELECT count(*) FROM teams"_s));
    QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
    // Revoking what was never given says so.
    const Status nothing = ServerAccess::revoke(m_t->db(), m_teamA, aiko);
    QVERIFY(!nothing);
    QVERIFY(nothing.error().contains(u"nothing was changed"_s));
}

void tst_ServerAccess::onlyTheOwnerHandsOutAccess()
{
    if (!m_t)
        return;
    const QString lead = makeRole(u"lead"_s);
    const QString other = makeRole(u"other"_s);
    QVERIFY(grant(m_teamA, lead, ServerAccess::Level::Lead));
    auto opened = Database::open(addressFor(lead));
    QVERIFY(opened);
    const Result<bool> refused = ServerAccess::grant(*opened.value(), {m_teamA, other, ServerAccess::Level::Reader});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"owner"_s), qPrintable(refused.error()));
    // Nor with raw SQL.
    QSqlDatabase db = connectAs(lead);
    QSqlQuery q(db);
    QVERIFY(!q.exec(
        u"INSERT INTO team_access (team_id, role_name, access) SELECT id, '%1', 'lead' FROM teams"_s.arg(other)));
    // A role that does not exist is named.
    const Result<bool> missing
        = ServerAccess::grant(m_t->db(), {m_teamA, u"nobody_here"_s, ServerAccess::Level::Reader});
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"createuser"_s));
    // And a file has no such thing.
    TempDatabase file(Database::Engine::SQLite);
    QVERIFY(!ServerAccess::init(file.db()));
}

QTEST_GUILESS_MAIN(tst_ServerAccess)
#include "tst_serveraccess.moc"
