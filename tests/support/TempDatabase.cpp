#include "TempDatabase.h"

#include "TestData.h"
#include "TestServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Runs `sql` on the test server's maintenance database; the error text, or empty.
QString onMaintenanceDatabase(const PostgresTarget &server, const QString &sql)
{
    const QString name = u"sim3-test-admin"_s;
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        server.applyTo(admin);
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

TempDatabase::TempDatabase()
    : TempDatabase(onServer() ? Database::Engine::PostgreSQL : Database::Engine::SQLite)
{
}

TempDatabase::TempDatabase(Database::Engine engine)
{
    if (engine == Database::Engine::PostgreSQL && !createScratch())
        return;
    open();
}

TempDatabase::TempDatabase(const QString &savedDatabase)
{
    QFile::copy(TestData::path(savedDatabase), path());
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    open();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_scratch.isEmpty()) {
        // FORCE: a test may still hold a second connection to it.
        const QString error
            = onMaintenanceDatabase(*testServer(), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_scratch));
        if (!error.isEmpty())
            qWarning("Could not drop the scratch database %s: %s", qPrintable(m_scratch), qPrintable(error));
    }
}

bool TempDatabase::onServer()
{
    return qEnvironmentVariable("SIM3_TEST_ENGINE") == u"postgresql"_s;
}

bool TempDatabase::refuseWrites(Database &database, bool refuse)
{
    QSqlQuery q(database.connection());
    if (database.isServer())
        return q.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION %1"_s.arg(refuse ? u"READ ONLY" : u"READ WRITE"));
    return q.exec(refuse ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
}

bool TempDatabase::writeBreakingCheck(
    Database &database, const QString &table, const QString &column, const QString &sql)
{
    QSqlQuery q(database.connection());
    if (database.isServer())
        return q.exec(u"ALTER TABLE %1 DROP CONSTRAINT %1_%2_check"_s.arg(table, column)) && q.exec(sql);
    return q.exec(u"PRAGMA ignore_check_constraints = ON"_s) && q.exec(sql)
        && q.exec(u"PRAGMA ignore_check_constraints = OFF"_s);
}

bool TempDatabase::createScratch()
{
    const std::optional<PostgresTarget> server = testServer();
    if (!server) {
        m_error = u"SIM3_TEST_ENGINE=postgresql, but no test server (SIM3_TEST_POSTGRES): run scripts/test"_s;
        return false;
    }
    const QString name = u"sim3_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (const QString error = onMaintenanceDatabase(*server, u"CREATE DATABASE %1"_s.arg(name)); !error.isEmpty()) {
        m_error = u"Could not create a scratch database: "_s + error;
        return false;
    }
    m_scratch = name;
    PostgresTarget scratch = *server;
    scratch.database = name;
    m_server = scratch.display();
    return true;
}

QString TempDatabase::path() const
{
    return m_server.isEmpty() ? m_dir.filePath(u"test.sqlite"_s) : m_server;
}

bool TempDatabase::reopen()
{
    m_db.reset();
    return open();
}

bool TempDatabase::open()
{
    auto opened = Database::open(path());
    if (!opened) {
        m_error = opened.error();
        return false;
    }
    m_db = std::move(opened).value();
    m_db->setClock([this] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC).addSecs(m_ticks++); });
    return true;
}
