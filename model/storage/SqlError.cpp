#include "SqlError.h"

using namespace Qt::StringLiterals;

namespace {

// What to do about a PostgreSQL error, by its SQLSTATE; empty when the server's own words say it.
QString serverAdvice(const QString &state, bool lost)
{
    if (lost)
        return SqlError::tr("The connection to the database server was lost. Nothing was half-saved; SIM3 Workbench "
                            "connects again by itself when the server is back.");
    if (state == u"42501")
        return SqlError::tr("You have no right to do this in the shared database. Ask its administrator for access "
                            "(sim3-workbench admin grant).");
    if (state.startsWith(u"28"))
        return SqlError::tr("The server refused the login. Check the user name, and the password in ~/.pgpass or "
                            "the one you typed.");
    if (state == u"3D000")
        return SqlError::tr("The server has no database of that name. Check the address, or create the database "
                            "(createdb).");
    if (state == u"40001" || state == u"40P01")
        return SqlError::tr("Another writer got in the way. Nothing was changed; try again.");
    if (state == u"53100")
        return SqlError::tr("The database server's disk is full. Nothing was changed; ask its administrator.");
    if (state == u"25006")
        return SqlError::tr("The server accepts no changes at the moment (it is read-only). Try again later.");
    return {};
}

} // namespace

QString SqlError::describe(const QString &action, const QSqlError &error)
{
    const QString state = sqlState(error);
    if (!state.isEmpty() || isConnectionLost(error)) {
        const QString advice = serverAdvice(state, isConnectionLost(error));
        const QString detail = error.text().trimmed();
        return advice.isEmpty() ? tr("%1 failed: %2").arg(action, detail)
                                : tr("%1 failed: %2 (%3)").arg(action, advice, detail);
    }
    QString advice;
    switch (primaryCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        advice = tr("The database is busy in another program or window. Close it, or try again in a moment.");
        break;
    case 8: // SQLITE_READONLY
        advice = tr("The database file cannot be written. Check its permissions, or choose another file.");
        break;
    case 10: // SQLITE_IOERR
        advice = tr("The disk reported an input/output error. Check the disk and try again.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        advice = tr("The database file is damaged or is not a SIM3 Workbench database. Restore it from a backup.");
        break;
    case 13: // SQLITE_FULL
        advice = tr("The disk is full. Free some space and try again; nothing was changed.");
        break;
    case 14: // SQLITE_CANTOPEN
        advice = tr("The database file cannot be opened. Check that its folder exists and is writable.");
        break;
    default:
        break;
    }
    const QString detail = error.text().trimmed();
    if (advice.isEmpty())
        return tr("%1 failed: %2").arg(action, detail);
    return tr("%1 failed: %2 (%3)").arg(action, advice, detail);
}

int SqlError::primaryCode(const QSqlError &error)
{
    if (!sqlState(error).isEmpty())
        return -1;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString SqlError::sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

bool SqlError::isConstraintViolation(const QSqlError &error)
{
    const QString state = sqlState(error);
    if (!state.isEmpty())
        return state.startsWith(u"23");
    return primaryCode(error) == 19; // SQLITE_CONSTRAINT
}

bool SqlError::isConnectionLost(const QSqlError &error)
{
    const QString state = sqlState(error);
    // Class 08 (connection exception), or the server shutting down (57P01-57P03).
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return true;
    if (!state.isEmpty())
        return false;
    // libpq's own words when the socket closed under it, which carry no SQLSTATE.
    const QString text = error.databaseText();
    return text.contains(u"server closed the connection"_s) || text.contains(u"no connection to the server"_s)
        || text.contains(u"could not connect to server"_s) || text.contains(u"connection to server"_s)
        || text.contains(u"terminating connection"_s);
}
