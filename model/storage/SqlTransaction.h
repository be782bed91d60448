#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;

// One write transaction. The outermost is BEGIN IMMEDIATE (on PostgreSQL: BEGIN and a lock that
// writers take in turn), so a second writer waits instead of failing half-way; nested ones are savepoints, so a
// repository call can run alone or as part of a larger all-or-nothing operation such as an import. Rolls back in the
// destructor unless commit() succeeded.
class SqlTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(SqlTransaction)

public:
    explicit SqlTransaction(Database &database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    // Success while the transaction is open; otherwise why it could not begin.
    Status started() const;
    const QSqlError &lastError() const { return m_error; }
    Status commit();

private:
    Database &m_database;
    int m_depth = 0; // 1 for the outermost transaction
    bool m_active = false;
    QSqlError m_error;
    QString m_refusal; // why the database refused any write (damaged), when it did
};
