#pragma once

#include "core/Result.h"
#include "domain/Assessment.h"
#include "domain/Participant.h"

#include <QObject>

#include <optional>

class Database;
class QJsonObject;
class LanguageManager;
class ModelCatalogue;
class QWidget;

// The document work of the window, as KeePassXC's DatabaseTabWidget holds it beside a thin main
// window: creating, renaming, finalising and deleting teams and assessments, import, export and
// custom models. Each operation asks what it must (through the dialog seams), writes, and says
// what went wrong; the window decides what to show next.
class AssessmentLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentLibrary)

public:
    // All must outlive the library; dialogs open over `window`.
    AssessmentLibrary(Database &database, const ModelCatalogue &catalogue, LanguageManager &languages, QWidget *window);

    // The id of the new team, or none when cancelled or refused.
    std::optional<qint64> createTeam();
    // A new assessment of the team (empty or carried over from an earlier one); none when
    // cancelled or refused.
    std::optional<Assessment> createAssessment(qint64 teamId, const QString &actor);
    bool renameTeam(qint64 teamId);
    // Asks, then emits aboutToRemove() and deletes the team with everything it has.
    bool deleteTeam(qint64 teamId);
    bool renameAssessment(qint64 assessmentId);
    // Marks final or reopens, after asking; the new status, or none.
    std::optional<Assessment::Status> toggleFinal(qint64 assessmentId, const QString &actor);
    bool deleteAssessment(qint64 assessmentId);
    // The id of the newest demo assessment.
    std::optional<qint64> loadDemoData();
    // The id of the imported assessment.
    std::optional<qint64> importAssessment();
    // `path` (opened from a file manager), after asking: a sim3-assessment or sim3-ratings file,
    // whose assessment's id is returned; or a target profile, imported for the team chosen.
    std::optional<qint64> importFileAfterAsking(const QString &path);
    bool exportAssessment(qint64 assessmentId);
    bool exportReport(qint64 assessmentId);
    bool loadModelFile();

signals:
    // Something is about to be deleted: the window closes what shows it.
    void aboutToRemove();
    // A short note for the status bar.
    void message(const QString &text);

private:
    // Each file is read once; what it holds decides where it goes.
    std::optional<qint64> importFile(const QString &path);
    std::optional<qint64> importDocument(const QString &path, const QJsonObject &json);
    void importProfile(const QString &path, const QJsonObject &json);
    void showError(const QString &title, const QString &message);
    // Makes `wanted` the new assessment's workshop participants (none: no workshop).
    Status applyParticipants(qint64 assessmentId, QList<Participant> wanted);

    Database &m_db;
    const ModelCatalogue &m_catalogue;
    LanguageManager &m_languages;
    QWidget *m_window;
};
