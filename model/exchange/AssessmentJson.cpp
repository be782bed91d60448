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

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Database::toStored(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject workshopJson(const ExchangeDocument &doc)
{
    QJsonArray participants;
    for (const Participant &p : doc.participants)
        participants.append(QJsonObject{{u"uuid"_s, p.uuid}, {u"name"_s, p.name}, {u"role"_s, p.role}});
    QJsonArray ratings;
    for (const Rating &r : doc.ratings)
        ratings.append(QJsonObject{{u"participant"_s, r.participantUuid}, {u"parameter"_s, r.parameterId},
            {u"rating"_s, r.kind == Rating::Kind::Level ? QJsonValue(r.level) : QJsonValue(Rating::kindKey(r.kind))},
            {u"note"_s, r.note}, {u"enteredAt"_s, timeValue(r.enteredAt)}, {u"enteredBy"_s, r.enteredBy}});
    QJsonArray discussions;
    for (const ExchangeDocument::Discussion &d : doc.discussions)
        discussions.append(QJsonObject{{u"parameter"_s, d.parameterId}, {u"revealedAt"_s, timeValue(d.revealedAt)},
            {u"revealedBy"_s, d.revealedBy}, {u"dissent"_s, d.dissent}});
    return QJsonObject{{u"participants"_s, participants}, {u"ratings"_s, ratings}, {u"discussions"_s, discussions}};
}

// A time in a file: null, or ISO 8601 read as UTC; false when it is not one.
bool readTime(const QJsonValue &value, QDateTime *time)
{
    *time = QDateTime();
    if (!value.isString())
        return true;
    *time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    return time->isValid();
}

// The workshop of a version 2 file: every participant, parameter and pair checked.
Result<ExchangeDocument> readWorkshop(const QJsonObject &w, const Sim3Model &model, ExchangeDocument doc)
{
    QSet<QString> people;
    const QJsonArray participants = w.value(u"participants"_s).toArray();
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QJsonObject o = participants.at(i).toObject();
        Participant p{0, o.value(u"uuid"_s).toString(), o.value(u"name"_s).toString().trimmed(),
            o.value(u"role"_s).toString().trimmed()};
        if (people.contains(p.uuid))
            return refuse(u"/workshop/participants/%1/uuid"_s.arg(i), AssessmentJson::tr("listed twice"));
        people.insert(p.uuid);
        doc.participants.append(p);
    }
    QSet<QString> rated;
    const QJsonArray ratings = w.value(u"ratings"_s).toArray();
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QJsonObject o = ratings.at(i).toObject();
        const QString base = u"/workshop/ratings/%1"_s.arg(i);
        Rating r;
        r.participantUuid = o.value(u"participant"_s).toString();
        r.parameterId = o.value(u"parameter"_s).toString();
        if (!people.contains(r.participantUuid))
            return refuse(base + u"/participant"_s, AssessmentJson::tr("not one of the participants"));
        if (!model.hasParameter(r.parameterId))
            return refuse(base + u"/parameter"_s,
                AssessmentJson::tr("\"%1\" is not a parameter of %2").arg(r.parameterId, model.id()));
        if (rated.contains(r.participantUuid + r.parameterId))
            return refuse(base, AssessmentJson::tr("the participant rated %1 twice").arg(r.parameterId));
        rated.insert(r.participantUuid + r.parameterId);
        const QJsonValue value = o.value(u"rating"_s);
        if (value.isString())
            r.kind = Rating::kindFromKey(value.toString()).value_or(Rating::Kind::Abstain);
        else
            r.level = value.toInt();
        r.note = o.value(u"note"_s).toString();
        r.enteredBy = o.value(u"enteredBy"_s).toString();
        if (!readTime(o.value(u"enteredAt"_s), &r.enteredAt))
            return refuse(base + u"/enteredAt"_s, AssessmentJson::tr("not a valid time"));
        doc.ratings.append(r);
    }
    QSet<QString> discussed;
    const QJsonArray discussions = w.value(u"discussions"_s).toArray();
    for (qsizetype i = 0; i < discussions.size(); ++i) {
        const QJsonObject o = discussions.at(i).toObject();
        const QString base = u"/workshop/discussions/%1"_s.arg(i);
        ExchangeDocument::Discussion d{o.value(u"parameter"_s).toString(), QDateTime(),
            o.value(u"revealedBy"_s).toString(), o.value(u"dissent"_s).toString()};
        if (!model.hasParameter(d.parameterId) || discussed.contains(d.parameterId))
            return refuse(base + u"/parameter"_s,
                AssessmentJson::tr("\"%1\" is not a parameter of %2, or is listed twice")
                    .arg(d.parameterId, model.id()));
        discussed.insert(d.parameterId);
        if (!readTime(o.value(u"revealedAt"_s), &d.revealedAt))
            return refuse(base + u"/revealedAt"_s, AssessmentJson::tr("not a valid time"));
        doc.discussions.append(d);
    }
    return Result<ExchangeDocument>::success(doc);
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
    if (!doc.participants.isEmpty())
        root.insert(u"workshop"_s, workshopJson(doc));
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
    if (json.contains(u"workshop"_s)) {
        if (json.value(u"formatVersion"_s).toInt() < 2)
            return refuse(u"/workshop"_s, tr("a workshop needs format version 2"));
        return readWorkshop(json.value(u"workshop"_s).toObject(), *model, doc);
    }
    return Result<ExchangeDocument>::success(doc);
}
