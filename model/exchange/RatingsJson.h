#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"
#include "domain/Participant.h"
#include "domain/Rating.h"

#include <QCoreApplication>
#include <QJsonObject>

// One participant's ratings of one assessment, as they travel in a file.
struct RatingsFile final
{
    QString assessmentUuid;
    QString assessmentTitle;
    QString modelId;
    Participant participant; // id 0: a file knows no database
    QList<Rating> ratings; // the rated parameters only, in the file's order
};

// The "sim3-ratings" JSON format, version 1 (resources/schemas/sim3-ratings.schema.json): what
// a participant rated before a workshop on their own computer, for the facilitator to import.
class RatingsJson final
{
    Q_DECLARE_TR_FUNCTIONS(RatingsJson)

public:
    static constexpr int FormatVersion = 1;

    // Every parameter of `model` in its order, with the name in `language` as a help and the
    // participant's rating, or null where there is none yet, so the file can be filled in.
    static QByteArray write(const RatingsFile &file, const Sim3Model &model, const QString &language);
    // Checks the schema, the model and every parameter id; the message names the JSON path.
    static Result<RatingsFile> read(const QJsonObject &json, const ModelCatalogue &catalogue);
    static Result<RatingsFile> readFile(const QString &path, const ModelCatalogue &catalogue);
    // Whether an object says it is a ratings file, before it is checked.
    static bool claimsToBeRatings(const QJsonObject &json);
};
