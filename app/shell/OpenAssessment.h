#pragma once

#include "domain/Rating.h"

#include <QObject>
#include <QPointer>

class AssessmentSession;
class DashboardPage;
class Database;
class ModelCatalogue;
class QStackedWidget;
class QUndoGroup;
class QuestionnairePage;
class QWidget;
class Sim3Model;
struct Assessment;
struct AnswerActions;

// The assessment open in the window: its session (answers, undo stack, saving), its
// questionnaire page and, once asked for, its dashboard, all in the window's page stack.
// Opening another one, or closing, saves pending edits and removes the pages.
class OpenAssessment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAssessment)

public:
    // Everything given must outlive this object; `dialogParent` owns the dialogs it shows.
    OpenAssessment(Database &database, const ModelCatalogue &catalogue, QStackedWidget *pages, QUndoGroup *undoGroup,
        QWidget *dialogParent);

    AssessmentSession *session() const { return m_session; }
    QuestionnairePage *questionnaire() const { return m_questionnaire; }
    DashboardPage *dashboard() const { return m_dashboard; }
    bool isOpen() const { return m_session != nullptr; }
    bool isAnswering() const;

    // Opens `assessment` (read by the caller) in `model`, shows its questionnaire at
    // `parameterId` (or the first parameter), with the answer actions bound to the page.
    void open(const Assessment &assessment, const Sim3Model &model, const QString &actor, const QString &language,
        const AnswerActions &actions, const QString &parameterId);
    void close();
    // Shows the dashboard (made on first use) or the questionnaire again.
    void showDashboard(bool on);
    // The target profile editor for the open assessment's team; the dashboard follows it.
    void editProfiles();
    // Who takes part in the workshop of the open assessment.
    void editParticipants();
    // "My ratings": asks which participant is at this computer and lets them rate alone; off,
    // back to the room. Returns whether rating alone is on.
    bool setRatingAlone(bool on);
    // Writes the sim3-ratings file of the participant rating alone, to send to the facilitator.
    bool exportMyRatings();
    // Shows what another copy or computer changed: answers, header, workshop, dashboard.
    void refreshFromDatabase();
    // Saves what is being typed (comment, evidence) before an action reads the assessment.
    void flushPendingEdits();
    void setLanguage(const QString &language);

Q_SIGNALS:
    // Saving failed; the message says what and what to do.
    void saveFailed(const QString &message);
    // Reading or saving the workshop (participants, ratings) failed.
    void workshopFailed(const QString &message);
    // Something was done that the status bar should say.
    void message(const QString &text);
    // The dashboard asked for a parameter: the questionnaire shows it.
    void parameterRequested(const QString &parameterId);

private:
    // Someone else entered ratings for the same participants meanwhile: write ours over theirs?
    bool askAboutRatingConflict(const QString &parameterId, const QList<Rating> &theirs);

    Database &m_db;
    const ModelCatalogue &m_catalogue;
    QStackedWidget *m_pages;
    QUndoGroup *m_undoGroup;
    QWidget *m_dialogParent;
    QPointer<AssessmentSession> m_session;
    QPointer<QuestionnairePage> m_questionnaire;
    QPointer<DashboardPage> m_dashboard;
    QString m_language;
};
