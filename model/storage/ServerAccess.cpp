#include "ServerAccess.h"

#include "storage/Database.h"
#include "storage/PostgresDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Each table's rows belong to a team through one column. `function` gives the connection's
// access to that team for one row (0 none, 1 reader, 2 assessor, 3 lead or owner), which the
// triggers use; the policies say the same for a whole statement at once: `read` and `write` are
// conditions on the row, built on the list of the teams the connection may read or change
// (computed once per statement) and on the parent rows it may see.
struct Rule
{
    const char16_t *table;
    const char16_t *function;
    const char16_t *column;
    const char16_t *read;
    const char16_t *write;
};

// The rows of an assessment (answers, logs, the workshop's): as their assessment.
constexpr const char16_t *ByAssessmentRead = u"assessment_id IN (SELECT id FROM assessments)";
constexpr const char16_t *ByAssessmentWrite
    = u"assessment_id IN (SELECT id FROM assessments WHERE team_id IN (SELECT unnest(sim3_teams_at(2))))";

constexpr Rule Rules[] = {
    {u"teams", u"sim3_team_access", u"id", u"id IN (SELECT unnest(sim3_teams_at(1)))",
        u"id IN (SELECT unnest(sim3_teams_at(2)))"},
    {u"assessments", u"sim3_team_access", u"team_id", u"team_id IN (SELECT unnest(sim3_teams_at(1)))",
        u"team_id IN (SELECT unnest(sim3_teams_at(2)))"},
    {u"answers", u"sim3_assessment_access", u"assessment_id", ByAssessmentRead, ByAssessmentWrite},
    {u"evidence", u"sim3_answer_access", u"answer_id", u"answer_id IN (SELECT id FROM answers)",
        u"answer_id IN (SELECT n.id FROM answers n JOIN assessments a ON a.id = n.assessment_id "
        u"WHERE a.team_id IN (SELECT unnest(sim3_teams_at(2))))"},
    {u"answer_log", u"sim3_assessment_access", u"assessment_id", ByAssessmentRead, ByAssessmentWrite},
    {u"assessment_log", u"sim3_assessment_access", u"assessment_id", ByAssessmentRead, ByAssessmentWrite},
    {u"target_profiles", u"sim3_team_access", u"team_id", u"team_id IN (SELECT unnest(sim3_teams_at(1)))",
        u"team_id IN (SELECT unnest(sim3_teams_at(2)))"},
    {u"profile_targets", u"sim3_profile_access", u"profile_id", u"profile_id IN (SELECT id FROM target_profiles)",
        u"profile_id IN (SELECT id FROM target_profiles WHERE team_id IN (SELECT unnest(sim3_teams_at(2))))"},
    {u"participants", u"sim3_assessment_access", u"assessment_id", ByAssessmentRead, ByAssessmentWrite},
    {u"ratings", u"sim3_participant_access", u"participant_id", u"participant_id IN (SELECT id FROM participants)",
        u"participant_id IN (SELECT p.id FROM participants p JOIN assessments a ON a.id = p.assessment_id "
        u"WHERE a.team_id IN (SELECT unnest(sim3_teams_at(2))))"},
    {u"discussions", u"sim3_assessment_access", u"assessment_id", ByAssessmentRead, ByAssessmentWrite},
};

// Shared by every member: the custom models and the settings.
const QStringList SharedTables{u"custom_models"_s, u"settings"_s};

// The roles the connection acts as, among those named in team_access.
const QString MyRole = u"EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = team_access.role_name "
                       "AND pg_has_role(current_user, r.oid, 'MEMBER'))"_s;

