#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

// Opens the database a person chose in the window: a file, or a shared server, asking for the
// server's password when libpq found none (~/.pgpass, PGPASSWORD) and the server wants one. The
// password lives in that Database only, for reconnecting; it is never stored or shown. A file
// this account may not write is offered read-only, for viewing and reports.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    struct Outcome
    {
        std::unique_ptr<Database> database; // null: not opened
        QString error; // why not; empty when the person cancelled (a password, a read-only file)
    };

    static Outcome open(QWidget *parent, const QString &location, Database::Verification verification);

    // The database the window opened last (per account, not in any database), for the next start
    // without --db; empty when it was the default file.
    static QString remembered();
    static void remember(const QString &location);

private:
    // Asks whether to open the file read-only, after `refused` (the refusal of read-write).
    static Outcome offerReadOnly(QWidget *parent, const QString &location, Outcome refused);
};
