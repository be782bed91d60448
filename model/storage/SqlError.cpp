#include "SqlError.h"

QString SqlError::describe(const QString &action, const QSqlError &error)
{
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
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
