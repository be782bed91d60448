#include "AssessmentRepository.h"

#include "storage/AnswerLog.h"
#include "storage/AnswerStore.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlStatement.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValue.h"
#include "storage/WorkshopRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString assessorsToStored(const QStringList &assessors)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(assessors)).toJson(QJsonDocument::Compact));
}

QStringList assessorsFromStored(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        list.append(v.toString());
    return list;
}

const QString headerColumns
    = u"SELECT id, uuid, team_id, title, assessed_on, model_id, status, assessors, created_at, updated_at FROM assessments"_s;

Assessment headerFrom(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.teamId = q.value(2).toLongLong();
    a.title = q.value(3).toString();
    a.date = Database::dateFromStored(q.value(4).toString());
    a.modelId = q.value(5).toString();
    a.status = Assessment::statusFromKey(q.value(6).toString());
    a.assessors = assessorsFromStored(q.value(7).toString());
    a.createdAt = Database::fromStored(q.value(8).toString());
    a.updatedAt = Database::fromStored(q.value(9).toString());
    return a;
}

} // namespace

Assessment AssessmentRepository::newHeader(
    qint64 teamId, const QString &title, const QDate &date, const QString &modelId, const QStringList &assessors) const
{
    Assessment a;
    a.uuid = newUuid();
    a.teamId = teamId;
    a.title = title.trimmed();
    a.date = date;
    a.modelId = modelId;
    a.assessors = assessors;
    a.createdAt = m_db.now();
    a.updatedAt = a.createdAt;
    return a;
}

Result<Assessment> AssessmentRepository::create(
    qint64 teamId, const QString &title, const QDate &date, const QString &modelId, const QStringList &assessors)
{
    return insert(newHeader(teamId, title, date, modelId, assessors));
}

Result<Assessment> AssessmentRepository::createFrom(qint64 previousId, const QString &title, const QDate &date,
    const QString &modelId, const QStringList &assessors, const QStringList &modelParameterIds, const QString &actor)
{
    using R = Result<Assessment>;
    const Result<Assessment> previous = load(previousId);
    if (!previous)
        return R::failure(previous.error());
    Assessment a = newHeader(previous->teamId, title, date, modelId, assessors);
    for (const Answer &old : previous->answers) {
        if (!modelParameterIds.contains(old.parameterId)
            || (!old.isAnswered() && old.comment.isEmpty() && old.evidence.isEmpty()))
            continue;
        Answer carried = old;
        carried.toConfirm = true;
        carried.reviewFlag = false;
        carried.changedAt = a.createdAt;
        carried.changedBy = actor;
        for (Evidence &e : carried.evidence) {
            e.id = 0;
            e.uuid = newUuid(); // the copy is evidence of another assessment
        }
        a.answers.insert(carried.parameterId, carried);
    }
    // The same people usually meet again: the new assessment starts with the previous one's
    // participants (as new participants of it, without their ratings).
    const Result<QList<Participant>> people = WorkshopRepository(m_db).participants(previousId);
    if (!people)
        return R::failure(people.error());
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    Result<Assessment> created = insert(a);
    if (!created)
        return created;
    if (!people->isEmpty()) {
        QList<Participant> copies;
        for (const Participant &p : people.value())
            copies.append({0, QString(), p.name, p.role});
        if (const auto stored = WorkshopRepository(m_db).setParticipants(created->id, copies); !stored)
            return R::failure(stored.error());
    }
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return created;
}

Result<Assessment> AssessmentRepository::insert(Assessment a)
{
    using R = Result<Assessment>;
    if (a.title.trimmed().isEmpty())
        return R::failure(tr("An assessment needs a title."));
    if (!a.date.isValid())
        return R::failure(tr("An assessment needs a valid date."));
    for (const Answer &answer : std::as_const(a.answers)) {
        if (const Status ok = answer.check(); !ok)
            return R::failure(ok.error());
    }
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO assessments (uuid, team_id, title, assessed_on, model_id, status, assessors, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(a.uuid);
    q.addBindValue(a.teamId);
    q.addBindValue(a.title);
    q.addBindValue(Database::toStored(a.date));
    q.addBindValue(a.modelId);
    // Answers go in while it is a draft; a final assessment is marked final after them.
    q.addBindValue(Assessment::statusKey(Assessment::Status::Draft));
    q.addBindValue(assessorsToStored(a.assessors));
    q.addBindValue(Database::toStored(a.createdAt));
    q.addBindValue(Database::toStored(a.updatedAt.isValid() ? a.updatedAt : a.createdAt));
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Creating the assessment \"%1\"").arg(a.title), q.lastError()));
    a.id = SqlStatement::insertedId(q);
    for (const Answer &answer : std::as_const(a.answers)) {
        if (const Status written = AnswerStore(m_db).write(a.id, answer); !written)
            return R::failure(written.error());
    }
    if (a.status == Assessment::Status::Final) {
        if (const Status final = restoreFinal(a.id); !final)
            return R::failure(final.error());
    }
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(a);
}

