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

qint64 SqlStatement::insertedId(QSqlQuery &insert)
{
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : -1;
    // SQLite holds the statement open until it is stepped past its one row; a transaction
    // could not commit while it is.
    insert.finish();
    return id;
}
