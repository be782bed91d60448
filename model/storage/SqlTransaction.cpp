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
    if (m_depth > 1) {
        m_active = q.exec(u"SAVEPOINT sp%1"_s.arg(m_depth));
    } else if (m_database.isServer()) {
        // PostgreSQL's counterpart of BEGIN IMMEDIATE: writers take one lock in turn, held to the
        // end of the transaction, so each reads the rows' versions after the previous one
        // committed. Readers never wait for it.
        m_active = q.exec(u"BEGIN"_s);
        if (m_active && !q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(Database::ApplicationId))) {
            m_error = q.lastError();
            QSqlQuery(m_database.connection()).exec(u"ROLLBACK"_s);
            m_active = false;
            return;
        }
    } else {
        m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    }
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
