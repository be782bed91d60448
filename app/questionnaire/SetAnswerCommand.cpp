#include "SetAnswerCommand.h"

#include "questionnaire/AssessmentSession.h"

namespace {
constexpr int CommandId = 0x5133;
}

SetAnswerCommand::SetAnswerCommand(
    AssessmentSession *session, Answer before, Answer after, const QString &text, int mergeField)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeField(mergeField)
{
}

void SetAnswerCommand::redo()
{
    if (!m_session->apply(m_after))
        setObsolete(true);
    // The first redo is the user's own edit on the screen they are looking at.
    if (!m_firstRedo)
        emit m_session->focusRequested(m_after.parameterId);
    m_firstRedo = false;
}

void SetAnswerCommand::undo()
{
    m_session->apply(m_before);
    emit m_session->focusRequested(m_before.parameterId);
}

int SetAnswerCommand::id() const
{
    return m_mergeField != 0 ? CommandId : -1;
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnswerCommand *>(other);
    if (next->m_mergeField != m_mergeField || next->parameterId() != parameterId())
        return false;
    m_after = next->m_after;
    return true;
}
