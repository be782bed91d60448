#include "OpenAssessment.h"

#include "dashboard/DashboardPage.h"
#include "profiles/ProfileEditorDialog.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "workshop/ParticipantsDialog.h"
#include "workshop/WorkshopSession.h"

#include <QStackedWidget>
#include <QUndoGroup>
#include <QUndoStack>

OpenAssessment::OpenAssessment(Database &database, const ModelCatalogue &catalogue, QStackedWidget *pages,
    QUndoGroup *undoGroup, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(database)
    , m_catalogue(catalogue)
    , m_pages(pages)
    , m_undoGroup(undoGroup)
    , m_dialogParent(dialogParent)
{
}

bool OpenAssessment::isAnswering() const
{
    return m_questionnaire && m_pages->currentWidget() == m_questionnaire;
}

void OpenAssessment::open(const Assessment &assessment, const Sim3Model &model, const QString &actor,
    const QString &language, const AnswerActions &actions, const QString &parameterId)
{
    close();
    m_language = language;
    m_session = new AssessmentSession(m_db, assessment, model, actor, this);
    connect(m_session, &AssessmentSession::errorOccurred, this, &OpenAssessment::saveFailed);
    connect(m_session->workshop(), &WorkshopSession::errorOccurred, this, &OpenAssessment::workshopFailed);
    static_cast<void>(m_session->workshop()->reload()); // a failure is reported through workshopFailed
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_questionnaire = new QuestionnairePage(m_session, m_pages);
    // The page binds the answer and navigation actions for as long as it lives.
    m_questionnaire->bindActions(actions);
    m_questionnaire->setLanguage(language);
    m_pages->addWidget(m_questionnaire);
    m_pages->setCurrentWidget(m_questionnaire);
    if (!parameterId.isEmpty() && model.hasParameter(parameterId))
        m_questionnaire->showParameter(parameterId);
    m_questionnaire->setFocusToList();
}

void OpenAssessment::close()
{
    if (m_dashboard) {
        m_pages->removeWidget(m_dashboard);
        m_dashboard->deleteLater();
        m_dashboard = nullptr;
    }
    if (m_questionnaire) {
        m_questionnaire->detailPane()->flushPendingEdits();
        m_pages->removeWidget(m_questionnaire);
        m_questionnaire->deleteLater();
    }
    if (m_session) {
        m_undoGroup->removeStack(m_session->undoStack());
        m_session->deleteLater();
    }
    m_questionnaire = nullptr;
    m_session = nullptr;
}

void OpenAssessment::showDashboard(bool on)
{
    if (!m_session)
        return;
    if (!on) {
        m_pages->setCurrentWidget(m_questionnaire);
        m_questionnaire->setFocusToList();
        return;
    }
    flushPendingEdits();
    if (!m_dashboard) {
        m_dashboard = new DashboardPage(m_db, m_catalogue, m_session, m_pages);
        m_dashboard->setLanguage(m_language);
        connect(m_dashboard, &DashboardPage::editProfilesRequested, this, &OpenAssessment::editProfiles);
        connect(m_dashboard, &DashboardPage::parameterActivated, this, &OpenAssessment::parameterRequested);
        m_pages->addWidget(m_dashboard);
    }
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->setFocus();
}

void OpenAssessment::editProfiles()
{
    if (!m_session)
        return;
    flushPendingEdits();
    ProfileEditorDialog dialog(
        m_db, m_catalogue, m_session->model(), m_session->assessment(), m_language, m_dialogParent);
    dialog.exec();
    if (m_dashboard)
        m_dashboard->reload();
}

void OpenAssessment::editParticipants()
{
    if (!m_session)
        return;
    flushPendingEdits();
    ParticipantsDialog dialog(m_session->workshop(), m_dialogParent);
    dialog.exec();
}

void OpenAssessment::flushPendingEdits()
{
    if (m_questionnaire)
        m_questionnaire->detailPane()->flushPendingEdits();
}

void OpenAssessment::setLanguage(const QString &language)
{
    m_language = language;
    if (m_questionnaire)
        m_questionnaire->setLanguage(language);
    if (m_dashboard)
        m_dashboard->setLanguage(language);
}
