#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"
#include "exchange/ExchangeDocument.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Moves assessments between the database and exchange files.
class AssessmentExchange final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentExchange)

public:
    struct ImportOutcome
    {
        qint64 teamId = 0;
        bool teamCreated = false;
        qint64 assessmentId = 0;
        qint64 profileId = 0; // 0 when the file had no profile
        QString profileName; // as stored (renamed when the team already used the name)
    };

    enum class Format { Json, Csv };

    AssessmentExchange(Database &database, const ModelCatalogue &catalogue)
        : m_db(database)
        , m_catalogue(catalogue)
    {
    }

    // The assessment with its team and, when `profileId` is set, that target profile.
    Result<ExchangeDocument> collect(qint64 assessmentId, std::optional<qint64> profileId = std::nullopt) const;

    // All or nothing, in one transaction. A team already present (same uuid) is reused; an
    // assessment already present is refused as a duplicate; a profile already present is reused.
    Result<ImportOutcome> import(const ExchangeDocument &document);
    Result<ImportOutcome> importFile(const QString &path);

    // Writes atomically: an existing file is replaced only by a complete new one.
    Status exportFile(qint64 assessmentId, const QString &path, Format format, std::optional<qint64> profileId,
        const QString &language) const;

private:
    Database &m_db;
    const ModelCatalogue &m_catalogue;
};
