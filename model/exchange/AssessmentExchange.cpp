#include "AssessmentExchange.h"

#include "exchange/AssessmentJson.h"
#include "exchange/AtomicFileWriter.h"
#include "exchange/CsvExporter.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "json/JsonReader.h"

using namespace Qt::StringLiterals;

Result<ExchangeDocument> AssessmentExchange::collect(qint64 assessmentId, std::optional<qint64> profileId) const
{
    using R = Result<ExchangeDocument>;
    ExchangeDocument doc;
    Result<Assessment> assessment = AssessmentRepository(m_db).load(assessmentId);
    if (!assessment)
        return R::failure(assessment.error());
    doc.assessment = std::move(assessment).value();
    Result<Team> team = TeamRepository(m_db).find(doc.assessment.teamId);
    if (!team)
        return R::failure(team.error());
    doc.team = std::move(team).value();
    if (profileId) {
        Result<TargetProfile> profile = ProfileRepository(m_db).load(*profileId);
        if (!profile)
            return R::failure(profile.error());
        if (profile->teamId != doc.team.id)
            return R::failure(tr("The target profile \"%1\" belongs to another team.").arg(profile->name));
        doc.profile = std::move(profile).value();
    }
    WorkshopRepository workshop(m_db);
    Result<QList<Participant>> people = workshop.participants(assessmentId);
    if (!people)
        return R::failure(people.error());
    doc.participants = std::move(people).value();
    if (!doc.participants.isEmpty()) {
        Result<QList<Rating>> ratings = workshop.allRatings(assessmentId);
        if (!ratings)
            return R::failure(ratings.error());
        doc.ratings = std::move(ratings).value();
        const Result<QHash<QString, ParameterRatings>> discussed = workshop.forAssessment(assessmentId);
        if (!discussed)
            return R::failure(discussed.error());
        const Sim3Model *model = m_catalogue.find(doc.assessment.modelId);
        for (const Parameter &p : model ? model->parameters() : QList<Parameter>()) {
            const ParameterRatings r = discussed->value(p.id);
            if (r.revealed || !r.dissent.isEmpty())
                doc.discussions.append({p.id, r.revealedAt, r.revealedBy, r.dissent});
        }
    }
    return R::success(doc);
}

