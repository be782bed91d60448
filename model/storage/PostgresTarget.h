#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSqlDatabase;

// Where a shared PostgreSQL database is, as the user names it:
// postgresql://user@host:port/dbname?sslmode=verify-full. A password never travels in it (it
// would show in the process list and the shell history): libpq finds it in ~/.pgpass,
// PGPASSWORD or a service file. A socket folder is given as ?host=/path.
struct PostgresTarget final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTarget)

public:
    QString host; // a name, an address, or a socket folder; empty: libpq's default
    std::optional<int> port;
    QString user; // empty: libpq's default (the account's name)
    QString database;
    QList<std::pair<QString, QString>> options; // sslmode, sslrootcert, connect_timeout, application_name

    // Whether `text` is meant as a server rather than a file: it starts with postgresql:// or postgres://.
    static bool looksLikeServer(const QString &text);
    // The target, or what is wrong with the text and how to write it.
    static Result<PostgresTarget> parse(const QString &uri);
    // The same, written back: no secrets in it, so it may be shown and logged.
    QString display() const;
    // Qt's PostgreSQL driver settings: host, port, user, database, and the options as its
    // connect options ("sslmode=verify-full;connect_timeout=10").
    void applyTo(QSqlDatabase &connection) const;
};