Status AssessmentRepository::restoreFinal(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE assessments SET status = 'final' WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Marking the imported assessment final"), q.lastError()));
    return Status::success();
}

Status AssessmentRepository::requireDraft(qint64 assessmentId)
{
    Database::Statement qStatement = m_db.prepared(u"SELECT title, status FROM assessments WHERE id = ?"_s);
    QSqlQuery &q = qStatement.query();
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Reading the assessment"), q.lastError()));
    if (!q.next())
        return Status::failure(tr("The assessment no longer exists."));
    if (Assessment::statusFromKey(q.value(1).toString()) == Assessment::Status::Final)
        return Status::failure(
            tr("The assessment \"%1\" is final, so nothing in it can be changed. To change it, reopen it "
               "as a draft first (Assessment > Reopen as Draft); reopening is recorded.")
                .arg(q.value(0).toString()));
    return Status::success();
}

Status AssessmentRepository::setStatus(qint64 id, Assessment::Status status, const QString &actor)
{
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    const Result<Assessment> current = find(id);
    if (!current)
        return Status::failure(current.error());
    if (current->status == status)
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(Assessment::statusKey(status));
    q.addBindValue(Database::toStored(m_db.now()));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Changing the assessment"), q.lastError()));
    q.prepare(u"INSERT INTO assessment_log (assessment_id, event, changed_at, changed_by) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(status == Assessment::Status::Final ? u"finalised"_s : u"reopened"_s);
    q.addBindValue(Database::toStored(m_db.now()));
    q.addBindValue(SqlValue::text(actor));
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Recording the change of the assessment"), q.lastError()));
    return transaction.commit();
}

Result<QList<StatusChange>> AssessmentRepository::statusHistory(qint64 id) const
{
    using R = Result<QList<StatusChange>>;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT event, changed_at, changed_by FROM assessment_log WHERE assessment_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Reading the history of the assessment"), q.lastError()));
    QList<StatusChange> changes;
    while (q.next()) {
        changes.append({q.value(0).toString() == u"finalised"_s ? Assessment::Status::Final : Assessment::Status::Draft,
            Database::fromStored(q.value(1).toString()), q.value(2).toString()});
    }
    return R::success(changes);
}

Status AssessmentRepository::updateHeader(const Assessment &a)
{
    if (a.title.trimmed().isEmpty())
        return Status::failure(tr("An assessment needs a title."));
    if (!a.date.isValid())
        return Status::failure(tr("An assessment needs a valid date."));
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return started;
    if (const Status draft = requireDraft(a.id); !draft)
        return draft;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE assessments SET title = ?, assessed_on = ?, assessors = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(a.title.trimmed());
    q.addBindValue(Database::toStored(a.date));
    q.addBindValue(assessorsToStored(a.assessors));
    q.addBindValue(Database::toStored(m_db.now()));
    q.addBindValue(a.id);
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Changing the assessment"), q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The assessment no longer exists."));
    return transaction.commit();
}

Status AssessmentRepository::remove(qint64 id)
{
    return SqlStatement::execute(m_db, tr("Deleting the assessment"), u"DELETE FROM assessments WHERE id = ?"_s, {id});
}

Result<QList<Assessment>> AssessmentRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true); // read once, in order: no copy of every row kept by the driver
    q.prepare(headerColumns + where + u" ORDER BY assessed_on, id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<Assessment>>::failure(SqlError::describe(tr("Reading the assessments"), q.lastError()));
    QList<Assessment> list;
    while (q.next())
        list.append(headerFrom(q));
    return Result<QList<Assessment>>::success(list);
}

Result<QList<Assessment>> AssessmentRepository::all() const
{
    return select(QString(), {});
}

Result<QList<Assessment>> AssessmentRepository::forTeam(qint64 teamId) const
{
    return select(u" WHERE team_id = ?"_s, {teamId});
}

Result<QHash<qint64, AnswerCounts>> AssessmentRepository::answeredCounts() const
{
    using R = Result<QHash<qint64, AnswerCounts>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Grouped in the order of the index answers_answered (assessment, to_confirm): SQLite counts
    // its entries without evaluating anything per row, 3 times faster than summing conditions.
    if (!q.exec(u"SELECT assessment_id, to_confirm, count(*) FROM answers "
                "WHERE level IS NOT NULL OR not_applicable = 1 GROUP BY assessment_id, to_confirm"_s))
        return R::failure(SqlError::describe(tr("Reading the assessments"), q.lastError()));
    QHash<qint64, AnswerCounts> counts;
    while (q.next()) {
        AnswerCounts &c = counts[q.value(0).toLongLong()];
        (q.value(1).toInt() == 0 ? c.answered : c.toConfirm) += q.value(2).toInt();
    }
    return R::success(counts);
}

