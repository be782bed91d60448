#include "AssessmentSession.h"

#include "workshop/WorkshopSession.h"

#include "domain/AnswerMerge.h"
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
    m_lastApplied = false;
    m_undoStack->push(
        new SetAnswerCommand(this, before, after, text, merge == Merge::WithPreviousEdit ? mergeField : 0));
    return m_lastApplied; // saved, perhaps together with someone else's change of another part
}

bool AssessmentSession::apply(Answer &answer, Answer &expected)
{
    AssessmentRepository repo(m_db);
    // What this window last read. When a refresh has already brought in someone else's change,
    // the answer no longer is what the command expects: a conflict found here, not in the database.
    const Answer shown = this->answer(answer.parameterId);
    std::optional<Answer> theirs;
    if (!shown.sameContent(expected))
        theirs = shown;
    qint64 version = shown.version;
    // A conflict can repeat if the other person saves again while it is resolved.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!theirs) {
            const Result<AssessmentRepository::AnswerSave> saved
                = repo.saveAnswerAt(m_assessment.id, answer, version, m_actor);
            if (!saved) {
                emit errorOccurred(saved.error());
                return false;
            }
            if (!saved->conflict) {
                m_assessment.answers.insert(saved->answer.parameterId, saved->answer);
                emit answerChanged(saved->answer.parameterId);
                m_lastApplied = true;
                return true;
            }
            theirs = saved->answer;
        }
        // Someone else changed it since it was read: their answer is shown either way.
        const Answer stored = *theirs;
        theirs.reset();
        m_assessment.answers.insert(stored.parameterId, stored);
        emit answerChanged(stored.parameterId);
        version = stored.version;
        // Different parts changed (my level, their comment): both, without asking. From now
        // on the command is "their answer -> both", so undo gives back theirs, not the old one.
        if (const std::optional<Answer> merged = AnswerMerge::threeWay(expected, answer, stored)) {
            answer = *merged;
            expected = stored;
            continue;
        }
        if (!m_resolver) {
            emit errorOccurred(
                tr("%1 was changed by %2 meanwhile; their answer is kept and yours was not saved.")
                    .arg(stored.parameterId, stored.changedBy.isEmpty() ? tr("someone else") : stored.changedBy));
            return false;
        }
        // Keeping mine keeps every part I changed; what only they changed stays theirs.
        const Answer mine = AnswerMerge::preferMine(expected, answer, stored);
        if (m_resolver(mine, stored) == ConflictChoice::TakeTheirs)
            return false;
        answer = mine;
        expected = stored; // written over theirs knowingly; the change log keeps both
    }
    emit errorOccurred(tr("%1 keeps being changed by someone else; your answer was not saved. Try again in a moment.")
                           .arg(answer.parameterId));
    return false;
}

bool AssessmentSession::refreshFromDatabase()
{
    AssessmentRepository repo(m_db);
    const Result<Assessment> read = repo.load(m_assessment.id);
    if (!read) {
        emit errorOccurred(read.error());
        return false;
    }
    const Assessment &now = read.value();
    QStringList changed;
    for (const Parameter &p : m_model.parameters()) {
        if (now.answers.value(p.id).version != m_assessment.answers.value(p.id).version)
            changed.append(p.id);
    }
    const bool header = now.title != m_assessment.title || now.status != m_assessment.status
        || now.date != m_assessment.date || now.assessors != m_assessment.assessors;
    m_assessment.answers = now.answers;
    for (const QString &id : std::as_const(changed))
        emit answerChanged(id);
    if (header)
        setHeader(now);
    return m_workshop->reload();
}

void AssessmentSession::setHeader(const Assessment &header)
{
    const auto answers = m_assessment.answers;
    m_assessment = header;
    m_assessment.answers = answers;
    emit headerChanged();
}

void AssessmentSession::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit headerChanged();
}
