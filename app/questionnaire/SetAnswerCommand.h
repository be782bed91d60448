#pragma once

#include "domain/Answer.h"

#include <QUndoCommand>

class AssessmentSession;

// One edit of one answer, undoable. Stores the whole answer before and after, so every kind of
// edit (level, N/A, comment, evidence, flags) is the same command.
class SetAnswerCommand final : public QUndoCommand
{
public:
    // `mergeField` other than 0 lets consecutive edits of the same field of the same parameter
    // (typing a comment) become one undo step.
    // `before` is the answer as shown, with the version it was read at.
    SetAnswerCommand(AssessmentSession *session, Answer before, Answer after, const QString &text, int mergeField);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QString &parameterId() const { return m_after.parameterId; }

private:
    AssessmentSession *m_session;
    Answer m_before;
    Answer m_after;
    int m_mergeField;
    bool m_firstRedo = true;
};
