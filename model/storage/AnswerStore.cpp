#include "AnswerStore.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValue.h"
#include "storage/SqliteRows.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Column 0 is answers.id; the rest map onto Answer in answerFrom().
const QString answerColumns = u"SELECT id, parameter_id, level, not_applicable, justification, comment, review_flag, "
                              "to_confirm, action_owner, action_due, changed_at, changed_by, version FROM answers"_s;

Answer answerFrom(const QSqlQuery &q)
{
    Answer answer;
    answer.parameterId = q.value(1).toString();
    if (!q.value(2).isNull())
        answer.level = q.value(2).toInt();
    answer.notApplicable = SqlValue::flag(q.value(3));
    answer.justification = q.value(4).toString();
    answer.comment = q.value(5).toString();
    answer.reviewFlag = SqlValue::flag(q.value(6));
    answer.toConfirm = SqlValue::flag(q.value(7));
    answer.actionOwner = q.value(8).toString();
    answer.actionDue = Database::dateFromStored(q.value(9).toString());
    answer.changedAt = Database::fromStored(q.value(10).toString());
    answer.changedBy = q.value(11).toString();
    answer.version = q.value(12).toLongLong();
    return answer;
}

// The answer of the query's row, refused when it breaks the rules: another program may have
// written what our schema forbids (a level of 7 with CHECK constraints switched off), which is
// never handed to the views as if it were valid.
QString brokenRule(const QString &rule)
{
    return AnswerStore::tr("The database holds an answer that breaks SIM3 Workbench's rules, probably written by "
                           "another program: %1 Nothing was changed; restore the database from a backup.")
        .arg(rule);
}

Result<Answer> validAnswerFrom(const QSqlQuery &q)
{
    Answer answer = answerFrom(q);
    if (const Status valid = answer.check(); !valid)
        return Result<Answer>::failure(brokenRule(valid.error()));
    return Result<Answer>::success(answer);
}

Evidence evidenceFrom(const QSqlQuery &q, int first)
{
    return Evidence{q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString(),
        q.value(first + 3).toString(), Database::dateFromStored(q.value(first + 4).toString())};
}

