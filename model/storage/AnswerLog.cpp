#include "AnswerLog.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Status AnswerLog::append(qint64 assessmentId, const QString &parameterId, const QList<FieldChange> &changes,
    const QDateTime &changedAt, const QString &changedBy)
{
    Database::Statement logStatement = m_db.prepared(
        u"INSERT INTO answer_log (assessment_id, parameter_id, field, old_value, new_value, changed_at, changed_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery &log = logStatement.query();
    for (const FieldChange &c : changes) {
        log.addBindValue(assessmentId);
        log.addBindValue(parameterId);
        log.addBindValue(AnswerFields::key(c.field));
        log.addBindValue(SqlValue::text(c.before));
        log.addBindValue(SqlValue::text(c.after));
        log.addBindValue(Database::toStored(changedAt));
        log.addBindValue(SqlValue::text(changedBy));
        if (!log.exec())
            return Status::failure(
                SqlError::describe(tr("Recording the change of %1").arg(parameterId), log.lastError()));
    }
    return Status::success();
}

Result<QList<AnswerChange>> AnswerLog::history(qint64 assessmentId, const QString &parameterId) const
{
    using R = Result<QList<AnswerChange>>;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, parameter_id, field, old_value, new_value, changed_at, changed_by FROM answer_log "
              "WHERE assessment_id = ? AND parameter_id = ? ORDER BY id"_s);
    q.addBindValue(assessmentId);
    q.addBindValue(parameterId);
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Reading the change history"), q.lastError()));
    QList<AnswerChange> list;
    while (q.next()) {
        const std::optional<AnswerField> field = AnswerFields::fromKey(q.value(2).toString());
        if (!field)
            continue; // a field a newer version records; nothing this version can show
        list.append(AnswerChange{q.value(0).toLongLong(), q.value(1).toString(), *field, q.value(3).toString(),
            q.value(4).toString(), Database::fromStored(q.value(5).toString()), q.value(6).toString()});
    }
    return R::success(list);
}
