#include "RatingsJson.h"

#include "json/JsonProblem.h"
#include "json/JsonReader.h"
#include "json/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

Result<RatingsFile> refuse(const QString &path, const QString &message)
{
    return Result<RatingsFile>::failure(
        RatingsJson::tr("The ratings file is not valid: %1").arg(JsonProblem{path, message}.toString()));
}

QJsonValue ratingValue(const Rating &r)
{
    if (r.kind == Rating::Kind::Level)
        return r.level;
    return Rating::kindKey(r.kind);
}

} // namespace

QByteArray RatingsJson::write(const RatingsFile &file, const Sim3Model &model, const QString &language)
{
    QHash<QString, Rating> byParameter;
    for (const Rating &r : file.ratings)
        byParameter.insert(r.parameterId, r);
    QJsonArray ratings;
    for (const Parameter &p : model.parameters()) {
        QJsonObject item{{u"parameter"_s, p.id}, {u"name"_s, p.name.text(language)}};
        const auto r = byParameter.constFind(p.id);
        item.insert(u"rating"_s, r == byParameter.cend() ? QJsonValue(QJsonValue::Null) : ratingValue(*r));
        item.insert(u"note"_s, r == byParameter.cend() ? QString() : r->note);
        ratings.append(item);
    }
    QJsonObject participant{{u"uuid"_s, file.participant.uuid}, {u"name"_s, file.participant.name}};
    if (!file.participant.role.isEmpty())
        participant.insert(u"role"_s, file.participant.role);
    const QJsonObject root{
        {u"format"_s, u"sim3-ratings"_s},
        {u"formatVersion"_s, FormatVersion},
        {u"assessment"_s,
            QJsonObject{
                {u"uuid"_s, file.assessmentUuid}, {u"title"_s, file.assessmentTitle}, {u"modelId"_s, file.modelId}}},
        {u"participant"_s, participant},
        {u"ratings"_s, ratings},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<RatingsFile> RatingsJson::read(const QJsonObject &json, const ModelCatalogue &catalogue)
{
    if (const auto problem = JsonSchemaValidator::shipped(JsonSchemaValidator::Shipped::Ratings).validate(json))
        return refuse(problem->path, problem->message);
    RatingsFile file;
    const QJsonObject assessment = json.value(u"assessment"_s).toObject();
    file.assessmentUuid = assessment.value(u"uuid"_s).toString();
    file.assessmentTitle = assessment.value(u"title"_s).toString();
    file.modelId = assessment.value(u"modelId"_s).toString();
    const Sim3Model *model = catalogue.find(file.modelId);
    if (!model)
        return refuse(u"/assessment/modelId"_s,
            tr("the SIM3 model \"%1\" is not known here; load its model file first").arg(file.modelId));
    const QJsonObject participant = json.value(u"participant"_s).toObject();
    file.participant.uuid = participant.value(u"uuid"_s).toString();
    file.participant.name = participant.value(u"name"_s).toString().trimmed();
    file.participant.role = participant.value(u"role"_s).toString().trimmed();
    const QJsonArray ratings = json.value(u"ratings"_s).toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QJsonObject item = ratings.at(i).toObject();
        const QString parameterId = item.value(u"parameter"_s).toString();
        const QString path = u"/ratings/%1/parameter"_s.arg(i);
        if (!model->hasParameter(parameterId))
            return refuse(path, tr("\"%1\" is not a parameter of %2").arg(parameterId, file.modelId));
        if (seen.contains(parameterId))
            return refuse(path, tr("\"%1\" is rated twice").arg(parameterId));
        seen.insert(parameterId);
        const QJsonValue value = item.value(u"rating"_s);
        if (value.isNull())
            continue; // not rated yet
        Rating r;
        r.participantUuid = file.participant.uuid;
        r.parameterId = parameterId;
        r.note = item.value(u"note"_s).toString();
        if (value.isString())
            r.kind = Rating::kindFromKey(value.toString()).value_or(Rating::Kind::Abstain);
        else
            r.level = value.toInt();
        file.ratings.append(r);
    }
    return Result<RatingsFile>::success(file);
}

Result<RatingsFile> RatingsJson::readFile(const QString &path, const ModelCatalogue &catalogue)
{
    const Result<QJsonObject> json = JsonReader::readObjectFile(path);
    if (!json)
        return Result<RatingsFile>::failure(json.error());
    return read(json.value(), catalogue);
}

bool RatingsJson::claimsToBeRatings(const QJsonObject &json)
{
    return json.value(u"format"_s).toString() == u"sim3-ratings"_s;
}
