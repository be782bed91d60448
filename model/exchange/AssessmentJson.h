#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"
#include "exchange/ExchangeDocument.h"

#include <QCoreApplication>
#include <QJsonObject>

// The "sim3-assessment" JSON format, version 1 (schema: resources/schemas/sim3-assessment.schema.json).
// Database ids never appear in a file; UUIDs identify teams, assessments, profiles and evidence.
class AssessmentJson final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentJson)

public:
    // Written as version 2 (with the workshop); version 1 files still read.
    static constexpr int FormatVersion = 2;

    // Answers come out in the model's parameter order; unanswered parameters are left out.
    static QJsonObject write(const ExchangeDocument &document, const ModelCatalogue &catalogue);
    static QByteArray toBytes(const ExchangeDocument &document, const ModelCatalogue &catalogue);

    // Checks the file against the schema, then against the catalogue (known model, known and
    // unique parameters, valid dates, N/A rules). The message names the JSON path of the first
    // problem and what is wrong with it.
    static Result<ExchangeDocument> read(const QJsonObject &json, const ModelCatalogue &catalogue);
};
