#include "DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlTransaction.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

Result<qint64> count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return Result<qint64>::failure(SqlError::describe(DatabaseCopy::tr("Reading the database"), q.lastError()));
    return Result<qint64>::success(q.value(0).toLongLong());
}

// The table's columns as the source holds them, in their order.
QStringList columns(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

} // namespace

const QStringList &DatabaseCopy::tables()
{
    static const QStringList names{u"teams"_s, u"assessments"_s, u"answers"_s, u"evidence"_s, u"answer_log"_s,
        u"assessment_log"_s, u"target_profiles"_s, u"profile_targets"_s, u"participants"_s, u"ratings"_s,
        u"discussions"_s, u"custom_models"_s, u"settings"_s};
    return names;
}

Result<DatabaseCopy::Counts> DatabaseCopy::copy(Database &from, Database &to)
{
    using R = Result<Counts>;
    if (from.schemaVersion() != to.schemaVersion())
        return R::failure(tr("The two databases have different schema versions (%1 and %2). Open each with this "
                             "version of SIM3 Workbench first.")
                              .arg(from.schemaVersion())
                              .arg(to.schemaVersion()));
    const Result<qint64> teamsThere = count(to, u"SELECT count(*) FROM teams"_s);
    const Result<qint64> modelsThere = count(to, u"SELECT count(*) FROM custom_models"_s);
    if (!teamsThere || !modelsThere)
        return R::failure(!teamsThere ? teamsThere.error() : modelsThere.error());
    if (teamsThere.value() > 0 || modelsThere.value() > 0)
        return R::failure(tr("\"%1\" already holds teams or models. Copy into a new, empty database, so that "
                             "nothing is mixed or overwritten.")
                              .arg(to.path()));

    SqlTransaction transaction(to);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    // Settings the new database made for itself on opening give way to the copied ones.
    if (!QSqlQuery(to.connection()).exec(u"DELETE FROM settings"_s))
        return R::failure(SqlError::describe(tr("Copying the settings"), to.connection().lastError()));

    // The source is read in one snapshot, whatever others write to it meanwhile.
    QSqlDatabase source = from.connection();
    if (!source.transaction())
        return R::failure(SqlError::describe(tr("Reading the database"), source.lastError()));
    const auto endRead = qScopeGuard([&source] { source.rollback(); });

    Counts counts;
    QList<std::pair<qint64, QVariant>> finalAssessments;
    for (const QString &table : tables()) {
        const QStringList names = columns(from, table);
        if (names.isEmpty())
            return R::failure(tr("\"%1\" has no table %2: it is not a SIM3 Workbench database of this version.")
                                  .arg(from.path(), table));
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), table)))
            return R::failure(SqlError::describe(tr("Reading %1").arg(table), read.lastError()));
        QSqlQuery write(to.connection());
        QStringList marks;
        marks.fill(u"?"_s, names.size());
        if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks.join(u", "_s))))
            return R::failure(SqlError::describe(tr("Copying %1").arg(table), write.lastError()));
        const int statusColumn = table == u"assessments"_s ? int(names.indexOf(u"status"_s)) : -1;
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i) {
                QVariant value = read.value(i);
                // A final assessment goes in as a draft, so that its answers may follow; it is
                // marked final again once they are in (the database refuses answers to a final one).
                if (i == statusColumn && value.toString() == u"final"_s) {
                    finalAssessments.append({read.value(0).toLongLong(), value});
                    value = u"draft"_s;
                }
                write.addBindValue(value);
            }
            if (!write.exec())
                return R::failure(SqlError::describe(tr("Copying %1").arg(table), write.lastError()));
            ++counts.rows;
            if (table == u"teams"_s)
                ++counts.teams;
            else if (table == u"assessments"_s)
                ++counts.assessments;
        }
        if (read.lastError().isValid())
            return R::failure(SqlError::describe(tr("Reading %1").arg(table), read.lastError()));
    }
    QSqlQuery mark(to.connection());
    mark.prepare(u"UPDATE assessments SET status = ? WHERE id = ?"_s);
    for (const auto &[id, status] : std::as_const(finalAssessments)) {
        mark.addBindValue(status);
        mark.addBindValue(id);
        if (!mark.exec())
            return R::failure(SqlError::describe(tr("Copying assessments"), mark.lastError()));
    }
    // A server numbers new rows from a sequence: it must continue after the copied ids.
    if (to.isServer()) {
        for (const QString &table : tables()) {
            if (!columns(to, table).contains(u"id"_s) || table == u"custom_models"_s)
                continue;
            QSqlQuery q(to.connection());
            if (!q.exec(
                    u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1"_s.arg(
                        table)))
                return R::failure(SqlError::describe(tr("Copying %1").arg(table), q.lastError()));
        }
    }
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(counts);
}