QStringList setupStatements()
{
    QStringList s{
        // Setting up again is normal: no notice for each rule replaced.
        u"SET LOCAL client_min_messages = warning"_s,
        uR"(CREATE TABLE IF NOT EXISTS team_access (
            team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
            role_name TEXT NOT NULL,
            access TEXT NOT NULL CHECK (access IN ('reader', 'assessor', 'lead')),
            PRIMARY KEY (team_id, role_name)))"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'teams'::regclass), 'MEMBER')
            $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_team_access(bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN sim3_is_owner() THEN 3 ELSE coalesce((
                SELECT max(CASE a.access WHEN 'lead' THEN 3 WHEN 'assessor' THEN 2 ELSE 1 END)
                FROM team_access a JOIN pg_roles r ON r.rolname = a.role_name
                WHERE a.team_id = $1 AND pg_has_role(current_user, r.oid, 'MEMBER')), 0) END
            $$)"_s,
        // The teams the connection may read (1) or change (2), as one array per statement.
        uR"(CREATE OR REPLACE FUNCTION sim3_teams_at(integer) RETURNS bigint[] LANGUAGE sql STABLE AS $$
            SELECT coalesce(array_agg(team_id), '{}') FROM (
                SELECT a.team_id FROM team_access a JOIN pg_roles r ON r.rolname = a.role_name
                WHERE pg_has_role(current_user, r.oid, 'MEMBER')
                GROUP BY a.team_id
                HAVING max(CASE a.access WHEN 'lead' THEN 3 WHEN 'assessor' THEN 2 ELSE 1 END) >= $1) t
            $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_assessment_access(bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT coalesce((SELECT sim3_team_access(team_id) FROM assessments WHERE id = $1), 0) $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_answer_access(bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT coalesce((SELECT sim3_assessment_access(assessment_id) FROM answers WHERE id = $1), 0) $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_participant_access(bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT coalesce((SELECT sim3_assessment_access(assessment_id) FROM participants WHERE id = $1), 0) $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_profile_access(bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT coalesce((SELECT sim3_team_access(team_id) FROM target_profiles WHERE id = $1), 0) $$)"_s,
        // A reader sees the rows a delete would remove, so the refusal is said aloud rather
        // than a silent "nothing deleted".
        uR"(CREATE OR REPLACE FUNCTION sim3_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE level integer;
            BEGIN
                EXECUTE format('SELECT %I($1)', TG_ARGV[0]) INTO level USING (to_jsonb(OLD) ->> TG_ARGV[1])::bigint;
                IF coalesce(level, 0) < 2 THEN
                    RAISE EXCEPTION 'only an assessor or lead of the team may delete this' USING ERRCODE = '42501';
                END IF;
                RETURN OLD;
            END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION sim3_status_by_lead() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (TG_OP = 'INSERT' AND NEW.status <> 'draft' OR TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status)
                   AND sim3_team_access(NEW.team_id) < 3 THEN
                    RAISE EXCEPTION 'only a lead of the team may mark an assessment final or reopen it'
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$)"_s,
        u"CREATE OR REPLACE TRIGGER assessments_status_by_lead BEFORE INSERT OR UPDATE ON assessments "
        "FOR EACH ROW EXECUTE FUNCTION sim3_status_by_lead()"_s,
        u"ALTER TABLE team_access ENABLE ROW LEVEL SECURITY"_s,
        u"DROP POLICY IF EXISTS mine ON team_access"_s,
        u"CREATE POLICY mine ON team_access FOR SELECT USING (%1)"_s.arg(MyRole),
    };
    for (const Rule &rule : Rules) {
        const QString table = QString::fromUtf16(rule.table);
        const QString read = QString::fromUtf16(rule.read);
        const QString write = QString::fromUtf16(rule.write);
        s << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table);
        for (const char *policy : {"team_read", "team_insert", "team_update", "team_delete"})
            s << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(QLatin1String(policy), table);
        s << u"CREATE POLICY team_read ON %1 FOR SELECT USING (%2)"_s.arg(table, read)
          << u"CREATE POLICY team_insert ON %1 FOR INSERT WITH CHECK (%2)"_s.arg(table, write)
          << u"CREATE POLICY team_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%3)"_s.arg(table, read, write)
          << u"CREATE POLICY team_delete ON %1 FOR DELETE USING (%2)"_s.arg(table, read)
          << u"CREATE OR REPLACE TRIGGER %1_refuse_delete BEFORE DELETE ON %1 FOR EACH ROW "
             "EXECUTE FUNCTION sim3_refuse_delete('%2', '%3')"_s.arg(
                 table, QString::fromUtf16(rule.function), QString::fromUtf16(rule.column));
    }
    for (const QString &table : SharedTables) {
        s << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table)
          << u"DROP POLICY IF EXISTS shared ON %1"_s.arg(table)
          << u"CREATE POLICY shared ON %1 USING (true) WITH CHECK (true)"_s.arg(table);
    }
    return s;
}

