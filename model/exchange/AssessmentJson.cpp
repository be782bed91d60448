#include "AssessmentJson.h"

#include "exchange/ProfileJson.h"
#include "storage/Database.h"
#include "json/JsonProblem.h"
#include "json/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue levelValue(const std::optional<int> &level)
{
    return level ? QJsonValue(*level) : QJsonValue(QJsonValue::Null);
}

// Parameter ids in the model's order; ids the model does not know go last, sorted.
QStringList orderedIds(const QStringList &ids, const Sim3Model *model)
{
    QStringList sorted = ids;
    auto rank = [model](const QString &id) -> qsizetype {
        if (!model)
            return 0;
        const auto &params = model->parameters();
        for (qsizetype i = 0; i < params.size(); ++i) {
            if (params.at(i).id == id)
                return i;
        }
        return params.size();
    };
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
        const qsizetype ra = rank(a);
        const qsizetype rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return sorted;
}

Result<ExchangeDocument> refuse(const QString &path, const QString &message)
{
    return Result<ExchangeDocument>::failure(
        AssessmentJson::tr("The assessment file is not valid: %1").arg(JsonProblem{path, message}.toString()));
}

bool readDate(const QJsonValue &value, QDate *date)
{
    if (value.isNull() || value.isUndefined()) {
        *date = QDate();
        return true;
    }
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

} // namespace

QJsonObject AssessmentJson::write(const ExchangeDocument &doc, const ModelCatalogue &catalogue)
{
    const Sim3Model *model = catalogue.find(doc.assessment.modelId);

    QJsonObject team{{u"uuid"_s, doc.team.uuid}, {u"name"_s, doc.team.name}, {u"description"_s, doc.team.description}};

    QJsonArray answers;
    for (const QString &id : orderedIds(doc.assessment.answers.keys(), model)) {
        const Answer &a = doc.assessment.answers.value(id);
        QJsonArray evidence;
        for (const Evidence &e : a.evidence)
            evidence.append(QJsonObject{{u"uuid"_s, e.uuid}, {u"title"_s, e.title}, {u"location"_s, e.location},
                {u"date"_s, dateValue(e.date)}});
        answers.append(QJsonObject{
            {u"parameter"_s, a.parameterId},
            {u"level"_s, levelValue(a.level)},
            {u"notApplicable"_s, a.notApplicable},
            {u"justification"_s, a.justification},
            {u"comment"_s, a.comment},
            {u"reviewFlag"_s, a.reviewFlag},
            {u"toConfirm"_s, a.toConfirm},
            {u"actionOwner"_s, a.actionOwner},
            {u"actionDue"_s, dateValue(a.actionDue)},
            {u"changedAt"_s,
                a.changedAt.isValid() ? QJsonValue(Database::toStored(a.changedAt)) : QJsonValue(QJsonValue::Null)},
            {u"changedBy"_s, a.changedBy},
            {u"evidence"_s, evidence},
        });
    }

    QJsonObject assessment{
        {u"uuid"_s, doc.assessment.uuid},
        {u"title"_s, doc.assessment.title},
        {u"date"_s, doc.assessment.date.toString(Qt::ISODate)},
        {u"modelId"_s, doc.assessment.modelId},
        {u"status"_s, Assessment::statusKey(doc.assessment.status)},
        {u"assessors"_s, QJsonArray::fromStringList(doc.assessment.assessors)},
        {u"answers"_s, answers},
    };

    QJsonObject root{
        {u"format"_s, u"sim3-assessment"_s},
        {u"formatVersion"_s, FormatVersion},
        {u"team"_s, team},
        {u"assessment"_s, assessment},
    };
    if (doc.profile) {
        QJsonArray targets;
        for (const QString &id : orderedIds(doc.profile->targets.keys(), model)) {
            const ProfileTarget &t = doc.profile->targets.value(id);
            targets.append(QJsonObject{
                {u"parameter"_s, t.parameterId}, {u"level"_s, levelValue(t.level)}, {u"rationale"_s, t.rationale}});
        }
        root.insert(u"targetProfile"_s,
            QJsonObject{
                {u"uuid"_s, doc.profile->uuid},
                {u"name"_s, doc.profile->name},
                {u"approvedBy"_s, doc.profile->approvedBy},
                {u"approvedOn"_s, dateValue(doc.profile->approvedOn)},
                {u"targets"_s, targets},
            });
    }
    return root;
}

QByteArray AssessmentJson::toBytes(const ExchangeDocument &document, const ModelCatalogue &catalogue)
{
    return QJsonDocument(write(document, catalogue)).toJson(QJsonDocument::Indented);
}

