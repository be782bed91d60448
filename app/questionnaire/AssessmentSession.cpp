#include "AssessmentSession.h"

#include "workshop/WorkshopSession.h"

#include "questionnaire/SetAnswerCommand.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QUndoStack>

AssessmentSession::AssessmentSession(
    Database &database, Assessment assessment, Sim3Model model, QString actor, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_assessment(std::move(assessment))
    , m_model(std::move(model))
    , m_actor(std::move(actor))
    , m_undoStack(new QUndoStack(this))
    , m_workshop(new WorkshopSession(database, m_assessment.id, m_actor, this))
{
}

void AssessmentSession::setActor(const QString &actor)
{
    m_actor = actor;
    m_workshop->setActor(actor);
}

AssessmentSession::~AssessmentSession() = default;

Answer AssessmentSession::answer(const QString &parameterId) const
{
    Answer a = m_assessment.answers.value(parameterId);
    a.parameterId = parameterId;
    return a;
}

int AssessmentSession::answeredCount(const QString &categoryId) const
{
    int count = 0;
    for (const Parameter &p : m_model.parameters()) {
        if (categoryId.isEmpty() || p.categoryId == categoryId)
            count += answer(p.id).isConfirmed();
    }
    return count;
}

int AssessmentSession::toConfirmCount(const QString &categoryId) const
{
    int count = 0;
    for (const Parameter &p : m_model.parameters()) {
        if (categoryId.isEmpty() || p.categoryId == categoryId)
            count += answer(p.id).awaitsConfirmation();
    }
    return count;
}

bool AssessmentSession::change(const Answer &after, const QString &text, Merge merge, int mergeField)
{
    const Answer before = answer(after.parameterId);
    if (before.sameContent(after))
        return false;
    if (m_assessment.status == Assessment::Status::Final) {
        emit errorOccurred(tr("\"%1\" is final and cannot be changed. Reopen it as a draft first (Assessment > Reopen "
                              "as Draft); reopening is recorded.")
                               .arg(m_assessment.title));
        return false;
    }
    if (const Status ok = after.check(); !ok) {
        emit errorOccurred(ok.error());
        return false;
    }
    m_undoStack->push(
        new SetAnswerCommand(this, before, after, text, merge == Merge::WithPreviousEdit ? mergeField : 0));
    return answer(after.parameterId).sameContent(after);
}

bool AssessmentSession::apply(const Answer &answer)
{
    Answer stored;
    const Status saved = AssessmentRepository(m_db).saveAnswer(m_assessment.id, answer, m_actor, &stored);
    if (!saved) {
        emit errorOccurred(saved.error());
        return false;
    }
    m_assessment.answers.insert(stored.parameterId, stored);
    emit answerChanged(stored.parameterId);
    return true;
}

void AssessmentSession::setHeader(const Assessment &header)
{
    const auto answers = m_assessment.answers;
    m_assessment = header;
    m_assessment.answers = answers;
    emit headerChanged();
}