Status run(QSqlQuery &q, const QString &action, const QString &sql)
{
    if (!q.exec(sql))
        return Status::failure(SqlError::describe(action, q.lastError()));
    return Status::success();
}

QString quoted(Database &db, const QString &identifier)
{
    return db.connection().driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

// The rights a member's role needs on the tables; the rows it may touch are the rules' business.
QStringList privilegeStatements(Database &db, const QString &role, bool give)
{
    QStringList dataTables;
    for (const Rule &rule : Rules)
        dataTables << QString::fromUtf16(rule.table);
    dataTables << SharedTables;
    const QString who = quoted(db, role);
    const QString database = quoted(db, db.connection().databaseName());
    const QString readOnly = u"%1, team_access"_s.arg(PostgresDialect::schemaVersionTable());
    if (give) {
        return {u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, who),
            u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(who),
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(dataTables.join(u", "_s), who),
            u"GRANT SELECT ON %1 TO %2"_s.arg(readOnly, who),
            u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(who)};
    }
    return {u"REVOKE ALL ON %1 FROM %2"_s.arg(dataTables.join(u", "_s), who),
        u"REVOKE ALL ON %1 FROM %2"_s.arg(readOnly, who),
        u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1"_s.arg(who)};
}

Result<bool> scalarBool(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return Result<bool>::failure(SqlError::describe(ServerAccess::tr("Reading the access rules"), q.lastError()));
    return Result<bool>::success(q.value(0).toBool());
}

Status needsOwner(Database &db)
{
    if (!db.isServer())
        return Status::failure(ServerAccess::tr("Access per team is a shared PostgreSQL database's: give --db "
                                                "postgresql://…. A file is protected by its own permissions."));
    if (!ServerAccess::isOwner(db))
        return Status::failure(ServerAccess::tr("Only the owner of the database's tables (who created it and ran "
                                                "\"admin init\") may hand out access."));
    return Status::success();
}

} // namespace

std::optional<ServerAccess::Level> ServerAccess::levelFromKey(const QString &key)
{
    if (key == u"reader"_s)
        return Level::Reader;
    if (key == u"assessor"_s)
        return Level::Assessor;
    if (key == u"lead"_s)
        return Level::Lead;
    return std::nullopt;
}

QString ServerAccess::key(Level level)
{
    switch (level) {
    case Level::Reader:
        return u"reader"_s;
    case Level::Assessor:
        return u"assessor"_s;
    case Level::Lead:
        return u"lead"_s;
    }
    return {};
}

bool ServerAccess::isSetUp(Database &db)
{
    if (!db.isServer())
        return false;
    const Result<bool> found = scalarBool(db, u"SELECT to_regclass('team_access') IS NOT NULL"_s);
    return found && found.value();
}

bool ServerAccess::isOwner(Database &db)
{
    const Result<bool> owner = scalarBool(db,
        u"SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'teams'::regclass), 'MEMBER')"_s);
    return owner && owner.value();
}

Status ServerAccess::init(Database &db)
{
    if (const Status owner = needsOwner(db); !owner)
        return owner;
    SqlTransaction transaction(db);
    if (const Status started = transaction.started(); !started)
        return started;
    QSqlQuery q(db.connection());
    for (const QString &statement : setupStatements()) {
        if (const Status done = run(q, tr("Setting up access per team"), statement); !done)
            return done;
    }
    // Rights of roles granted before (a new table after an update of the schema).
    QSqlQuery roles(db.connection());
    if (!roles.exec(u"SELECT DISTINCT role_name FROM team_access JOIN pg_roles ON rolname = role_name"_s))
        return Status::failure(SqlError::describe(tr("Setting up access per team"), roles.lastError()));
    while (roles.next()) {
        for (const QString &statement : privilegeStatements(db, roles.value(0).toString(), true)) {
            if (const Status done = run(q, tr("Setting up access per team"), statement); !done)
                return done;
        }
    }
    return transaction.commit();
}

