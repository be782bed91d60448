#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"
#include "domain/TargetProfile.h"
#include "json/JsonProblem.h"

#include <QCoreApplication>
#include <QJsonObject>

// The "sim3-target-profile" JSON format, version 1 (resources/schemas/sim3-target-profile.schema.json):
// a target profile on its own, so that a baseline typed in once can be shared between teams.
class ProfileJson final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)

public:
    static QByteArray write(const TargetProfile &profile, const Sim3Model &model);
    // Checks the schema, the model and every parameter id; the message names the JSON path.
    // The profile comes back without team or database id.
    static Result<TargetProfile> read(const QJsonObject &json, const ModelCatalogue &catalogue);
    static Result<TargetProfile> readFile(const QString &path, const ModelCatalogue &catalogue);
    // The fields every profile has (uuid, name, approval, targets) from a schema-checked
    // object, in `model`; `at` is the object's JSON path for problems ("" for a whole file,
    // "/targetProfile" inside an assessment file). Used for both file formats.
    static std::optional<JsonProblem> readFields(
        const QJsonObject &json, const Sim3Model &model, const QString &at, TargetProfile *profile);
};
