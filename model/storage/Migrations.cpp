#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace {

// Version 1: the first schema.
const QStringList &version1()
{
    static const QStringList statements{
        uR"(CREATE TABLE teams (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            assessed_on TEXT NOT NULL,
            model_id TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
            assessors TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"_s,
        u"CREATE INDEX assessments_team ON assessments(team_id, assessed_on)"_s,
        uR"(CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            parameter_id TEXT NOT NULL,
            level INTEGER CHECK (level BETWEEN 0 AND 4),
            not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
            justification TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            review_flag INTEGER NOT NULL DEFAULT 0 CHECK (review_flag IN (0, 1)),
            to_confirm INTEGER NOT NULL DEFAULT 0 CHECK (to_confirm IN (0, 1)),
            changed_at TEXT,
            changed_by TEXT NOT NULL DEFAULT '',
            UNIQUE (assessment_id, parameter_id),
            CHECK (not_applicable = 0 OR (level IS NULL AND length(trim(justification)) > 0))))"_s,
        uR"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            location TEXT NOT NULL DEFAULT '',
            dated_on TEXT))"_s,
        u"CREATE INDEX evidence_answer ON evidence(answer_id, position)"_s,
        uR"(CREATE TABLE answer_log (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            parameter_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL DEFAULT '',
            new_value TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX answer_log_answer ON answer_log(assessment_id, parameter_id, id)"_s,
        // The log is append-only: rows go away only with their assessment.
        uR"(CREATE TRIGGER answer_log_no_update BEFORE UPDATE ON answer_log
            BEGIN SELECT RAISE(ABORT, 'answer_log is append-only'); END)"_s,
        uR"(CREATE TABLE target_profiles (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            approved_by TEXT NOT NULL DEFAULT '',
            approved_on TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (team_id, name)))"_s,
        uR"(CREATE TABLE profile_targets (
            profile_id INTEGER NOT NULL REFERENCES target_profiles(id) ON DELETE CASCADE,
            parameter_id TEXT NOT NULL,
            target_level INTEGER CHECK (target_level BETWEEN 0 AND 4),
            rationale TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (profile_id, parameter_id)))"_s,
        uR"(CREATE TABLE custom_models (
            id TEXT PRIMARY KEY,
            document TEXT NOT NULL,
            added_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
    };
    return statements;
}

// Version 2: an owner and a due date for the improvement action of each answer.
const QStringList &version2()
{
    static const QStringList statements{
        u"ALTER TABLE answers ADD COLUMN action_owner TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE answers ADD COLUMN action_due TEXT"_s,
    };
    return statements;
}

// Version 3: final means final. Marking an assessment final and reopening it are logged (who,
// when), and the database itself refuses answers for a final assessment, whoever writes them.
const QStringList &version3()
{
    static const QStringList statements{
        uR"(CREATE TABLE assessment_log (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            event TEXT NOT NULL CHECK (event IN ('finalised', 'reopened')),
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX assessment_log_assessment ON assessment_log(assessment_id, id)"_s,
        uR"(CREATE TRIGGER assessment_log_no_update BEFORE UPDATE ON assessment_log
            BEGIN SELECT RAISE(ABORT, 'assessment_log is append-only'); END)"_s,
        uR"(CREATE TRIGGER answers_final_insert BEFORE INSERT ON answers
            WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER answers_final_update BEFORE UPDATE ON answers
            WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER evidence_final_insert BEFORE INSERT ON evidence
            WHEN (SELECT a.status FROM answers n JOIN assessments a ON a.id = n.assessment_id
                  WHERE n.id = NEW.answer_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
    };
    return statements;
}

// Version 4: a workshop of several assessors. Each participant rates each parameter on their
// own (a level, N/A or abstain); the answer stays the team's consensus. A discussion row holds
// when a parameter's ratings were revealed and the dissent noted when people disagreed. A final
// assessment refuses all of it, as it refuses answers.
const QStringList &version4()
{
    static const QStringList statements{
        uR"(CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            UNIQUE (assessment_id, name)))"_s,
        u"CREATE INDEX participants_assessment ON participants(assessment_id, position)"_s,
        uR"(CREATE TABLE ratings (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            parameter_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('level', 'na', 'abstain')),
            level INTEGER CHECK (level BETWEEN 0 AND 4),
            note TEXT NOT NULL DEFAULT '',
            entered_at TEXT NOT NULL,
            entered_by TEXT NOT NULL DEFAULT '',
            UNIQUE (participant_id, parameter_id),
            CHECK ((kind = 'level') = (level IS NOT NULL))))"_s,
        uR"(CREATE TABLE discussions (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            parameter_id TEXT NOT NULL,
            revealed_at TEXT,
            revealed_by TEXT NOT NULL DEFAULT '',
            dissent TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, parameter_id)))"_s,
        uR"(CREATE TRIGGER participants_final_insert BEFORE INSERT ON participants
            WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER participants_final_update BEFORE UPDATE ON participants
            WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER ratings_final_insert BEFORE INSERT ON ratings
            WHEN (SELECT a.status FROM participants p JOIN assessments a ON a.id = p.assessment_id
                  WHERE p.id = NEW.participant_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER ratings_final_update BEFORE UPDATE ON ratings
            WHEN (SELECT a.status FROM participants p JOIN assessments a ON a.id = p.assessment_id
                  WHERE p.id = OLD.participant_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER discussions_final_insert BEFORE INSERT ON discussions
            WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
        uR"(CREATE TRIGGER discussions_final_update BEFORE UPDATE ON discussions
            WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
            BEGIN SELECT RAISE(ABORT, 'the assessment is final'); END)"_s,
    };
    return statements;
}

// Version 5: no lost update. Every row two people may edit at once carries a version that each
// write raises by one; a save made against an older version than the row's is a conflict the
// person resolves, never a silent overwrite. Existing rows start at version 1.
const QStringList &version5()
{
    static const QStringList statements{
        u"ALTER TABLE answers ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE ratings ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE profile_targets ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE target_profiles ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
    };
    return statements;
}

// Version 6: the assessment list counts the answered parameters of every assessment when it
// opens, and the dashboard reads the levels of every assessment of the team for its history. A
// narrow index of the answered rows holds all that both read, so neither reads the answers
// themselves (comments and justifications included): 1,000 assessments, 45,000 answers.
const QStringList &version6()
{
    static const QStringList statements{
        u"CREATE INDEX answers_answered ON answers(assessment_id, to_confirm, parameter_id, level, not_applicable, "
        "review_flag, version) WHERE level IS NOT NULL OR not_applicable = 1"_s,
    };
    return statements;
}

} // namespace

int Migrations::latestVersion()
{
    return 6;
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    default:
        return {};
    }
}
