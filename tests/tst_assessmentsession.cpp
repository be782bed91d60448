#include "catalogue/ModelCatalogue.h"
#include "questionnaire/AssessmentSession.h"
#include "storage/AssessmentRepository.h"
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

private:
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

void tst_AssessmentSession::refuseWrites(bool refuse)
{
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(refuse ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s));
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