Result<Assessment> AssessmentRepository::find(qint64 id) const
{
    const auto list = select(u" WHERE id = ?"_s, {id});
    if (!list)
        return Result<Assessment>::failure(list.error());
    if (list->isEmpty())
        return Result<Assessment>::failure(tr("There is no assessment with id %1.").arg(id));
    return Result<Assessment>::success(list->first());
}

Result<Assessment> AssessmentRepository::findByUuid(const QString &uuid) const
{
    const auto list = select(u" WHERE uuid = ?"_s, {uuid});
    if (!list)
        return Result<Assessment>::failure(list.error());
    return Result<Assessment>::success(list->isEmpty() ? Assessment{} : list->first());
}

Result<Assessment> AssessmentRepository::load(qint64 id) const
{
    Result<Assessment> header = find(id);
    if (!header)
        return header;
    Assessment a = std::move(header).value();

    Result<QHash<QString, Answer>> answers = AnswerStore(m_db).forAssessment(id);
    if (!answers)
        return Result<Assessment>::failure(answers.error());
    a.answers = std::move(answers).value();
    return Result<Assessment>::success(a);
}

Result<QList<Assessment>> AssessmentRepository::forTeamWithLevels(qint64 teamId) const
{
    Result<QList<Assessment>> headers = forTeam(teamId);
    if (!headers)
        return headers;
    Result<QHash<qint64, QHash<QString, Answer>>> answers = levelsForTeam(teamId);
    if (!answers)
        return Result<QList<Assessment>>::failure(answers.error());
    QList<Assessment> list = std::move(headers).value();
    for (Assessment &a : list)
        a.answers = answers->value(a.id);
    return Result<QList<Assessment>>::success(list);
}

Result<QHash<qint64, QHash<QString, Answer>>> AssessmentRepository::levelsForTeam(qint64 teamId) const
{
    return AnswerStore(m_db).levelsForTeam(teamId);
}

Status AssessmentRepository::touch(qint64 assessmentId)
{
    Database::Statement qStatement = m_db.prepared(u"UPDATE assessments SET updated_at = ? WHERE id = ?"_s);
    QSqlQuery &q = qStatement.query();
    q.addBindValue(Database::toStored(m_db.now()));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return Status::failure(SqlError::describe(tr("Saving the assessment"), q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The assessment no longer exists."));
    return Status::success();
}

Status AssessmentRepository::saveAnswer(qint64 assessmentId, Answer answer, const QString &actor, Answer *stored)
{
    const Result<AnswerSave> saved = save(assessmentId, std::move(answer), std::nullopt, actor);
    if (!saved)
        return Status::failure(saved.error());
    if (stored)
        *stored = saved->answer;
    return Status::success();
}

Result<AssessmentRepository::AnswerSave> AssessmentRepository::saveAnswerAt(
    qint64 assessmentId, Answer answer, qint64 readVersion, const QString &actor)
{
    return save(assessmentId, std::move(answer), readVersion, actor);
}

Result<AssessmentRepository::AnswerSave> AssessmentRepository::save(
    qint64 assessmentId, Answer answer, std::optional<qint64> readVersion, const QString &actor)
{
    using R = Result<AnswerSave>;
    if (const Status ok = answer.check(); !ok)
        return R::failure(ok.error());
    // Evidence keeps its identity across edits; new items get theirs here.
    for (Evidence &e : answer.evidence) {
        if (e.uuid.isEmpty())
            e.uuid = newUuid();
    }

    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    if (const Status draft = requireDraft(assessmentId); !draft)
        return R::failure(draft.error());

    const Result<Answer> read = AnswerStore(m_db).find(assessmentId, answer.parameterId);
    if (!read)
        return R::failure(read.error());
    const Answer &old = read.value();
    if (old.sameContent(answer)) // nothing to write, whoever wrote it
        return R::success({false, old});
    if (readVersion && old.version != *readVersion)
        return R::success({true, old}); // changed by someone else since it was read

    answer.changedAt = m_db.now();
    answer.changedBy = actor;
    answer.version = old.version + 1; // as the write below counts it
    QList<qint64> evidenceIds;
    if (const Status written = AnswerStore(m_db).write(assessmentId, answer, &evidenceIds); !written)
        return R::failure(written.error());
    for (qsizetype i = 0; i < answer.evidence.size() && i < evidenceIds.size(); ++i)
        answer.evidence[i].id = evidenceIds.at(i);

    if (const Status logged = AnswerLog(m_db).append(
            assessmentId, answer.parameterId, AnswerDiff::between(old, answer), answer.changedAt, actor);
        !logged)
        return R::failure(logged.error());
    if (const Status touched = touch(assessmentId); !touched)
        return R::failure(touched.error());
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success({false, answer});
}