Result<AssessmentExchange::ImportOutcome> AssessmentExchange::import(const ExchangeDocument &document)
{
    using R = Result<ImportOutcome>;
    TeamRepository teams(m_db);
    AssessmentRepository assessments(m_db);
    ProfileRepository profiles(m_db);

    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());

    const Result<Assessment> existing = assessments.findByUuid(document.assessment.uuid);
    if (!existing)
        return R::failure(existing.error());
    if (existing->id != 0)
        return R::failure(tr("This assessment is already in the database (\"%1\", id %2): it was imported or "
                             "created here before. Nothing was changed.")
                              .arg(existing->title, QString::number(existing->id)));

    ImportOutcome outcome;
    Result<Team> team = teams.findByUuid(document.team.uuid);
    if (!team)
        return R::failure(team.error());
    if (team->id != 0 && team->name != document.team.name)
        // The same identity under another name: the file may have been edited, or two teams were
        // given one UUID. Never file the assessment under a team the user did not mean.
        return R::failure(tr("The team in the file (\"%1\") has the identity (UUID %2) of the team \"%3\" here. "
                             "Nothing was imported: if they are the same team, give them the same name first; if not, "
                             "the file's team UUID must be changed.")
                              .arg(document.team.name, document.team.uuid, team->name));
    if (team->id == 0) {
        Team fresh = document.team;
        if (!fresh.createdAt.isValid())
            fresh.createdAt = m_db.now();
        team = teams.insert(fresh);
        if (!team)
            return R::failure(team.error());
        outcome.teamCreated = true;
    }
    outcome.teamId = team->id;

    Assessment assessment = document.assessment;
    assessment.teamId = team->id;
    if (!assessment.createdAt.isValid())
        assessment.createdAt = m_db.now();
    assessment.updatedAt = assessment.createdAt;
    // The workshop goes in while the assessment is still a draft; a final one becomes final after.
    const bool final = assessment.status == Assessment::Status::Final;
    if (!document.participants.isEmpty())
        assessment.status = Assessment::Status::Draft;
    const Result<Assessment> inserted = assessments.insert(assessment);
    if (!inserted)
        return R::failure(inserted.error());
    outcome.assessmentId = inserted->id;
    if (!document.participants.isEmpty()) {
        QList<ParameterRatings> discussions;
        for (const ExchangeDocument::Discussion &d : document.discussions) {
            ParameterRatings p;
            p.parameterId = d.parameterId;
            p.revealed = d.revealedAt.isValid();
            p.revealedAt = d.revealedAt;
            p.revealedBy = d.revealedBy;
            p.dissent = d.dissent;
            discussions.append(p);
        }
        if (const Status workshop = WorkshopRepository(m_db).importWorkshop(
                inserted->id, document.participants, document.ratings, discussions);
            !workshop)
            return R::failure(workshop.error());
        if (final) {
            if (const Status restored = assessments.restoreFinal(inserted->id); !restored)
                return R::failure(restored.error());
        }
    }

    if (document.profile) {
        const Result<TargetProfile> present = profiles.loadByUuid(document.profile->uuid);
        if (!present)
            return R::failure(present.error());
        if (present->id != 0 && present->teamId != team->id)
            // Another team's profile must never be attached to this team, nor its targets leak.
            return R::failure(tr("The target profile in the file has the identity (UUID %1) of a profile of another "
                                 "team. Nothing was imported: the file's profile UUID must be changed.")
                                  .arg(document.profile->uuid));
        const bool same = present->id != 0 && present->name == document.profile->name
            && present->approvedBy == document.profile->approvedBy
            && present->approvedOn == document.profile->approvedOn && present->targets == document.profile->targets;
        if (same) {
            outcome.profileId = present->id;
            outcome.profileName = present->name;
        } else {
            // New, or a changed version of a profile the team has: imported beside it, never
            // silently dropped in favour of the stored one.
            TargetProfile profile = *document.profile;
            if (present->id != 0)
                profile.uuid.clear(); // a new identity for the new version
            profile.id = 0;
            profile.teamId = team->id;
            profile.createdAt = QDateTime();
            // Keep both when the team already has a different profile of that name.
            const Result<QList<TargetProfile>> named = profiles.forTeam(team->id);
            if (!named)
                return R::failure(named.error());
            auto taken = [&](const QString &name) {
                return std::any_of(
                    named->cbegin(), named->cend(), [&](const TargetProfile &p) { return p.name == name; });
            };
            const QString base = profile.name;
            for (int n = 2; taken(profile.name); ++n)
                profile.name = tr("%1 (imported %2)").arg(base, QString::number(n));
            const Result<TargetProfile> stored = profiles.insert(profile);
            if (!stored)
                return R::failure(stored.error());
            outcome.profileId = stored->id;
            outcome.profileName = stored->name;
        }
    }

    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(outcome);
}

Result<AssessmentExchange::ImportOutcome> AssessmentExchange::importFile(const QString &path)
{
    const Result<QJsonObject> json = JsonReader::readObjectFile(path);
    if (!json)
        return Result<ImportOutcome>::failure(json.error());
    const Result<ExchangeDocument> document = AssessmentJson::read(json.value(), m_catalogue);
    if (!document)
        return Result<ImportOutcome>::failure(document.error());
    return import(document.value());
}

Status AssessmentExchange::exportFile(qint64 assessmentId, const QString &path, Format format,
    std::optional<qint64> profileId, const QString &language) const
{
    const Result<ExchangeDocument> doc = collect(assessmentId, profileId);
    if (!doc)
        return Status::failure(doc.error());
    if (format == Format::Json)
        return AtomicFileWriter::write(path, AssessmentJson::toBytes(doc.value(), m_catalogue));
    const Sim3Model *model = m_catalogue.find(doc->assessment.modelId);
    if (!model)
        return Status::failure(
            tr("The SIM3 model \"%1\" of this assessment is not known here.").arg(doc->assessment.modelId));
    return AtomicFileWriter::write(path, CsvExporter::write(doc->assessment, *model, language));
}
