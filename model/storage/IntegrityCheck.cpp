#include "IntegrityCheck.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> s_counter;
}

Status IntegrityCheck::run(const QSqlDatabase &connection, const QString &path)
{
    QSqlQuery q(connection);
    // integrity_check, not quick_check: it also compares every index with its table, so a
    // damaged UNIQUE index cannot let a duplicate in. (Neither can see a changed byte inside a
    // text value; the values' own rules are checked again when they are read.)
    const bool ran = q.exec(u"PRAGMA integrity_check(1)"_s) && q.next();
    const QString result = ran ? q.value(0).toString() : q.lastError().text();
    if (ran && result == u"ok"_s)
        return Status::success();
    return Status::failure(tr("The database \"%1\" is damaged (%2). It was left unchanged: restore it from a backup, "
                              "or start with a new file.")
                               .arg(QDir::toNativeSeparators(path), result));
}

Status IntegrityCheck::run(const QString &path)
{
    const QString name = u"sim3-check-%1"_s.arg(s_counter.fetchAndAddRelaxed(1));
    Status status = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            status = Status::failure(tr("The database \"%1\" could not be checked: %2")
                                         .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        else
            status = run(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}
