#include "ProfileJson.h"

#include "json/JsonProblem.h"
#include "json/JsonReader.h"
#include "json/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

Result<TargetProfile> refuse(const QString &path, const QString &message)
{
    return Result<TargetProfile>::failure(
        ProfileJson::tr("The target profile file is not valid: %1").arg(JsonProblem{path, message}.toString()));
}

} // namespace

QByteArray ProfileJson::write(const TargetProfile &profile, const Sim3Model &model)
{
    QJsonArray targets;
    for (const Parameter &p : model.parameters()) {
        if (!profile.targets.contains(p.id))
            continue;
        const ProfileTarget &t = profile.targets.value(p.id);
        targets.append(QJsonObject{{u"parameter"_s, p.id},
            {u"level"_s, t.level ? QJsonValue(*t.level) : QJsonValue(QJsonValue::Null)},
            {u"rationale"_s, t.rationale}});
    }
    QJsonObject root{
        {u"format"_s, u"sim3-target-profile"_s},
        {u"formatVersion"_s, 1},
        {u"modelId"_s, model.id()},
        {u"name"_s, profile.name},
        {u"approvedBy"_s, profile.approvedBy},
        {u"approvedOn"_s,
            profile.approvedOn.isValid() ? QJsonValue(profile.approvedOn.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
        {u"targets"_s, targets},
    };
    if (!profile.uuid.isEmpty())
        root.insert(u"uuid"_s, profile.uuid);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TargetProfile> ProfileJson::read(const QJsonObject &json, const ModelCatalogue &catalogue)
{
    if (const auto problem = JsonSchemaValidator::shipped(JsonSchemaValidator::Shipped::TargetProfile).validate(json))
        return refuse(problem->path, problem->message);
    const QString modelId = json.value(u"modelId"_s).toString();
    const Sim3Model *model = catalogue.find(modelId);
    if (!model)
        return refuse(u"/modelId"_s, tr("the SIM3 model \"%1\" is not known here").arg(modelId));
    TargetProfile profile;
    if (const std::optional<JsonProblem> problem = readFields(json, *model, QString(), &profile))
        return refuse(problem->path, problem->message);
    return Result<TargetProfile>::success(profile);
}

std::optional<JsonProblem> ProfileJson::readFields(
    const QJsonObject &json, const Sim3Model &model, const QString &at, TargetProfile *profile)
{
    profile->uuid = json.value(u"uuid"_s).toString();
    profile->name = json.value(u"name"_s).toString().trimmed();
    profile->approvedBy = json.value(u"approvedBy"_s).toString();
    if (const QJsonValue approvedOn = json.value(u"approvedOn"_s); approvedOn.isString()) {
        profile->approvedOn = QDate::fromString(approvedOn.toString(), Qt::ISODate);
        if (!profile->approvedOn.isValid())
            return JsonProblem{at + u"/approvedOn"_s, tr("not a valid date")};
    }
    const QJsonArray targets = json.value(u"targets"_s).toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QJsonObject t = targets.at(i).toObject();
        ProfileTarget target;
        target.parameterId = t.value(u"parameter"_s).toString();
        const QString path = at + u"/targets/%1/parameter"_s.arg(i);
        if (!model.hasParameter(target.parameterId))
            return JsonProblem{path, tr("\"%1\" is not a parameter of %2").arg(target.parameterId, model.id())};
        if (profile->targets.contains(target.parameterId))
            return JsonProblem{path, tr("\"%1\" has two targets").arg(target.parameterId)};
        if (!t.value(u"level"_s).isNull())
            target.level = t.value(u"level"_s).toInt();
        target.rationale = t.value(u"rationale"_s).toString();
        profile->targets.insert(target.parameterId, target);
    }
    return std::nullopt;
}

Result<TargetProfile> ProfileJson::readFile(const QString &path, const ModelCatalogue &catalogue)
{
    const Result<QJsonObject> json = JsonReader::readObjectFile(path);
    if (!json)
        return Result<TargetProfile>::failure(json.error());
    return read(json.value(), catalogue);
}
