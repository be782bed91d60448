#include "catalogue/ModelCatalogue.h"
#include "questionnaire/AssessmentSession.h"
#include "storage/AnswerLog.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/TeamRepository.h"

#include "TempDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

// The answers in memory, the database and the undo stack stay in step, also when the database
// refuses a write.
class tst_AssessmentSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedChangeLeavesNoCommand();
    void failedEditIsNeverMerged();
    void failedUndoKeepsTheDatabaseAndTheStackInStep();
    void failedRedoDropsTheCommand();
    void anotherCopysChangeOfAnotherPartIsKept();
    void sameChangeByAnotherCopyAsksAndCanTakeTheirs();
    void keepMineWritesOverTheirsAndUndoGivesTheirsBack();
    void refreshShowsAnotherCopysChanges();

private:
    // A second copy of the program on the same file, with its own connection, as a person
    // would start it: it read the assessment before this one changed anything.
    struct OtherCopy
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<AssessmentSession> session;
    };
    OtherCopy otherCopy(const QString &actor);
    QList<AnswerChange> logOf(const QString &parameterId);
    void refuseWrites(bool refuse);
    std::optional<int> storedLevel(const QString &parameterId);
    Answer withLevel(const QString &parameterId, int level) const;
    Answer withComment(const QString &parameterId, const QString &comment) const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<AssessmentSession> m_session;
    qint64 m_assessmentId = 0;
};

void tst_AssessmentSession::init()
{
    m_t = std::make_unique<TempDatabase>();
    const qint64 team = TeamRepository(m_t->db()).create(u"Team"_s)->id;
    const Assessment created
        = AssessmentRepository(m_t->db()).create(team, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s).value();
    m_assessmentId = created.id;
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const Sim3Model *model = catalogue.find(u"sim3-v2i"_s);
    QVERIFY(model);
    m_session = std::make_unique<AssessmentSession>(m_t->db(), created, *model, u"Aiko Tanaka"_s);
}

void tst_AssessmentSession::cleanup()
{
    m_session.reset();
    m_t.reset();
}

tst_AssessmentSession::OtherCopy tst_AssessmentSession::otherCopy(const QString &actor)
{
    OtherCopy copy;
    auto opened = Database::open(m_t->path());
    if (!opened)
        return copy;
    copy.db = std::move(opened.value());
    const Assessment read = AssessmentRepository(*copy.db).load(m_assessmentId).value();
    copy.session = std::make_unique<AssessmentSession>(*copy.db, read, m_session->model(), actor);
    return copy;
}

QList<AnswerChange> tst_AssessmentSession::logOf(const QString &parameterId)
{
    return AnswerLog(m_t->db()).history(m_assessmentId, parameterId).value();
}

void tst_AssessmentSession::anotherCopysChangeOfAnotherPartIsKept()
{
    OtherCopy ben = otherCopy(u"Ben Ito"_s);
    QVERIFY(ben.session);
    ben.session->setConflictResolver([](const Answer &, const Answer &) {
        [] { QFAIL("different parts changed: nobody needs to be asked"); }();
        return AssessmentSession::ConflictChoice::TakeTheirs;
    });
    // Aiko sets the level; Ben, who still sees none, writes a comment.
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 2), u"level"_s));
    Answer commented = ben.session->answer(u"O-1"_s);
    commented.comment = u"Signed by the CISO in March."_s;
    QVERIFY(ben.session->change(commented, u"comment"_s));
    // Both are kept, and Ben sees Aiko's level now.
    const Answer stored = AssessmentRepository(m_t->db()).load(m_assessmentId).value().answers.value(u"O-1"_s);
    QCOMPARE(stored.level, std::optional<int>(2));
    QCOMPARE(stored.comment, u"Signed by the CISO in March."_s);
    QCOMPARE(ben.session->answer(u"O-1"_s).level, std::optional<int>(2));
    // The log holds exactly the two changes that happened, each under its author.
    const QList<AnswerChange> log = logOf(u"O-1"_s);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).field, AnswerField::Level);
    QCOMPARE(log.at(0).changedBy, u"Aiko Tanaka"_s);
    QCOMPARE(log.at(1).field, AnswerField::Comment);
    QCOMPARE(log.at(1).changedBy, u"Ben Ito"_s);
    // Ben's undo takes back his comment only; Aiko's level stays.
    ben.session->undoStack()->undo();
    const Answer after = AssessmentRepository(m_t->db()).load(m_assessmentId).value().answers.value(u"O-1"_s);
    QCOMPARE(after.level, std::optional<int>(2));
    QVERIFY(after.comment.isEmpty());
}

