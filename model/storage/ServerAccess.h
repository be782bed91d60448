#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Who may read and change which team in a shared PostgreSQL database, enforced by the server
// itself with row-level security: a member of team A cannot read or change team B's teams,
// assessments, answers, ratings or profiles, not through SIM3 Workbench and not with psql.
//
//   reader    reads the team's assessments and profiles;
//   assessor  also answers, rates, and edits profiles and drafts;
//   lead      also marks an assessment final and reopens it.
//
// The owner of the tables (whoever ran `admin init`) sees everything and hands out access; the
// login roles themselves are the server administrator's (createuser).
class ServerAccess final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)

public:
    enum class Level { Reader = 1, Assessor = 2, Lead = 3 };

    struct Grant
    {
        QString team;
        QString role;
        Level level = Level::Reader;
    };

    static std::optional<Level> levelFromKey(const QString &key);
    static QString key(Level level);

    // Sets up (again) the access table, the rules on every table and the rights that go with
    // them, in one transaction. Run by the tables' owner after every update of the schema.
    static Status init(Database &db);
    // Gives `role` access to the team named `team` (made when there is none); a second grant
    // replaces the first. Returns whether the team was made.
    static Result<bool> grant(Database &db, const Grant &grant);
    // Takes it back; a role left without any team loses its rights on the tables too.
    static Status revoke(Database &db, const QString &team, const QString &role);
    // Every grant, by team then role.
    static Result<QList<Grant>> grants(Database &db);

    // Whether `admin init` was run on the database.
    static bool isSetUp(Database &db);
    // Whether the connection's role owns the tables (and so sees every team).
    static bool isOwner(Database &db);
    // Opening a shared database: an error when the connection's role may read no team (rather
    // than showing an empty list); success otherwise, and always before `admin init`.
    static Status checkSomeAccess(Database &db);
};
