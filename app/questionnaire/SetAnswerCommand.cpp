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

// A command whose save failed is obsolete: QUndoStack then drops it instead of moving its index,
// so the stack always holds exactly the changes the database holds. The session has already
// told the user why.
void SetAnswerCommand::redo()
{
    if (!m_session->apply(m_after, m_before)) {
        setObsolete(true);
        return;
    }
    // The first redo is the user's own edit on the screen they are looking at.
    if (!m_firstRedo)
        emit m_session->focusRequested(m_after.parameterId);
    m_firstRedo = false;
}

void SetAnswerCommand::undo()
{
    // When the earlier answer cannot be written back, the change stays in the database and so
    // can no longer be undone: the command leaves the stack.
    if (!m_session->apply(m_before, m_after)) {
        setObsolete(true);
        return;
    }
    emit m_session->focusRequested(m_before.parameterId);
}

int SetAnswerCommand::id() const
{
    return m_mergeField != 0 ? CommandId : -1;
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnswerCommand *>(other);
    // A command that was not saved is never merged: its value is not in the database.
    if (isObsolete() || next->isObsolete())
        return false;
    if (next->m_mergeField != m_mergeField || next->parameterId() != parameterId())
        return false;
    m_after = next->m_after;
    return true;
}
