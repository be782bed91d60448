#include "OpenAssessment.h"

#include "dashboard/DashboardPage.h"
#include "profiles/ProfileEditorDialog.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ConflictDialog.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "workshop/ParticipantsDialog.h"
#include "workshop/WorkshopSession.h"

#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "domain/LevelText.h"
#include "exchange/RatingsExchange.h"
#include "i18n/DateText.h"
#include "identity/KeyboardUser.h"

#include <QDir>
#include <QStackedWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

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
    // Someone else changed the same part meanwhile: the person chooses, seeing both.
    m_session->setConflictResolver([this](const Answer &mine, const Answer &theirs) {
        const Parameter *p = m_session->model().parameter(mine.parameterId);
        ConflictDialog dialog(
            p ? u"%1 %2"_s.arg(p->id, p->name.text(m_language)) : mine.parameterId, mine, theirs, m_dialogParent);
        dialog.exec();
        return dialog.keepMine() ? AssessmentSession::ConflictChoice::KeepMine
                                 : AssessmentSession::ConflictChoice::TakeTheirs;
    });
    m_session->workshop()->setConflictResolver(
        [this](const QString &rated, const QList<Rating> &theirs) { return askAboutRatingConflict(rated, theirs); });
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
        m_dashboard = new DashboardPage(m_db, m_catalogue, m_session, m_language, m_pages);
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

bool OpenAssessment::setRatingAlone(bool on)
{
    if (!m_session)
        return false;
    flushPendingEdits();
    WorkshopSession *workshop = m_session->workshop();
    if (!on) {
        static_cast<void>(workshop->rateAs(QString()));
        emit message(tr("Back to the room: the level keys set the team's level again."));
        return false;
    }
    const QList<Participant> &people = workshop->participants();
    if (people.isEmpty())
        return false;
    // The one whose name is the keyboard's user comes first to hand.
    QStringList names;
    int current = 0;
    for (const Participant &p : people) {
        if (p.name.compare(KeyboardUser::current(), Qt::CaseInsensitive) == 0)
            current = static_cast<int>(names.size());
        names.append(p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role));
    }
    const std::optional<QString> chosen = InputDialog::getItem(m_dialogParent, tr("My Ratings"),
        tr("Who are you? You rate alone, before the workshop: the level keys set your own rating, and the team's "
           "answers stay as they are. When you are done, File > Export My Ratings… writes the file to send to the "
           "facilitator."),
        names, current);
    const qsizetype index = chosen ? names.indexOf(*chosen) : -1;
    if (index < 0 || !workshop->rateAs(people.at(index).uuid))
        return workshop->isRatingAlone();
    emit message(tr("Rating alone as %1.").arg(people.at(index).name));
    return true;
}

bool OpenAssessment::exportMyRatings()
{
    if (!m_session || !m_session->workshop()->me())
        return false;
    flushPendingEdits();
    const QString name = m_session->workshop()->me()->name;
    // The participant's own name in the file name.
    const QString path = FileDialog::saveFileName(m_dialogParent, tr("Export My Ratings"),
        FileDialog::suggestedName(name, u".sim3-ratings.json"_s), tr("SIM3 ratings file (*.json)"));
    if (path.isEmpty())
        return false;
    const Status written
        = RatingsExchange(m_db, m_catalogue).exportFile(m_session->assessment().id, name, path, m_language);
    if (!written) {
        MessageBox::warning(m_dialogParent, tr("Export My Ratings"), written.error());
        return false;
    }
    emit message(tr("Wrote \"%1\": send it to the facilitator.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool OpenAssessment::askAboutRatingConflict(const QString &parameterId, const QList<Rating> &theirs)
{
    const WorkshopSession *workshop = m_session->workshop();
    const bool revealed = workshop->ratings(parameterId).revealed;
    QStringList lines;
    for (const Rating &r : theirs) {
        QString name = r.participantUuid;
        for (const Participant &p : workshop->participants()) {
            if (p.uuid == r.participantUuid)
                name = p.name;
        }
        const QString who = r.enteredBy.isEmpty() ? tr("someone whose name was not recorded") : r.enteredBy;
        // What they entered only once the room may see it.
        lines.append(revealed
                ? tr("%1: %2, entered by %3 (%4)").arg(name, LevelText::of(r), who, DateText::dateTime(r.enteredAt))
                : tr("%1: entered by %2 (%3)").arg(name, who, DateText::dateTime(r.enteredAt)));
    }
    return MessageBox::question(m_dialogParent, tr("Changed by Someone Else"),
               tr("While you were typing, someone else entered ratings of %1 for:\n%2\n\nWrite yours over theirs? "
                  "(No keeps theirs; the other ratings you typed are saved either way.)")
                   .arg(parameterId, lines.join(u'\n')),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void OpenAssessment::refreshFromDatabase()
{
    if (!m_session)
        return;
    // What is being typed stays: its editor saves it later, against what is now stored.
    if (!m_session->refreshFromDatabase())
        return; // reported through saveFailed
    if (m_dashboard)
        m_dashboard->reload();
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