void tst_AssessmentSession::sameChangeByAnotherCopyAsksAndCanTakeTheirs()
{
    OtherCopy ben = otherCopy(u"Ben Ito"_s);
    QVERIFY(ben.session);
    Answer seenMine;
    Answer seenTheirs;
    ben.session->setConflictResolver([&](const Answer &mine, const Answer &theirs) {
        seenMine = mine;
        seenTheirs = theirs;
        return AssessmentSession::ConflictChoice::TakeTheirs;
    });
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 2), u"level"_s));
    Answer three = ben.session->answer(u"O-1"_s);
    three.level = 3;
    QVERIFY(!ben.session->change(three, u"level"_s));
    // Both values were offered, with who made the other one.
    QCOMPARE(seenMine.level, std::optional<int>(3));
    QCOMPARE(seenTheirs.level, std::optional<int>(2));
    QCOMPARE(seenTheirs.changedBy, u"Aiko Tanaka"_s);
    QVERIFY(seenTheirs.changedAt.isValid());
    // Theirs stays, Ben sees it, and his dropped edit is not on his undo stack.
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(2));
    QCOMPARE(ben.session->answer(u"O-1"_s).level, std::optional<int>(2));
    QCOMPARE(ben.session->undoStack()->count(), 0);
    QCOMPARE(logOf(u"O-1"_s).size(), 1); // nothing recorded that did not happen
}

void tst_AssessmentSession::keepMineWritesOverTheirsAndUndoGivesTheirsBack()
{
    OtherCopy ben = otherCopy(u"Ben Ito"_s);
    QVERIFY(ben.session);
    int asked = 0;
    ben.session->setConflictResolver([&](const Answer &, const Answer &) {
        ++asked;
        return AssessmentSession::ConflictChoice::KeepMine;
    });
    // Aiko sets the level and writes a comment; Ben, who saw neither, sets another level.
    Answer aikos = withLevel(u"O-1"_s, 2);
    aikos.comment = u"Checked in the audit."_s;
    QVERIFY(m_session->change(aikos, u"level"_s));
    Answer three = ben.session->answer(u"O-1"_s);
    three.level = 3;
    QVERIFY(ben.session->change(three, u"level"_s));
    QCOMPARE(asked, 1);
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(3));
    // Keeping his level does not take away her comment, which he never touched.
    QCOMPARE(AssessmentRepository(m_t->db()).load(m_assessmentId)->answers.value(u"O-1"_s).comment,
        u"Checked in the audit."_s);
    // The log shows Aiko's 2 and then Ben's change from 2 to 3: what really happened.
    const QList<AnswerChange> log = logOf(u"O-1"_s);
    QCOMPARE(log.size(), 3); // her level and comment, his level
    QCOMPARE(log.last().field, AnswerField::Level);
    QCOMPARE(log.last().oldValue, u"2"_s);
    QCOMPARE(log.last().newValue, u"3"_s);
    QCOMPARE(log.last().changedBy, u"Ben Ito"_s);
    // Ben's undo gives Aiko's answer back, not the empty one he first saw.
    ben.session->undoStack()->undo();
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(2));
}

void tst_AssessmentSession::refreshShowsAnotherCopysChanges()
{
    OtherCopy ben = otherCopy(u"Ben Ito"_s);
    QVERIFY(ben.session);
    const qint64 before = ben.db->dataVersion().value();
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 4), u"level"_s));
    // Ben's connection notices a change by another (a server's notice comes through the event
    // loop); Aiko's own does not count her own writes.
    QTRY_VERIFY_WITH_TIMEOUT(ben.db->dataVersion().value() != before, 10000);
    const qint64 mine = m_t->db().dataVersion().value();
    QVERIFY(m_session->change(withLevel(u"O-2"_s, 1), u"level"_s));
    QTest::qWait(200); // time for a notice that must not come
    QCOMPARE(m_t->db().dataVersion().value(), mine);

    QSignalSpy changed(ben.session.get(), &AssessmentSession::answerChanged);
    QVERIFY(ben.session->refreshFromDatabase());
    QCOMPARE(ben.session->answer(u"O-1"_s).level, std::optional<int>(4));
    QCOMPARE(ben.session->answer(u"O-2"_s).level, std::optional<int>(1));
    QCOMPARE(changed.size(), 2); // only the two answers that changed
}