Result<bool> ServerAccess::grant(Database &db, const Grant &grant)
{
    using R = Result<bool>;
    if (const Status owner = needsOwner(db); !owner)
        return R::failure(owner.error());
    if (!isSetUp(db))
        return R::failure(tr("Access per team is not set up yet: run \"sim3-workbench admin init\" first."));
    if (grant.team.trimmed().isEmpty())
        return R::failure(tr("Name the team."));
    SqlTransaction transaction(db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s);
    q.addBindValue(grant.role);
    if (!q.exec() || !q.next())
        return R::failure(SqlError::describe(tr("Looking up the role"), q.lastError()));
    if (q.value(0).toInt() == 0)
        return R::failure(tr("The server has no role \"%1\". Create it first (createuser %1, or CREATE ROLE … "
                             "LOGIN), then grant it access.")
                              .arg(grant.role));
    q.prepare(u"SELECT id FROM teams WHERE name = ? ORDER BY id"_s);
    q.addBindValue(grant.team.trimmed());
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Looking up the team"), q.lastError()));
    qint64 teamId = q.next() ? q.value(0).toLongLong() : 0;
    if (q.next())
        return R::failure(tr("Two teams are named \"%1\"; rename one in the application first.").arg(grant.team));
    const bool made = teamId == 0;
    if (made) {
        // As the application makes a team, within this transaction.
        const Result<Team> team = TeamRepository(db).create(grant.team);
        if (!team)
            return R::failure(team.error());
        teamId = team->id;
    }
    q.prepare(u"INSERT INTO team_access (team_id, role_name, access) VALUES (?, ?, ?) "
              "ON CONFLICT (team_id, role_name) DO UPDATE SET access = excluded.access"_s);
    q.addBindValue(teamId);
    q.addBindValue(grant.role);
    q.addBindValue(key(grant.level));
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Granting access"), q.lastError()));
    for (const QString &statement : privilegeStatements(db, grant.role, true)) {
        if (const Status done = run(q, tr("Granting access"), statement); !done)
            return R::failure(done.error());
    }
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(made);
}

Status ServerAccess::revoke(Database &db, const QString &team, const QString &role)
{
    if (const Status owner = needsOwner(db); !owner)
        return owner;
    if (!isSetUp(db))
        return Status::failure(tr("Access per team is not set up yet: run \"sim3-workbench admin init\" first."));
    SqlTransaction transaction(db);
    if (const Status started = transaction.started(); !started)
        return started;
    QSqlQuery q(db.connection());
    q.prepare(u"DELETE FROM team_access WHERE role_name = ? AND team_id IN (SELECT id FROM teams WHERE name = ?)"_s);
    q.addBindValue(role);
    q.addBindValue(team.trimmed());
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Revoking access"), q.lastError()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("\"%1\" had no access to a team named \"%2\"; nothing was changed.").arg(role, team));
    q.prepare(u"SELECT count(*) FROM team_access WHERE role_name = ?"_s);
    q.addBindValue(role);
    if (!q.exec() || !q.next())
        return Status::failure(SqlError::describe(tr("Revoking access"), q.lastError()));
    if (q.value(0).toInt() == 0) {
        for (const QString &statement : privilegeStatements(db, role, false)) {
            if (const Status done = run(q, tr("Revoking access"), statement); !done)
                return done;
        }
    }
    return transaction.commit();
}

Result<QList<ServerAccess::Grant>> ServerAccess::grants(Database &db)
{
    using R = Result<QList<Grant>>;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT t.name, a.role_name, a.access FROM team_access a JOIN teams t ON t.id = a.team_id "
                "ORDER BY lower(t.name), t.id, a.role_name"_s))
        return R::failure(SqlError::describe(tr("Reading the access rules"), q.lastError()));
    QList<Grant> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(),
            levelFromKey(q.value(2).toString()).value_or(Level::Reader)});
    return R::success(list);
}

Status ServerAccess::checkSomeAccess(Database &db)
{
    if (!isSetUp(db) || isOwner(db))
        return Status::success();
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT current_user, (SELECT count(*) FROM team_access)"_s) || !q.next())
        return Status::failure(SqlError::describe(tr("Reading the access rules"), q.lastError()));
    if (q.value(1).toInt() > 0)
        return Status::success();
    return Status::failure(tr("You (%1) have no access to any team in the shared database \"%2\". Ask its "
                              "administrator to run: sim3-workbench admin grant TEAM %1 --as reader (or assessor, "
                              "or lead).")
                               .arg(q.value(0).toString(), db.path()));
}
