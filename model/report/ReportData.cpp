#include "ReportData.h"

#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ProfileChoice.h"
#include "storage/TeamRepository.h"

using namespace Qt::StringLiterals;

QStringList ReportData::unconfirmedParameters() const
{
    QStringList ids;
    for (const Parameter &p : model.parameters()) {
        if (assessment.answers.value(p.id).awaitsConfirmation())
            ids.append(p.id);
    }
    return ids;
}

bool ReportData::isDraft() const
{
    return assessment.status != Assessment::Status::Final || !unconfirmedParameters().isEmpty();
}

QStringList ReportData::tlpMarkings()
{
    return {u"TLP:CLEAR"_s, u"TLP:GREEN"_s, u"TLP:AMBER"_s, u"TLP:AMBER+STRICT"_s, u"TLP:RED"_s};
}

QString ReportData::tlpFromKey(const QString &key)
{
    QString upper = key.trimmed().toUpper();
    if (!upper.startsWith(u"TLP:"_s))
        upper.prepend(u"TLP:"_s);
    return tlpMarkings().contains(upper) ? upper : QString();
}

Result<ReportData> ReportData::collect(Database &database, const ModelCatalogue &catalogue, qint64 assessmentId,
    const QString &profileName, const QString &language)
{
    using R = Result<ReportData>;
    ReportData d;
    AssessmentRepository assessments(database);
    Result<Assessment> assessment = assessments.load(assessmentId);
    if (!assessment)
        return R::failure(assessment.error());
    d.assessment = std::move(assessment).value();
    const Sim3Model *model = catalogue.find(d.assessment.modelId);
    if (!model)
        return R::failure(tr("The SIM3 model \"%1\" of this assessment is not known here.").arg(d.assessment.modelId));
    d.model = *model;
    Result<Team> team = TeamRepository(database).find(d.assessment.teamId);
    if (!team)
        return R::failure(team.error());
    d.team = std::move(team).value();
    const auto profile = ProfileChoice::resolve(database, d.team.id, profileName);
    if (!profile)
        return R::failure(profile.error());
    d.profile = profile.value();
    const Result<QList<Assessment>> all = assessments.forTeam(d.team.id);
    if (!all)
        return R::failure(all.error());
    const Assessment *before = nullptr;
    for (const Assessment &a : all.value()) {
        if (a.id != d.assessment.id && a.date <= d.assessment.date && (!before || a.date >= before->date))
            before = &a;
    }
    if (before) {
        Result<Assessment> loaded = assessments.load(before->id);
        if (!loaded)
            return R::failure(loaded.error());
        d.previous = std::move(loaded).value();
    }
    WorkshopRepository workshop(database);
    Result<QList<Participant>> people = workshop.participants(d.assessment.id);
    if (!people)
        return R::failure(people.error());
    d.participants = std::move(people).value();
    if (!d.participants.isEmpty()) {
        Result<QHash<QString, ParameterRatings>> ratings = workshop.forAssessment(d.assessment.id);
        if (!ratings)
            return R::failure(ratings.error());
        d.ratings = std::move(ratings).value();
        d.disputeThreshold = workshop.disputeThreshold();
    }
    d.language = language;
    d.generatedAt = database.now();
    return R::success(d);
}
