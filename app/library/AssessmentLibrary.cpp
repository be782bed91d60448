#include "AssessmentLibrary.h"

#include "catalogue/ModelCatalogue.h"
#include "demo/DemoData.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/AssessmentExchange.h"
#include "exchange/AssessmentJson.h"
#include "exchange/ProfileJson.h"
#include "exchange/RatingsExchange.h"
#include "exchange/RatingsJson.h"
#include "i18n/DateText.h"
#include "i18n/LanguageManager.h"
#include "identity/KeyboardUser.h"
#include "report/ExportReportDialog.h"
#include "start/NewAssessmentDialog.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "json/JsonReader.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

AssessmentLibrary::AssessmentLibrary(
    Database &database, const ModelCatalogue &catalogue, LanguageManager &languages, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_catalogue(catalogue)
    , m_languages(languages)
    , m_window(window)
{
}

void AssessmentLibrary::showError(const QString &title, const QString &message)
{
    MessageBox::critical(m_window, title, message);
}

std::optional<qint64> AssessmentLibrary::createTeam()
{
    const std::optional<QString> name = InputDialog::getText(m_window, tr("New Team"), tr("Name of the team:"));
    if (!name || name->trimmed().isEmpty())
        return std::nullopt;
    const Result<Team> team = TeamRepository(m_db).create(*name);
    if (!team) {
        showError(tr("New Team"), team.error());
        return std::nullopt;
    }
    return team->id;
}

std::optional<Assessment> AssessmentLibrary::createAssessment(qint64 teamId, const QString &actor)
{
    const Result<QList<Assessment>> previous = AssessmentRepository(m_db).forTeam(teamId);
    if (!previous) {
        showError(tr("New Assessment"), previous.error());
        return std::nullopt;
    }
    // The newest assessment's workshop participants are offered again.
    QList<Participant> previousParticipants;
    if (!previous->isEmpty()) {
        const Result<QList<Participant>> people = WorkshopRepository(m_db).participants(previous->last().id);
        if (people)
            previousParticipants = people.value(); // unreadable: offered empty, the rest still works
    }
    NewAssessmentDialog dialog(m_catalogue, previous.value(), previousParticipants, m_languages.language(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Sim3Model *model = m_catalogue.find(dialog.modelId());
    if (!model)
        return std::nullopt;
    AssessmentRepository repo(m_db);
    Result<Assessment> created = Result<Assessment>::failure(QString());
    if (dialog.startFromId() != 0) {
        QStringList ids;
        for (const Parameter &p : model->parameters())
            ids.append(p.id);
        created = repo.createFrom(
            dialog.startFromId(), dialog.title(), dialog.date(), model->id(), dialog.assessors(), ids, actor);
    } else {
        created = repo.create(teamId, dialog.title(), dialog.date(), model->id(), dialog.assessors());
    }
    if (!created) {
        showError(tr("New Assessment"), created.error());
        return std::nullopt;
    }
    if (const Status people = applyParticipants(created->id, dialog.participants()); !people)
        showError(tr("New Assessment"),
            tr("The assessment was created, but its participants could not be set: %1 Set them in Assessment > "
               "Participants….")
                .arg(people.error()));
    if (dialog.startFromId() != 0)
        emit message(tr("%1 answers carried over; each is marked \"to confirm\".").arg(created->answers.size()));
    return created.value();
}

Status AssessmentLibrary::applyParticipants(qint64 assessmentId, QList<Participant> wanted)
{
    // Those carried over from the earlier assessment keep their identity when listed again.
    WorkshopRepository workshop(m_db);
    const Result<QList<Participant>> carried = workshop.participants(assessmentId);
    if (!carried)
        return Status::failure(carried.error());
    if (carried->isEmpty() && wanted.isEmpty())
        return Status::success();
    for (Participant &p : wanted) {
        for (const Participant &c : carried.value()) {
            if (c.name.compare(p.name, Qt::CaseInsensitive) == 0) {
                p.uuid = c.uuid;
                p.role = c.role;
            }
        }
    }
    return Status::from(workshop.setParticipants(assessmentId, wanted));
}

bool AssessmentLibrary::renameTeam(qint64 teamId)
{
    const Result<Team> team = TeamRepository(m_db).find(teamId);
    if (!team) {
        showError(tr("Rename Team"), team.error());
        return false;
    }
    const std::optional<QString> name
        = InputDialog::getText(m_window, tr("Rename Team"), tr("New name of the team:"), team->name);
    if (!name || name->trimmed() == team->name)
        return false;
    if (const Status renamed = TeamRepository(m_db).rename(teamId, *name); !renamed) {
        showError(tr("Rename Team"), renamed.error());
        return false;
    }
    return true;
}

bool AssessmentLibrary::deleteTeam(qint64 teamId)
{
    const Result<Team> team = TeamRepository(m_db).find(teamId);
    if (!team) {
        showError(tr("Delete Team"), team.error());
        return false;
    }
    const Result<QList<Assessment>> assessmentList = AssessmentRepository(m_db).forTeam(teamId);
    const Result<QList<TargetProfile>> profileList = ProfileRepository(m_db).forTeam(teamId);
    // Never ask to delete "0 assessments" when they could not be counted.
    if (!assessmentList || !profileList) {
        showError(tr("Delete Team"), !assessmentList ? assessmentList.error() : profileList.error());
        return false;
    }
    const auto answer = MessageBox::question(m_window, tr("Delete Team"),
        tr("Delete the team \"%1\" with its %2 assessment(s), all their answers, comments and evidence, and its %3 "
           "target "
           "profile(s)? This cannot be undone.")
            .arg(team->name, QString::number(assessmentList->size()), QString::number(profileList->size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    emit aboutToRemove();
    if (const Status removed = TeamRepository(m_db).remove(teamId); !removed) {
        showError(tr("Delete Team"), removed.error());
        return false;
    }
    return true;
}

bool AssessmentLibrary::renameAssessment(qint64 assessmentId)
{
    Result<Assessment> assessment = AssessmentRepository(m_db).find(assessmentId);
    if (!assessment) {
        showError(tr("Rename Assessment"), assessment.error());
        return false;
    }
    const std::optional<QString> title = InputDialog::getText(
        m_window, tr("Rename Assessment"), tr("New title of the assessment:"), assessment->title);
    if (!title || title->trimmed() == assessment->title)
        return false;
    assessment.value().title = title->trimmed();
    if (const Status saved = AssessmentRepository(m_db).updateHeader(assessment.value()); !saved) {
        showError(tr("Rename Assessment"), saved.error());
        return false;
    }
    return true;
}

std::optional<Assessment::Status> AssessmentLibrary::toggleFinal(qint64 assessmentId, const QString &actor)
{
    Result<Assessment> assessment = AssessmentRepository(m_db).find(assessmentId);
    if (!assessment) {
        showError(tr("Mark as Final"), assessment.error());
        return std::nullopt;
    }
    Assessment &a = assessment.value();
    const bool reopening = a.status == Assessment::Status::Final;
    const QString title = reopening ? tr("Reopen as Draft") : tr("Mark as Final");
    const QString question = reopening
        ? tr("Reopen \"%1\" as a draft so that it can be changed again? The reopening is recorded with your name "
             "(%2) and the time.")
        : tr("Mark \"%1\" as final? It can then no longer be changed unless someone reopens it, which is recorded. "
             "This is recorded with your name (%2) and the time.");
    if (MessageBox::question(
            m_window, title, question.arg(a.title, actor), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return std::nullopt;
    a.status = reopening ? Assessment::Status::Draft : Assessment::Status::Final;
    if (const Status saved = AssessmentRepository(m_db).setStatus(assessmentId, a.status, actor); !saved) {
        showError(title, saved.error());
        return std::nullopt;
    }
    emit message(a.status == Assessment::Status::Final ? tr("\"%1\" is marked final.").arg(a.title)
                                                       : tr("\"%1\" is a draft again.").arg(a.title));
    return a.status;
}

bool AssessmentLibrary::deleteAssessment(qint64 assessmentId)
{
    const Result<Assessment> assessment = AssessmentRepository(m_db).load(assessmentId);
    if (!assessment) {
        showError(tr("Delete Assessment"), assessment.error());
        return false;
    }
    int answered = 0;
    int evidence = 0;
    for (const Answer &a : assessment->answers) {
        answered += a.isAnswered();
        evidence += static_cast<int>(a.evidence.size());
    }
    const auto answer = MessageBox::question(m_window, tr("Delete Assessment"),
        tr("Delete the assessment \"%1\" of %2 with its %3 answer(s) and %4 evidence item(s)? This cannot be undone.")
            .arg(assessment->title, DateText::date(assessment->date), QString::number(answered),
                QString::number(evidence)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    emit aboutToRemove();
    if (const Status removed = AssessmentRepository(m_db).remove(assessmentId); !removed) {
        showError(tr("Delete Assessment"), removed.error());
        return false;
    }
    return true;
}

std::optional<qint64> AssessmentLibrary::loadDemoData()
{
    const auto created = DemoData::create(m_db, m_languages.language());
    if (!created) {
        showError(tr("Demo Data"), created.error());
        return std::nullopt;
    }
    emit message(tr("Created the demo team with three yearly assessments."));
    return created->assessmentIds.last();
}

std::optional<qint64> AssessmentLibrary::importAssessment()
{
    const QString path = FileDialog::openFileName(
        m_window, tr("Import Assessment"), tr("SIM3 assessment or ratings files (*.json);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    return importFile(path);
}

std::optional<qint64> AssessmentLibrary::importFileAfterAsking(const QString &path)
{
    // A file that cannot be read is said at once: there is nothing to ask about.
    const Result<QJsonObject> json = JsonReader::readObjectFile(path);
    if (!json) {
        showError(tr("Import File"),
            tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), json.error()));
        return std::nullopt;
    }
    // A target profile belongs to a team: it goes to the one chosen.
    if (json->value(u"format"_s).toString() == u"sim3-target-profile"_s) {
        importProfile(path, json.value());
        return std::nullopt;
    }
    const auto answer = MessageBox::question(m_window, tr("Import File"),
        tr("Import \"%1\" into this database?\n\n%2")
            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return importDocument(path, json.value());
}

void AssessmentLibrary::importProfile(const QString &path, const QJsonObject &json)
{
    const QString title = tr("Import Target Profile");
    Result<TargetProfile> read = ProfileJson::read(json, m_catalogue);
    if (!read) {
        showError(
            title, tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), read.error()));
        return;
    }
    const Result<QList<Team>> teams = TeamRepository(m_db).all();
    if (!teams) {
        showError(title, teams.error());
        return;
    }
    if (teams->isEmpty()) {
        showError(title,
            tr("A target profile belongs to a team, and this database has none yet. Create a team "
               "(Assessment > New Team), then open the file again."));
        return;
    }
    QStringList names;
    for (const Team &team : teams.value())
        names.append(team.name);
    const std::optional<QString> chosen = InputDialog::getItem(m_window, title,
        tr("Import the target profile \"%1\" from \"%2\" for the team:").arg(read->name, QFileInfo(path).fileName()),
        names);
    if (!chosen)
        return;
    const qint64 teamId = teams->at(std::max<qsizetype>(0, names.indexOf(*chosen))).id;
    const Result<TargetProfile> stored = ProfileRepository(m_db).insertReceived(std::move(read).value(), teamId);
    if (!stored) {
        showError(title, stored.error());
        return;
    }
    emit message(tr("Imported the target profile \"%1\" for \"%2\".").arg(stored->name, *chosen));
}

std::optional<qint64> AssessmentLibrary::importFile(const QString &path)
{
    const Result<QJsonObject> json = JsonReader::readObjectFile(path);
    if (!json) {
        showError(tr("Import Assessment"),
            tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), json.error()));
        return std::nullopt;
    }
    return importDocument(path, json.value());
}

std::optional<qint64> AssessmentLibrary::importDocument(const QString &path, const QJsonObject &json)
{
    // A participant's ratings file goes into the workshop of its assessment.
    if (RatingsJson::claimsToBeRatings(json)) {
        const Result<RatingsFile> file = RatingsJson::read(json, m_catalogue);
        const auto ratings = file ? RatingsExchange(m_db, m_catalogue).import(file.value(), KeyboardUser::current())
                                  : Result<RatingsExchange::ImportOutcome>::failure(file.error());
        if (!ratings) {
            showError(tr("Import Ratings"),
                tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), ratings.error()));
            return std::nullopt;
        }
        emit message(tr("Imported %n rating(s) of %1 into \"%2\".", nullptr, ratings->ratings)
                         .arg(ratings->participantName, ratings->assessmentTitle));
        return ratings->assessmentId;
    }
    const Result<ExchangeDocument> document = AssessmentJson::read(json, m_catalogue);
    const auto outcome = document ? AssessmentExchange(m_db, m_catalogue).import(document.value())
                                  : Result<AssessmentExchange::ImportOutcome>::failure(document.error());
    if (!outcome) {
        showError(tr("Import Assessment"),
            tr("Nothing was imported from \"%1\".\n\n%2").arg(QDir::toNativeSeparators(path), outcome.error()));
        return std::nullopt;
    }
    emit message(tr("Imported \"%1\".").arg(QFileInfo(path).fileName()));
    return outcome->assessmentId;
}

bool AssessmentLibrary::exportAssessment(qint64 assessmentId)
{
    if (assessmentId == 0) {
        MessageBox::information(m_window, tr("Export Assessment"), tr("Select an assessment to export first."));
        return false;
    }
    const Result<Assessment> header = AssessmentRepository(m_db).find(assessmentId);
    const QString path = FileDialog::saveFileName(m_window, tr("Export Assessment"),
        FileDialog::suggestedName(header ? header->title : QString(), u".sim3-assessment.json"_s),
        tr("SIM3 assessment file (*.json);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return false;
    const auto format = path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? AssessmentExchange::Format::Csv
                                                                      : AssessmentExchange::Format::Json;
    AssessmentExchange exchange(m_db, m_catalogue);
    const Status written = exchange.exportFile(assessmentId, path, format, std::nullopt, m_languages.language());
    if (!written) {
        showError(tr("Export Assessment"), written.error());
        return false;
    }
    emit message(tr("Wrote \"%1\".").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AssessmentLibrary::exportReport(qint64 assessmentId)
{
    if (assessmentId == 0) {
        MessageBox::information(m_window, tr("Export Report"), tr("Select an assessment first."));
        return false;
    }
    ExportReportDialog dialog(m_db, m_catalogue, assessmentId, m_languages.language(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit message(tr("The report was saved."));
    return true;
}

bool AssessmentLibrary::loadModelFile()
{
    const QString path = FileDialog::openFileName(
        m_window, tr("Load SIM3 Model File"), tr("SIM3 model files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const Result<Sim3Model> model = CustomModelRepository(m_db).addFile(path);
    if (!model) {
        showError(tr("Load SIM3 Model File"),
            tr("The model in \"%1\" was not loaded.\n\n%2").arg(QDir::toNativeSeparators(path), model.error()));
        return false;
    }
    MessageBox::information(m_window, tr("Load SIM3 Model File"),
        tr("Loaded \"%1\" (%2) with %3 parameters. New assessments can use it.")
            .arg(model->name().text(m_languages.language()), model->id(), QString::number(model->parameters().size())));
    return true;
}