// The answered rows of a team's assessments, gathered by assessment as levelsForTeam reads them,
// whichever way the rows come.
class TeamLevels final
{
public:
    // One row: `flags` adds 1 for not applicable, 2 for awaiting confirmation, 4 for the review
    // flag. A level against the rules (another program's) is refused.
    Status add(qint64 assessmentId, QString parameterId, std::optional<qint64> level, qint64 flags)
    {
        if (assessmentId != m_current || !m_of) {
            m_current = assessmentId;
            m_of = &m_answers[assessmentId];
        }
        Answer answer;
        answer.parameterId = std::move(parameterId);
        if (level) // out of int's range is as wrong as 7, and stays wrong when narrowed
            answer.level = static_cast<int>(
                std::clamp<qint64>(*level, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
        answer.notApplicable = (flags & 1) != 0;
        answer.toConfirm = (flags & 2) != 0;
        answer.reviewFlag = (flags & 4) != 0;
        if (const Status valid = answer.checkLevel(); !valid)
            return Status::failure(brokenRule(valid.error()));
        QString key = answer.parameterId;
        m_of->emplace(std::move(key), std::move(answer));
        return Status::success();
    }

    QHash<qint64, QHash<QString, Answer>> take() { return std::exchange(m_answers, {}); }

private:
    QHash<qint64, QHash<QString, Answer>> m_answers;
    qint64 m_current = -1;
    QHash<QString, Answer> *m_of = nullptr;
};

} // namespace

Result<QHash<QString, Answer>> AnswerStore::forAssessment(qint64 assessmentId) const
{
    using R = Result<QHash<QString, Answer>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(answerColumns + u" WHERE assessment_id = ?"_s);
    q.addBindValue(assessmentId);
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Reading the answers"), q.lastError()));
    QHash<QString, Answer> answers;
    QHash<qint64, QString> parameterOfAnswer;
    while (q.next()) {
        const Result<Answer> answer = validAnswerFrom(q);
        if (!answer)
            return R::failure(answer.error());
        parameterOfAnswer.insert(q.value(0).toLongLong(), answer->parameterId);
        answers.insert(answer->parameterId, answer.value());
    }

    QSqlQuery e(m_db.connection());
    e.setForwardOnly(true);
    e.prepare(u"SELECT e.answer_id, e.id, e.uuid, e.title, e.location, e.dated_on FROM evidence e "
              "JOIN answers a ON a.id = e.answer_id WHERE a.assessment_id = ? ORDER BY e.answer_id, e.position"_s);
    e.addBindValue(assessmentId);
    if (!e.exec())
        return R::failure(SqlError::describe(tr("Reading the evidence"), e.lastError()));
    while (e.next()) {
        const auto it = answers.find(parameterOfAnswer.value(e.value(0).toLongLong()));
        if (it != answers.end())
            it->evidence.append(evidenceFrom(e, 1));
    }
    return R::success(answers);
}

Result<QHash<qint64, QHash<QString, Answer>>> AnswerStore::levelsForTeam(qint64 teamId) const
{
    using R = Result<QHash<qint64, QHash<QString, Answer>>>;
    // Only what the history reads, and only answered rows (a row without a level that is not
    // "not applicable" says nothing a missing row does not say): all of it in the index
    // answers_answered, so that the answers themselves are not read. The three flags come as one
    // number. A team of a thousand assessments has 45,000 such rows: on SQLite they are read
    // straight from SQLite (SqliteRows), without a QVariant per value (283 M instructions with
    // QSqlQuery and seven columns, 248 M with four, 131 M this way).
    static const char sql[] = "SELECT a.assessment_id, a.parameter_id, a.level, "
                              "a.not_applicable + 2 * a.to_confirm + 4 * a.review_flag FROM answers a "
                              "JOIN assessments s ON s.id = a.assessment_id "
                              "WHERE s.team_id = ? AND (a.level IS NOT NULL OR a.not_applicable = 1)";
    TeamLevels levels;
    const QSqlDatabase connection = m_db.connection();
    if (SqliteRows::available(connection)) {
        SqliteRows rows(connection, sql);
        const bool bound = rows.bind(1, teamId);
        while (bound && rows.next()) {
            const std::optional<qint64> level = rows.isNull(2) ? std::nullopt : std::optional(rows.integer(2));
            if (const Status added = levels.add(rows.integer(0), rows.text(1), level, rows.integer(3)); !added)
                return R::failure(added.error());
        }
        if (rows.error().isValid())
            return R::failure(SqlError::describe(tr("Reading the answers"), rows.error()));
        return R::success(levels.take());
    }
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(teamId);
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Reading the answers"), q.lastError()));
    while (q.next()) {
        const QVariant level = q.value(2);
        const std::optional<qint64> stored = level.isNull() ? std::nullopt : std::optional(level.toLongLong());
        if (const Status added
            = levels.add(q.value(0).toLongLong(), q.value(1).toString(), stored, q.value(3).toLongLong());
            !added)
            return R::failure(added.error());
    }
    if (q.lastError().isValid())
        return R::failure(SqlError::describe(tr("Reading the answers"), q.lastError()));
    return R::success(levels.take());
}

Result<Answer> AnswerStore::find(qint64 assessmentId, const QString &parameterId) const
{
    const auto failed = [&parameterId](const QSqlQuery &q) {
        return Result<Answer>::failure(
            SqlError::describe(tr("Saving the answer for %1").arg(parameterId), q.lastError()));
    };
    Answer answer;
    answer.parameterId = parameterId;
    Database::Statement qStatement = m_db.prepared(answerColumns + u" WHERE assessment_id = ? AND parameter_id = ?"_s);
    QSqlQuery &q = qStatement.query();
    q.addBindValue(assessmentId);
    q.addBindValue(parameterId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Result<Answer>::success(answer);
    answer = answerFrom(q);
    Database::Statement eStatement = m_db.prepared(
        u"SELECT id, uuid, title, location, dated_on FROM evidence WHERE answer_id = ? ORDER BY position"_s);
    QSqlQuery &e = eStatement.query();
    e.addBindValue(q.value(0));
    if (!e.exec())
        return failed(e);
    while (e.next())
        answer.evidence.append(evidenceFrom(e, 0));
    return Result<Answer>::success(answer);
}

Status AnswerStore::write(qint64 assessmentId, const Answer &answer, QList<qint64> *evidenceIds)
{
    Database::Statement qStatement = m_db.prepared(
        u"INSERT INTO answers (assessment_id, parameter_id, level, not_applicable, justification, comment, "
        "review_flag, to_confirm, action_owner, action_due, changed_at, changed_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (assessment_id, parameter_id) DO UPDATE SET level = excluded.level, "
        "not_applicable = excluded.not_applicable, justification = excluded.justification, "
        "comment = excluded.comment, review_flag = excluded.review_flag, to_confirm = excluded.to_confirm, "
        "action_owner = excluded.action_owner, action_due = excluded.action_due, "
        "changed_at = excluded.changed_at, changed_by = excluded.changed_by, version = answers.version + 1 "
        "RETURNING id"_s);
    QSqlQuery &q = qStatement.query();
    q.addBindValue(assessmentId);
    q.addBindValue(answer.parameterId);
    q.addBindValue(SqlValue::levelOrNull(answer.level));
    q.addBindValue(answer.notApplicable ? 1 : 0);
    q.addBindValue(SqlValue::text(answer.justification));
    q.addBindValue(SqlValue::text(answer.comment));
    q.addBindValue(answer.reviewFlag ? 1 : 0);
    q.addBindValue(answer.toConfirm ? 1 : 0);
    q.addBindValue(SqlValue::text(answer.actionOwner));
    q.addBindValue(SqlValue::textOrNull(Database::toStored(answer.actionDue)));
    q.addBindValue(SqlValue::textOrNull(Database::toStored(answer.changedAt)));
    q.addBindValue(SqlValue::text(answer.changedBy));
    if (!q.exec())
        return Status::failure(
            SqlError::describe(tr("Saving the answer for %1").arg(answer.parameterId), q.lastError()));
    const qint64 answerId = SqlStatement::insertedId(q);

    return writeEvidence(answerId, answer, evidenceIds);
}

Status AnswerStore::writeEvidence(qint64 answerId, const Answer &answer, QList<qint64> *evidenceIds)
{
    // Rows are kept by UUID: an edited item keeps its id, a removed one goes, a new one is added.
    const auto failed = [&answer](const QSqlQuery &q) {
        return Status::failure(
            SqlError::describe(tr("Saving the evidence for %1").arg(answer.parameterId), q.lastError()));
    };
    Database::Statement existingStatement = m_db.prepared(u"SELECT id, uuid FROM evidence WHERE answer_id = ?"_s);
    QSqlQuery &existing = existingStatement.query();
    existing.addBindValue(answerId);
    if (!existing.exec())
        return failed(existing);
    QHash<QString, qint64> stored;
    while (existing.next())
        stored.insert(existing.value(1).toString(), existing.value(0).toLongLong());

    Database::Statement updateStatement
        = m_db.prepared(u"UPDATE evidence SET position = ?, title = ?, location = ?, dated_on = ? WHERE id = ?"_s);
    QSqlQuery &update = updateStatement.query();
    Database::Statement insertStatement = m_db.prepared(
        u"INSERT INTO evidence (uuid, answer_id, position, title, location, dated_on) VALUES (?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    QSqlQuery &insert = insertStatement.query();
    QList<qint64> ids;
    for (qsizetype i = 0; i < answer.evidence.size(); ++i) {
        const Evidence &ev = answer.evidence.at(i);
        const QString uuid = ev.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : ev.uuid;
        if (const auto row = stored.constFind(uuid); row != stored.cend()) {
            update.addBindValue(static_cast<int>(i));
            update.addBindValue(ev.title);
            update.addBindValue(SqlValue::text(ev.location));
            update.addBindValue(SqlValue::textOrNull(Database::toStored(ev.date)));
            update.addBindValue(*row);
            if (!update.exec())
                return failed(update);
            ids.append(*row);
            stored.remove(uuid);
            continue;
        }
        insert.addBindValue(uuid);
        insert.addBindValue(answerId);
        insert.addBindValue(static_cast<int>(i));
        insert.addBindValue(ev.title);
        insert.addBindValue(SqlValue::text(ev.location));
        insert.addBindValue(SqlValue::textOrNull(Database::toStored(ev.date)));
        if (!insert.exec())
            return failed(insert);
        ids.append(SqlStatement::insertedId(insert));
    }
    Database::Statement removeStatement = m_db.prepared(u"DELETE FROM evidence WHERE id = ?"_s);
    QSqlQuery &remove = removeStatement.query();
    for (const qint64 id : std::as_const(stored)) {
        remove.addBindValue(id);
        if (!remove.exec())
            return failed(remove);
    }
    if (evidenceIds)
        *evidenceIds = ids;
    return Status::success();
}
