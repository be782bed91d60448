#include "SqlStatement.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>

Status SqlStatement::execute(Database &database, const QString &action, const QString &sql, const QVariantList &values,
    const QString &missingRowMessage)
{
    SqlTransaction transaction(database);
    if (const Status started = transaction.started(); !started)
        return started;
    QSqlQuery q(database.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Status::failure(SqlError::describe(action, q.lastError()));
    if (!missingRowMessage.isEmpty() && q.numRowsAffected() < 1)
        return Status::failure(missingRowMessage);
    return transaction.commit();
}
