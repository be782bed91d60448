#include "RatingsExchange.h"

#include "exchange/AtomicFileWriter.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/WorkshopRepository.h"

#include <algorithm>

namespace {

std::optional<Participant> named(const QList<Participant> &people, const QString &name)
{
    const auto found = std::find_if(people.cbegin(), people.cend(),
        [&name](const Participant &p) { return p.name.toCaseFolded() == name.trimmed().toCaseFolded(); });
    return found == people.cend() ? std::nullopt : std::optional(*found);
}

} // namespace

Result<QByteArray> RatingsExchange::fileFor(
    qint64 assessmentId, const QString &participantName, const QString &language) const
{
    using R = Result<QByteArray>;
    const Result<Assessment> assessment = AssessmentRepository(m_db).find(assessmentId);
    if (!assessment)
        return R::failure(assessment.error());
    if (assessment->id == 0)
        return R::failure(tr("There is no assessment with the id %1.").arg(assessmentId));
    const Sim3Model *model = m_catalogue.find(assessment->modelId);
    if (!model)
        return R::failure(tr("The SIM3 model \"%1\" of this assessment is not known here.").arg(assessment->modelId));
    WorkshopRepository workshop(m_db);
    const Result<QList<Participant>> people = workshop.participants(assessmentId);
    if (!people)
        return R::failure(people.error());
    const std::optional<Participant> participant = named(people.value(), participantName);
    if (!participant) {
        QStringList names;
        for (const Participant &p : people.value())
            names.append(p.name);
        return R::failure(names.isEmpty()
                ? tr("The assessment \"%1\" has no participants yet: add them first.").arg(assessment->title)
                : tr("The assessment \"%1\" has no participant called \"%2\". Its participants: %3.")
                      .arg(assessment->title, participantName, names.join(QStringLiteral(", "))));
    }
    const Result<QList<Rating>> ratings = workshop.ratingsOf(assessmentId, participant->uuid);
    if (!ratings)
        return R::failure(ratings.error());
    const RatingsFile file{assessment->uuid, assessment->title, assessment->modelId, *participant, ratings.value()};
    return R::success(RatingsJson::write(file, *model, language));
}

Status RatingsExchange::exportFile(
    qint64 assessmentId, const QString &participantName, const QString &path, const QString &language) const
{
    const Result<QByteArray> bytes = fileFor(assessmentId, participantName, language);
    if (!bytes)
        return Status::failure(bytes.error());
    return AtomicFileWriter::write(path, bytes.value());
}

Result<RatingsExchange::ImportOutcome> RatingsExchange::import(const RatingsFile &file, const QString &actor)
{
    using R = Result<ImportOutcome>;
    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    const Result<Assessment> assessment = AssessmentRepository(m_db).findByUuid(file.assessmentUuid);
    if (!assessment)
        return R::failure(assessment.error());
    if (assessment->id == 0)
        return R::failure(tr("These ratings belong to the assessment \"%1\" (%2), which is not in this database. "
                             "Import them into the database that holds that assessment.")
                              .arg(file.assessmentTitle, file.assessmentUuid));
    if (assessment->modelId != file.modelId)
        return R::failure(tr("These ratings were made with the SIM3 model \"%1\", but the assessment \"%2\" uses "
                             "\"%3\". Nothing was imported.")
                              .arg(file.modelId, assessment->title, assessment->modelId));
    WorkshopRepository workshop(m_db);
    const Result<QList<Participant>> people = workshop.participants(assessment->id);
    if (!people)
        return R::failure(people.error());
    ImportOutcome outcome;
    outcome.assessmentId = assessment->id;
    outcome.assessmentTitle = assessment->title;
    const auto byUuid = std::find_if(
        people->cbegin(), people->cend(), [&file](const Participant &p) { return p.uuid == file.participant.uuid; });
    std::optional<Participant> participant
        = byUuid != people->cend() ? std::optional(*byUuid) : named(people.value(), file.participant.name);
    if (!participant) {
        QList<Participant> extended = people.value();
        extended.append(file.participant);
        const auto stored = workshop.setParticipants(assessment->id, extended);
        if (!stored)
            return R::failure(stored.error());
        participant = stored->last();
        outcome.participantAdded = true;
    }
    QList<Rating> ratings = file.ratings;
    for (Rating &r : ratings)
        r.participantUuid = participant->uuid;
    if (const Status replaced = workshop.replaceRatings(assessment->id, participant->uuid, ratings, actor); !replaced)
        return R::failure(replaced.error());
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    outcome.participantName = participant->name;
    outcome.ratings = static_cast<int>(ratings.size());
    return R::success(outcome);
}

Result<RatingsExchange::ImportOutcome> RatingsExchange::importFile(const QString &path, const QString &actor)
{
    const Result<RatingsFile> file = RatingsJson::readFile(path, m_catalogue);
    if (!file)
        return Result<ImportOutcome>::failure(file.error());
    return import(file.value(), actor);
}
