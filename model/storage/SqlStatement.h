#pragma once

#include "core/Result.h"

#include <QVariantList>

class Database;
class QSqlQuery;

// One write statement in a transaction of its own, with every value bound.
namespace SqlStatement {

// `action` names what is being done for the error message ("Renaming the team"). When
// `missingRowMessage` is set, changing no row is an error with that message (the row is gone).
Status execute(Database &database, const QString &action, const QString &sql, const QVariantList &values,
    const QString &missingRowMessage = QString());

// The id of the row an executed "INSERT … RETURNING id" made (SQLite and PostgreSQL alike;
// PostgreSQL's driver knows no lastInsertId()).
qint64 insertedId(QSqlQuery &insert);

} // namespace SqlStatement