Result<ExchangeDocument> AssessmentJson::read(const QJsonObject &json, const ModelCatalogue &catalogue)
{
    if (const auto problem = JsonSchemaValidator::shipped(JsonSchemaValidator::Shipped::Assessment).validate(json))
        return refuse(problem->path, problem->message);

    ExchangeDocument doc;
    const QJsonObject team = json.value(u"team"_s).toObject();
    doc.team.uuid = team.value(u"uuid"_s).toString();
    doc.team.name = team.value(u"name"_s).toString();
    doc.team.description = team.value(u"description"_s).toString();

    const QJsonObject a = json.value(u"assessment"_s).toObject();
    doc.assessment.uuid = a.value(u"uuid"_s).toString();
    doc.assessment.title = a.value(u"title"_s).toString();
    if (!readDate(a.value(u"date"_s), &doc.assessment.date) || !doc.assessment.date.isValid())
        return refuse(u"/assessment/date"_s, tr("\"%1\" is not a valid date").arg(a.value(u"date"_s).toString()));
    doc.assessment.modelId = a.value(u"modelId"_s).toString();
    const Sim3Model *model = catalogue.find(doc.assessment.modelId);
    if (!model)
        return refuse(u"/assessment/modelId"_s,
            tr("the SIM3 model \"%1\" is not known here; load its model file first").arg(doc.assessment.modelId));
    doc.assessment.status = Assessment::statusFromKey(a.value(u"status"_s).toString());
    for (const auto &v : a.value(u"assessors"_s).toArray())
        doc.assessment.assessors.append(v.toString());

    const QJsonArray answers = a.value(u"answers"_s).toArray();
    QSet<QString> evidenceUuids;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject o = answers.at(i).toObject();
        const QString base = u"/assessment/answers/%1"_s.arg(i);
        Answer answer;
        answer.parameterId = o.value(u"parameter"_s).toString();
        if (!model->hasParameter(answer.parameterId))
            return refuse(base + u"/parameter"_s,
                tr("\"%1\" is not a parameter of %2").arg(answer.parameterId, doc.assessment.modelId));
        if (doc.assessment.answers.contains(answer.parameterId))
            return refuse(base + u"/parameter"_s, tr("\"%1\" is answered twice").arg(answer.parameterId));
        if (!o.value(u"level"_s).isNull())
            answer.level = o.value(u"level"_s).toInt();
        answer.notApplicable = o.value(u"notApplicable"_s).toBool();
        answer.justification = o.value(u"justification"_s).toString();
        answer.comment = o.value(u"comment"_s).toString();
        answer.reviewFlag = o.value(u"reviewFlag"_s).toBool();
        answer.toConfirm = o.value(u"toConfirm"_s).toBool();
        answer.actionOwner = o.value(u"actionOwner"_s).toString();
        answer.changedBy = o.value(u"changedBy"_s).toString();
        if (answer.notApplicable && answer.level)
            return refuse(base + u"/level"_s, tr("must be null when notApplicable is true"));
        if (answer.notApplicable && answer.justification.trimmed().isEmpty())
            return refuse(base + u"/justification"_s, tr("\"not applicable\" needs a justification"));
        if (!readDate(o.value(u"actionDue"_s), &answer.actionDue))
            return refuse(base + u"/actionDue"_s, tr("not a valid date"));
        const QJsonValue changedAt = o.value(u"changedAt"_s);
        if (changedAt.isString()) {
            answer.changedAt = QDateTime::fromString(changedAt.toString(), Qt::ISODateWithMs);
            if (!answer.changedAt.isValid())
                return refuse(base + u"/changedAt"_s, tr("not a valid time"));
            answer.changedAt = answer.changedAt.toUTC();
        }
        const QJsonArray evidence = o.value(u"evidence"_s).toArray();
        for (qsizetype j = 0; j < evidence.size(); ++j) {
            const QJsonObject e = evidence.at(j).toObject();
            Evidence item;
            item.uuid = e.value(u"uuid"_s).toString();
            item.title = e.value(u"title"_s).toString();
            item.location = e.value(u"location"_s).toString();
            if (!readDate(e.value(u"date"_s), &item.date))
                return refuse(base + u"/evidence/%1/date"_s.arg(j), tr("not a valid date"));
            // One evidence item, one identity: a UUID used twice would make one item stand for two.
            if (evidenceUuids.contains(item.uuid))
                return refuse(base + u"/evidence/%1/uuid"_s.arg(j),
                    tr("the evidence id %1 is used twice in this file").arg(item.uuid));
            evidenceUuids.insert(item.uuid);
            answer.evidence.append(item);
        }
        doc.assessment.answers.insert(answer.parameterId, answer);
    }

    if (json.contains(u"targetProfile"_s)) {
        TargetProfile profile;
        if (const std::optional<JsonProblem> problem
            = ProfileJson::readFields(json.value(u"targetProfile"_s).toObject(), *model, u"/targetProfile"_s, &profile))
            return refuse(problem->path, problem->message);
        doc.profile = profile;
    }
    return Result<ExchangeDocument>::success(doc);
}
