#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// Moves a whole database to another one, file to server or server to file, row by row with
// every id kept, in one transaction on the destination: afterwards every assessment exports
// exactly as before. The destination must be empty (no team, no custom model); both are at
// the same schema version, since opening brought them there.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct Counts
    {
        int teams = 0;
        int assessments = 0;
        int rows = 0; // all rows of all tables
    };

    static Result<Counts> copy(Database &from, Database &to);

    // The tables, parents before children, as both engines hold them.
    static const QStringList &tables();
};