void tst_AssessmentSession::refuseWrites(bool refuse)
{
    QVERIFY(TempDatabase::refuseWrites(m_t->db(), refuse));
}

std::optional<int> tst_AssessmentSession::storedLevel(const QString &parameterId)
{
    return AssessmentRepository(m_t->db()).load(m_assessmentId).value().answers.value(parameterId).level;
}

Answer tst_AssessmentSession::withLevel(const QString &parameterId, int level) const
{
    Answer a = m_session->answer(parameterId);
    a.level = level;
    return a;
}

Answer tst_AssessmentSession::withComment(const QString &parameterId, const QString &comment) const
{
    Answer a = m_session->answer(parameterId);
    a.comment = comment;
    return a;
}

void tst_AssessmentSession::failedChangeLeavesNoCommand()
{
    QSignalSpy errors(m_session.get(), &AssessmentSession::errorOccurred);
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 2), u"two"_s));
    refuseWrites(true);
    QVERIFY(!m_session->change(withLevel(u"O-1"_s, 3), u"three"_s));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"readonly"_s, Qt::CaseInsensitive)
            || errors.first().first().toString().contains(u"read-only"_s, Qt::CaseInsensitive),
        qPrintable(errors.first().first().toString()));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"two"_s);
    QCOMPARE(m_session->answer(u"O-1"_s).level, std::optional<int>(2));
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(2));
}

void tst_AssessmentSession::failedEditIsNeverMerged()
{
    using Merge = AssessmentSession::Merge;
    QVERIFY(m_session->change(withComment(u"O-1"_s, u"a"_s), u"comment"_s, Merge::WithPreviousEdit, 1));
    refuseWrites(true);
    QVERIFY(!m_session->change(withComment(u"O-1"_s, u"ab"_s), u"comment"_s, Merge::WithPreviousEdit, 1));
    refuseWrites(false);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->answer(u"O-1"_s).comment, u"a"_s);
    // Undo and redo write exactly what was saved: the refused "ab" never reaches the database.
    m_session->undoStack()->undo();
    m_session->undoStack()->redo();
    QCOMPARE(AssessmentRepository(m_t->db()).load(m_assessmentId)->answers.value(u"O-1"_s).comment, u"a"_s);
    QCOMPARE(m_session->answer(u"O-1"_s).comment, u"a"_s);
}

void tst_AssessmentSession::failedUndoKeepsTheDatabaseAndTheStackInStep()
{
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 1), u"one"_s));
    QVERIFY(m_session->change(withLevel(u"O-2"_s, 3), u"three"_s));
    refuseWrites(true);
    QSignalSpy errors(m_session.get(), &AssessmentSession::errorOccurred);
    m_session->undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    // The database still holds O-2 = 3, and so do memory and the stack: the change that could
    // not be undone is no longer offered for undo, and nothing is offered for redo.
    QCOMPARE(storedLevel(u"O-2"_s), std::optional<int>(3));
    QCOMPARE(m_session->answer(u"O-2"_s).level, std::optional<int>(3));
    QCOMPARE(m_session->undoStack()->undoText(), u"one"_s);
    QVERIFY(!m_session->undoStack()->canRedo());
    refuseWrites(false);
    m_session->undoStack()->undo();
    QCOMPARE(storedLevel(u"O-1"_s), std::nullopt);
    QCOMPARE(storedLevel(u"O-2"_s), std::optional<int>(3));
    m_session->undoStack()->redo();
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(1));
    QCOMPARE(m_session->answer(u"O-1"_s).level, std::optional<int>(1));
}

void tst_AssessmentSession::failedRedoDropsTheCommand()
{
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 1), u"one"_s));
    QVERIFY(m_session->change(withLevel(u"O-1"_s, 4), u"four"_s));
    m_session->undoStack()->undo();
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(1));
    refuseWrites(true);
    m_session->undoStack()->redo();
    QCOMPARE(storedLevel(u"O-1"_s), std::optional<int>(1));
    QCOMPARE(m_session->answer(u"O-1"_s).level, std::optional<int>(1));
    QVERIFY(!m_session->undoStack()->canRedo());
    QCOMPARE(m_session->undoStack()->undoText(), u"one"_s);
}

QTEST_MAIN(tst_AssessmentSession)
#include "tst_assessmentsession.moc"
