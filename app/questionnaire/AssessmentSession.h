#pragma once

#include "catalogue/Sim3Model.h"
#include "domain/Assessment.h"

#include <QObject>

#include <functional>

class Database;
class QUndoStack;
class WorkshopSession;

// The assessment being answered: its answers in memory, kept equal to the database. Every edit
// goes through change(), which pushes an undoable command; undo and redo save as well, so what
// the screen shows is always what is stored.
class AssessmentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentSession)

public:
    // `database` must outlive the session; `model` is the assessment's SIM3 model.
    AssessmentSession(
        Database &database, Assessment assessment, Sim3Model model, QString actor, QObject *parent = nullptr);
    ~AssessmentSession() override;

    const Assessment &assessment() const { return m_assessment; }
    const Sim3Model &model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The participants and their ratings; its reload() and its errors are the caller's.
    WorkshopSession *workshop() const { return m_workshop; }
    Database &database() const { return m_db; }
    const QString &actor() const { return m_actor; }
    // The name written into the changes made from now on.
    void setActor(const QString &actor);

    // The stored answer, or an empty one (unanswered) for the parameter.
    Answer answer(const QString &parameterId) const;
    // Answered and confirmed, in all categories or in one.
    int answeredCount(const QString &categoryId = QString()) const;
    // Carried over and not confirmed yet: counted apart, never as answered.
    int toConfirmCount(const QString &categoryId = QString()) const;

    enum class Merge { Never, WithPreviousEdit };
    // Records `after` as the new answer with an undoable command named `text`. Consecutive edits
    // of the same text field can merge into one undo step. Returns whether the answer changed
    // (false when it was the same, broke a rule, or could not be saved).
    bool change(const Answer &after, const QString &text, Merge merge = Merge::Never, int mergeField = 0);

    // Writes `answer` where `expected` is stored (what its command last wrote or read), and
    // updates memory; used by the undo commands. When someone else changed it meanwhile: if
    // they changed other parts, both changes are kept; otherwise the conflict resolver chooses
    // to keep this answer (written over theirs, knowingly) or take theirs (shown, this edit
    // dropped). Either way `answer` and `expected` become what was written and what it replaced,
    // so undo gives back the other person's answer. On failure nothing changes in memory and
    // errorOccurred() tells why.
    bool apply(Answer &answer, Answer &expected);

    enum class ConflictChoice { KeepMine, TakeTheirs };
    // Asked on a conflict with this person's answer and the other person's (who, when). Without
    // one, theirs is taken and errorOccurred() says so.
    using ConflictResolver = std::function<ConflictChoice(const Answer &mine, const Answer &theirs)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

    // Reads the assessment again after another program or computer changed it: changed answers
    // (and the header, and the workshop) are shown; an answer being typed is not touched until
    // its editor saves. False, with errorOccurred(), when it could not be read.
    bool refreshFromDatabase();

    void setHeader(const Assessment &header);

    // The database server cannot be reached: everything shows as it was last read and nothing
    // may be changed until it is back. headerChanged() tells the views.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

signals:
    void answerChanged(const QString &parameterId);
    void headerChanged();
    void errorOccurred(const QString &message);
    // An undo or redo touched this parameter; the view shows it.
    void focusRequested(const QString &parameterId);

private:
    Database &m_db;
    Assessment m_assessment;
    Sim3Model m_model;
    QString m_actor;
    QUndoStack *m_undoStack = nullptr;
    WorkshopSession *m_workshop = nullptr;
    ConflictResolver m_resolver;
    bool m_lastApplied = false; // whether the last apply() saved
    bool m_offline = false;
};
