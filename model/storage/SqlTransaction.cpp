#include "SqlTransaction.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

SqlTransaction::SqlTransaction(Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth + 1)
{
    if (m_depth == 1) {
        if (const Status writable = m_database.writable(); !writable) {
            m_refusal = writable.error();
            return;
        }
    }
    QSqlQuery q(m_database.connection());
    m_active = q.exec(m_depth == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp%1"_s.arg(m_depth));
    if (m_active)
        m_database.m_transactionDepth = m_depth;
    else
        m_error = q.lastError();
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_database.connection());
    if (m_depth == 1) {
        q.exec(u"ROLLBACK"_s);
    } else {
        q.exec(u"ROLLBACK TO sp%1"_s.arg(m_depth));
        q.exec(u"RELEASE sp%1"_s.arg(m_depth));
    }
    m_database.m_transactionDepth = m_depth - 1;
}

Status SqlTransaction::commit()
{
    if (!m_active)
        return Status::failure(m_refusal.isEmpty() ? SqlError::describe(tr("Saving"), m_error) : m_refusal);
    QSqlQuery q(m_database.connection());
    if (!q.exec(m_depth == 1 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_depth))) {
        m_error = q.lastError();
        return Status::failure(SqlError::describe(tr("Saving"), m_error));
    }
    m_active = false;
    m_database.m_transactionDepth = m_depth - 1;
    return Status::success();
}

Status SqlTransaction::started() const
{
    if (m_active)
        return Status::success();
    if (!m_refusal.isEmpty())
        return Status::failure(m_refusal);
    return Status::failure(SqlError::describe(tr("Starting a transaction"), m_error));
}
