#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"
#include "exchange/RatingsJson.h"

#include <QCoreApplication>

class Database;

// Moves one participant's ratings between the database and a "sim3-ratings" file: out to a
// participant who rates before the workshop, and back in for the facilitator.
class RatingsExchange final
{
    Q_DECLARE_TR_FUNCTIONS(RatingsExchange)

public:
    struct ImportOutcome
    {
        qint64 assessmentId = 0;
        QString assessmentTitle;
        QString participantName;
        bool participantAdded = false;
        int ratings = 0; // stored from the file
    };

    RatingsExchange(Database &database, const ModelCatalogue &catalogue)
        : m_db(database)
        , m_catalogue(catalogue)
    {
    }

    // The file for the participant called `participantName`: what they rated so far, and
    // every other parameter with an empty rating to fill in.
    Result<QByteArray> fileFor(qint64 assessmentId, const QString &participantName, const QString &language) const;
    // Writes atomically: an existing file is replaced only by a complete new one.
    Status exportFile(
        qint64 assessmentId, const QString &participantName, const QString &path, const QString &language) const;

    // All or nothing, in one transaction: the file's participant (found by uuid, else by name,
    // else added to the assessment) gets exactly the file's ratings, replacing earlier ones, so
    // importing the same file twice changes nothing. A file for an assessment that is not in
    // this database, or for another SIM3 model, is refused with a message that says which.
    Result<ImportOutcome> import(const RatingsFile &file, const QString &actor);
    Result<ImportOutcome> importFile(const QString &path, const QString &actor);

private:
    Database &m_db;
    const ModelCatalogue &m_catalogue;
};
