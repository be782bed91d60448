#include "demo/DemoData.h"
#include "storage/AnswerLog.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/TeamRepository.h"

#include "TempDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <array>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class tst_AssessmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndList();
    void teamWithLevelsReadsWhatLoadReads();
    void teamWithLevelsRefusesABrokenLevel();
    void teamWithLevelsSaysWhyItCannotRead();
    void headerRules_data();
    void headerRules();
    void updateHeader();
    void finalRefusesEveryChangeUntilReopened();
    void answerRules_data();
    void answerRules();
    void saveAndLoadAnswer();
    void textIsKeptExactly_data();
    void textIsKeptExactly();
    void changeLogRecordsWhatChanged();
    void identicalAnswerWritesNothing();
    void evidenceEditsAreLogged();
    void clearingAnAnswer();
    void savedAnswerSurvivesReopen();
    void removeAssessment();
    void answeredCountsSplitConfirmedAndToConfirm();
    void tenWritersLoseNothing();

private:
    std::unique_ptr<TempDatabase> m_t;
    qint64 m_teamId = 0;
    qint64 m_assessmentId = 0;
};

void tst_AssessmentRepository::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->error()));
    m_teamId = TeamRepository(m_t->db()).create(u"Team"_s)->id;
    const auto a = AssessmentRepository(m_t->db()).create(
        m_teamId, u"Review 2026"_s, QDate(2026, 3, 1), u"sim3-v2i"_s, {u"Ana"_s, u"Ben"_s});
    QVERIFY2(a.isOk(), qPrintable(a.error()));
    m_assessmentId = a->id;
}

void tst_AssessmentRepository::cleanup()
{
    m_t.reset();
}

void tst_AssessmentRepository::createAndList()
{
    AssessmentRepository repo(m_t->db());
    QVERIFY(repo.create(m_teamId, u"Review 2025"_s, QDate(2025, 3, 1), u"sim3-v1"_s).isOk());
    const auto list = repo.forTeam(m_teamId);
    QVERIFY(list.isOk());
    QCOMPARE(list->size(), 2);
    // Oldest first.
    QCOMPARE(list->at(0).title, u"Review 2025"_s);
    QCOMPARE(list->at(1).assessors, (QStringList{u"Ana"_s, u"Ben"_s}));
    QCOMPARE(list->at(1).status, Assessment::Status::Draft);
    QCOMPARE(list->at(1).uuid.size(), 36);
    QVERIFY(repo.find(999).error().contains(u"999"_s));
}

void tst_AssessmentRepository::headerRules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("normal") << u"Review"_s << QDate(2026, 1, 1) << true;
    QTest::newRow("japanese title") << u"2026年 自己評価"_s << QDate(2026, 1, 1) << true;
    QTest::newRow("empty title") << QString() << QDate(2026, 1, 1) << false;
    QTest::newRow("blank title") << u"   "_s << QDate(2026, 1, 1) << false;
    QTest::newRow("invalid date") << u"Review"_s << QDate() << false;
}

void tst_AssessmentRepository::headerRules()
{
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(bool, accepted);
    const auto created = AssessmentRepository(m_t->db()).create(m_teamId, title, date, u"sim3-v2i"_s);
    QCOMPARE(created.isOk(), accepted);
    QCOMPARE(AssessmentRepository(m_t->db()).forTeam(m_teamId)->size(), accepted ? 2 : 1);
}

void tst_AssessmentRepository::updateHeader()
{
    AssessmentRepository repo(m_t->db());
    Assessment a = repo.find(m_assessmentId).value();
    a.title = u"Renamed"_s;
    a.status = Assessment::Status::Final; // not changed by a header update
    a.assessors = {u"Chika"_s};
    QVERIFY(repo.updateHeader(a).isOk());
    const Assessment b = repo.find(m_assessmentId).value();
    QCOMPARE(b.title, u"Renamed"_s);
    QCOMPARE(b.status, Assessment::Status::Draft);
    QCOMPARE(b.assessors, QStringList{u"Chika"_s});
    QVERIFY(b.updatedAt > a.updatedAt);
    a.title = QString();
    QVERIFY(!repo.updateHeader(a).isOk());
    QCOMPARE(repo.find(m_assessmentId)->title, u"Renamed"_s);
}

void tst_AssessmentRepository::finalRefusesEveryChangeUntilReopened()
{
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"O-1"_s;
    answer.level = 2;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Aiko"_s));
    QVERIFY(repo.setStatus(m_assessmentId, Assessment::Status::Final, u"Aiko Tanaka"_s));
    QCOMPARE(repo.find(m_assessmentId)->status, Assessment::Status::Final);

    // Answers, evidence and the header are refused with a message that says what to do.
    answer.level = 3;
    const Status saved = repo.saveAnswer(m_assessmentId, answer, u"Ben"_s);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"is final"_s) && saved.error().contains(u"Reopen"_s), qPrintable(saved.error()));
    Answer withEvidence = repo.load(m_assessmentId)->answers.value(u"O-1"_s);
    withEvidence.evidence.append(Evidence{0, QString(), u"Policy"_s, u"wiki"_s, QDate()});
    QVERIFY(!repo.saveAnswer(m_assessmentId, withEvidence, u"Ben"_s));
    Assessment header = repo.find(m_assessmentId).value();
    header.title = u"Changed"_s;
    QVERIFY(!repo.updateHeader(header));
    QCOMPARE(repo.load(m_assessmentId)->answers.value(u"O-1"_s).level, std::optional<int>(2));
    QVERIFY(repo.load(m_assessmentId)->answers.value(u"O-1"_s).evidence.isEmpty());
    QCOMPARE(repo.find(m_assessmentId)->title, u"Review 2026"_s);

    // The database refuses too, whoever writes to it.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(!q.exec(u"UPDATE answers SET level = 4"_s));
    QVERIFY(q.lastError().text().contains(u"final"_s));

    // Reopening is explicit and recorded; then changes are accepted again.
    QVERIFY(repo.setStatus(m_assessmentId, Assessment::Status::Draft, u"Ben Ito"_s));
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ben"_s));
    const QList<StatusChange> log = repo.statusHistory(m_assessmentId).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).status, Assessment::Status::Final);
    QCOMPARE(log.at(0).changedBy, u"Aiko Tanaka"_s);
    QCOMPARE(log.at(1).status, Assessment::Status::Draft);
    QCOMPARE(log.at(1).changedBy, u"Ben Ito"_s);
    QVERIFY(log.at(1).changedAt > log.at(0).changedAt);
    // The same status again records nothing.
    QVERIFY(repo.setStatus(m_assessmentId, Assessment::Status::Draft, u"Ben Ito"_s));
    QCOMPARE(repo.statusHistory(m_assessmentId)->size(), 2);
}

void tst_AssessmentRepository::answerRules_data()
{
    QTest::addColumn<QVariant>("level");
    QTest::addColumn<bool>("notApplicable");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("level 0") << QVariant(0) << false << QString() << true;
    QTest::newRow("level 4") << QVariant(4) << false << QString() << true;
    QTest::newRow("level 5") << QVariant(5) << false << QString() << false;
    QTest::newRow("level -1") << QVariant(-1) << false << QString() << false;
    QTest::newRow("unanswered") << QVariant() << false << QString() << true;
    QTest::newRow("N/A justified") << QVariant() << true << u"Outsourced to the group"_s << true;
    QTest::newRow("N/A without justification") << QVariant() << true << QString() << false;
    QTest::newRow("N/A blank justification") << QVariant() << true << u"  \n "_s << false;
    QTest::newRow("N/A and a level") << QVariant(2) << true << u"Both"_s << false;
}

void tst_AssessmentRepository::answerRules()
{
    QFETCH(QVariant, level);
    QFETCH(bool, notApplicable);
    QFETCH(QString, justification);
    QFETCH(bool, accepted);
    Answer answer;
    answer.parameterId = u"T-4"_s;
    if (level.isValid())
        answer.level = level.toInt();
    answer.notApplicable = notApplicable;
    answer.justification = justification;
    AssessmentRepository repo(m_t->db());
    const Status saved = repo.saveAnswer(m_assessmentId, answer, u"Ana"_s);
    QCOMPARE(saved.isOk(), accepted);
    if (!accepted) {
        QVERIFY2(saved.error().contains(u"T-4"_s), qPrintable(saved.error()));
        QVERIFY(!repo.load(m_assessmentId)->answers.contains(u"T-4"_s));
        QVERIFY(AnswerLog(m_t->db()).history(m_assessmentId, u"T-4"_s)->isEmpty());
    }
}

void tst_AssessmentRepository::saveAndLoadAnswer()
{
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"O-1"_s;
    answer.level = 3;
    answer.comment = u"Signed by the CIO"_s;
    answer.reviewFlag = true;
    answer.actionOwner = u"Ana"_s;
    answer.actionDue = QDate(2026, 12, 31);
    answer.evidence = {Evidence{0, QString(), u"Charter"_s, u"https://intranet/charter.pdf"_s, QDate(2026, 2, 1)},
        Evidence{0, QString(), u"Minutes"_s, u"Cabinet 3"_s, QDate()}};
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    const Answer loaded = repo.load(m_assessmentId)->answers.value(u"O-1"_s);
    QCOMPARE(loaded.level, std::optional<int>(3));
    QCOMPARE(loaded.comment, answer.comment);
    QVERIFY(loaded.reviewFlag);
    QCOMPARE(loaded.actionOwner, u"Ana"_s);
    QCOMPARE(loaded.actionDue, QDate(2026, 12, 31));
    QCOMPARE(loaded.changedBy, u"Ana"_s);
    QVERIFY(loaded.changedAt.isValid());
    QCOMPARE(loaded.changedAt.timeSpec(), Qt::UTC);
    QCOMPARE(loaded.evidence.size(), 2);
    QCOMPARE(loaded.evidence.at(0).title, u"Charter"_s);
    QCOMPARE(loaded.evidence.at(1).location, u"Cabinet 3"_s);
    QVERIFY(!loaded.evidence.at(1).date.isValid());
    QCOMPARE(loaded.evidence.at(0).uuid.size(), 36);
}

void tst_AssessmentRepository::textIsKeptExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("japanese") << u"緊急連絡先は年2回見直す。"_s;
    QTest::newRow("emoji") << u"👍 done, 🚨 needs work"_s;
    QTest::newRow("newlines") << u"line 1\nline 2\r\nline 3\n"_s;
    QTest::newRow("quotes") << u"\"quoted\" and 'single' and `back`"_s;
    QTest::newRow("markup") << u"<b>bold</b> <img src=\"file:///etc/passwd\"> &amp;"_s;
    QTest::newRow("sql") << u"'); DROP TABLE answers; --"_s;
    QTest::newRow("spaces") << u"  leading and trailing  "_s;
}

void tst_AssessmentRepository::textIsKeptExactly()
{
    QFETCH(QString, text);
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"P-11"_s;
    answer.level = 2;
    answer.comment = text;
    answer.evidence = {Evidence{0, QString(), text, text, QDate()}};
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, text).isOk());
    QVERIFY(m_t->reopen());
    const Answer loaded = AssessmentRepository(m_t->db()).load(m_assessmentId)->answers.value(u"P-11"_s);
    QCOMPARE(loaded.comment, text);
    QCOMPARE(loaded.changedBy, text);
    QCOMPARE(loaded.evidence.first().title, text);
    QCOMPARE(loaded.evidence.first().location, text);
}

void tst_AssessmentRepository::changeLogRecordsWhatChanged()
{
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"H-2"_s;
    answer.level = 1;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    answer.level = 2;
    answer.comment = u"Deputy named"_s;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ben"_s).isOk());
    answer.level.reset();
    answer.notApplicable = true;
    answer.justification = u"Outsourced"_s;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());

    const auto log = AnswerLog(m_t->db()).history(m_assessmentId, u"H-2"_s);
    QVERIFY(log.isOk());
    QStringList lines;
    for (const AnswerChange &c : log.value())
        lines.append(u"%1 %2:%3>%4"_s.arg(c.changedBy, AnswerFields::key(c.field), c.oldValue, c.newValue));
    QCOMPARE(lines,
        (QStringList{u"Ana level:>1"_s, u"Ben level:1>2"_s, u"Ben comment:>Deputy named"_s, u"Ana level:2>N/A"_s,
            u"Ana justification:>Outsourced"_s}));
    QVERIFY(log->at(0).changedAt < log->at(1).changedAt);
    // Other parameters have their own history.
    QVERIFY(AnswerLog(m_t->db()).history(m_assessmentId, u"H-3"_s)->isEmpty());
}

void tst_AssessmentRepository::identicalAnswerWritesNothing()
{
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"H-2"_s;
    answer.level = 1;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    const QDateTime changedAt = repo.load(m_assessmentId)->answers.value(u"H-2"_s).changedAt;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ben"_s).isOk());
    QCOMPARE(AnswerLog(m_t->db()).history(m_assessmentId, u"H-2"_s)->size(), 1);
    const Answer loaded = repo.load(m_assessmentId)->answers.value(u"H-2"_s);
    QCOMPARE(loaded.changedBy, u"Ana"_s);
    QCOMPARE(loaded.changedAt, changedAt);
}

void tst_AssessmentRepository::evidenceEditsAreLogged()
{
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"T-4"_s;
    answer.level = 2;
    answer.evidence = {Evidence{0, QString(), u"Procedure"_s, u"Wiki"_s, QDate()}};
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    Answer stored = repo.load(m_assessmentId)->answers.value(u"T-4"_s);
    // Same title, new location: still a change.
    stored.evidence[0].location = u"https://wiki/tickets"_s;
    QVERIFY(repo.saveAnswer(m_assessmentId, stored, u"Ana"_s).isOk());
    const auto log = AnswerLog(m_t->db()).history(m_assessmentId, u"T-4"_s).value();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.last().field, AnswerField::Evidence);
    const Answer again = repo.load(m_assessmentId)->answers.value(u"T-4"_s);
    QCOMPARE(again.evidence.first().uuid, stored.evidence.first().uuid);
    QCOMPARE(again.evidence.first().location, u"https://wiki/tickets"_s);
    // Edited in place: the row keeps its id, which the saved answer reports.
    QCOMPARE(again.evidence.first().id, stored.evidence.first().id);

    // A new item is added and an old one removed without touching the others' rows.
    Answer more = again;
    more.evidence.append(Evidence{0, QString(), u"Runbook"_s, QString(), QDate()});
    Answer saved;
    QVERIFY(repo.saveAnswer(m_assessmentId, more, u"Ana"_s, &saved));
    QCOMPARE(saved.evidence.size(), 2);
    QCOMPARE(saved.evidence.at(0).id, again.evidence.first().id);
    QVERIFY(saved.evidence.at(1).id != 0);
    Answer fewer = saved;
    fewer.evidence.removeFirst();
    QVERIFY(repo.saveAnswer(m_assessmentId, fewer, u"Ana"_s, &saved));
    const Answer last = repo.load(m_assessmentId)->answers.value(u"T-4"_s);
    QCOMPARE(last.evidence.size(), 1);
    QCOMPARE(last.evidence.first().title, u"Runbook"_s);
    QCOMPARE(last.evidence.first().id, fewer.evidence.first().id);
}

void tst_AssessmentRepository::clearingAnAnswer()
{
    AssessmentRepository repo(m_t->db());
    Answer answer;
    answer.parameterId = u"P-1"_s;
    answer.level = 2;
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    answer.level.reset();
    QVERIFY(repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    const Answer loaded = repo.load(m_assessmentId)->answers.value(u"P-1"_s);
    QVERIFY(!loaded.isAnswered());
    QCOMPARE(AnswerLog(m_t->db()).history(m_assessmentId, u"P-1"_s)->last().newValue, QString());
}

void tst_AssessmentRepository::savedAnswerSurvivesReopen()
{
    Answer answer;
    answer.parameterId = u"O-2"_s;
    answer.level = 2;
    QVERIFY(AssessmentRepository(m_t->db()).saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
    // No explicit save or close: a new connection, as after killing the process, sees it.
    auto other = Database::open(m_t->path());
    QVERIFY(other.isOk());
    QCOMPARE(AssessmentRepository(*other.value()).load(m_assessmentId)->answers.value(u"O-2"_s).level,
        std::optional<int>(2));
}

void tst_AssessmentRepository::answeredCountsSplitConfirmedAndToConfirm()
{
    AssessmentRepository repo(m_t->db());
    const auto empty = repo.answeredCounts();
    QVERIFY2(empty, qPrintable(empty ? QString() : empty.error()));
    QVERIFY(empty->isEmpty());
    Answer a;
    a.parameterId = u"O-1"_s;
    a.level = 2;
    QVERIFY(repo.saveAnswer(m_assessmentId, a, u"Ana"_s));
    a.parameterId = u"O-2"_s;
    a.toConfirm = true;
    QVERIFY(repo.saveAnswer(m_assessmentId, a, u"Ana"_s));
    a.parameterId = u"O-3"_s;
    a.level.reset();
    a.toConfirm = false;
    a.comment = u"no level yet"_s;
    QVERIFY(repo.saveAnswer(m_assessmentId, a, u"Ana"_s));
    const auto counts = repo.answeredCounts();
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error()));
    QCOMPARE(counts->value(m_assessmentId).answered, 1);
    QCOMPARE(counts->value(m_assessmentId).toConfirm, 1);
}

void tst_AssessmentRepository::removeAssessment()
{
    AssessmentRepository repo(m_t->db());
    QVERIFY(repo.remove(m_assessmentId).isOk());
    QVERIFY(repo.forTeam(m_teamId)->isEmpty());
    QVERIFY(!repo.load(m_assessmentId).isOk());
    Answer answer;
    answer.parameterId = u"O-2"_s;
    answer.level = 1;
    QVERIFY(!repo.saveAnswer(m_assessmentId, answer, u"Ana"_s).isOk());
}

void tst_AssessmentRepository::tenWritersLoseNothing()
{
    // Ten copies of the program, each with its own connection to the file, each adding its
    // marks to the same answer's comment, read-modify-write against the version read, again
    // after a conflict. Every save a writer was told succeeded must be in the result.
    constexpr int Writers = 10;
    constexpr int Rounds = 15;
    const QString path = m_t->path();
    const qint64 assessment = m_assessmentId;
    std::array<QStringList, Writers> acknowledged;
    std::array<QString, Writers> problems;
    std::vector<std::unique_ptr<QThread>> threads;
    threads.reserve(Writers);
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            auto opened = Database::open(path, Database::Verification::BeforeFirstWrite);
            if (!opened) {
                problems[w] = opened.error();
                return;
            }
            AssessmentRepository repo(*opened.value());
            for (int round = 0; round < Rounds; ++round) {
                const QString mark = u"[w%1r%2]"_s.arg(w).arg(round);
                for (int attempt = 0; attempt < 1000; ++attempt) {
                    const auto read = repo.load(assessment);
                    if (!read) {
                        problems[w] = read.error();
                        return;
                    }
                    Answer a = read->answers.value(u"O-1"_s);
                    a.parameterId = u"O-1"_s;
                    const qint64 version = a.version;
                    a.comment += mark;
                    const auto saved = repo.saveAnswerAt(assessment, a, version, u"Writer %1"_s.arg(w));
                    if (!saved) {
                        problems[w] = saved.error();
                        return;
                    }
                    if (!saved->conflict) {
                        acknowledged[w].append(mark);
                        break;
                    }
                }
            }
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(120000));
    const QString comment = AssessmentRepository(m_t->db()).load(m_assessmentId)->answers.value(u"O-1"_s).comment;
    int total = 0;
    for (int w = 0; w < Writers; ++w) {
        QVERIFY2(problems[w].isEmpty(), qPrintable(problems[w]));
        QCOMPARE(acknowledged[w].size(), Rounds);
        for (const QString &mark : acknowledged[w])
            QVERIFY2(comment.contains(mark), qPrintable(mark + u" was lost"_s));
        total += static_cast<int>(acknowledged[w].size());
    }
    QCOMPARE(comment.count(u'['), total); // nothing twice, nothing invented
    QCOMPARE(AssessmentRepository(m_t->db()).load(m_assessmentId)->answers.value(u"O-1"_s).version, total);
}

// The dashboard's bulk read gives, for every assessment of the team and only of that team, the
// levels and flags load() gives, and leaves versions, comments, actions and evidence out.
void tst_AssessmentRepository::teamWithLevelsReadsWhatLoadReads()
{
    TempDatabase t;
    const DemoData::Created demo = DemoData::create(t.db(), u"en"_s).value();
    const DemoData::Created other = DemoData::create(t.db(), u"ja"_s).value();
    AssessmentRepository repo(t.db());
    // One answer not applicable and flagged for review, one with a level awaiting confirmation.
    Answer waived = repo.load(demo.assessmentIds.last())->answers.value(u"T-2"_s);
    waived.parameterId = u"T-2"_s;
    waived.level.reset();
    waived.notApplicable = true;
    waived.justification = u"No such tool here."_s;
    waived.reviewFlag = true;
    QVERIFY(repo.saveAnswer(demo.assessmentIds.last(), waived, u"Tester"_s));
    Answer carried = repo.load(demo.assessmentIds.last())->answers.value(u"T-3"_s);
    QVERIFY(carried.level && !carried.reviewFlag);
    carried.toConfirm = true;
    QVERIFY(repo.saveAnswer(demo.assessmentIds.last(), carried, u"Tester"_s));
    const Result<QList<Assessment>> bulk = repo.forTeamWithLevels(demo.teamId);
    QVERIFY2(bulk.isOk(), qPrintable(bulk.error()));
    QCOMPARE(bulk->size(), demo.assessmentIds.size());
    int evidenceLeftOut = 0;
    int commentsLeftOut = 0;
    int notApplicable = 0;
    int toConfirm = 0;
    int reviewFlags = 0;
    for (const Assessment &a : bulk.value()) {
        QVERIFY(demo.assessmentIds.contains(a.id));
        QVERIFY(!other.assessmentIds.contains(a.id));
        const Assessment full = repo.load(a.id).value();
        QCOMPARE(a.title, full.title);
        // Only the answered parameters: a row without a level or N/A says nothing to the history.
        QCOMPARE(a.answers.size(),
            std::count_if(full.answers.cbegin(), full.answers.cend(), [](const Answer &x) { return x.isAnswered(); }));
        for (const Answer &answer : full.answers) {
            const Answer read = a.answers.value(answer.parameterId);
            QCOMPARE(read.level, answer.level);
            QCOMPARE(read.notApplicable, answer.notApplicable);
            if (answer.isAnswered()) {
                QCOMPARE(read.toConfirm, answer.toConfirm);
                QCOMPARE(read.reviewFlag, answer.reviewFlag);
                // The flags come packed in one number: each must be seen set, alone or with others.
                notApplicable += answer.notApplicable ? 1 : 0;
                toConfirm += answer.toConfirm ? 1 : 0;
                reviewFlags += answer.reviewFlag ? 1 : 0;
            }
            QVERIFY(read.justification.isEmpty());
            QVERIFY(read.comment.isEmpty());
            QVERIFY(read.actionOwner.isEmpty());
            QVERIFY(read.evidence.isEmpty());
            evidenceLeftOut += static_cast<int>(answer.evidence.size());
            commentsLeftOut += answer.comment.isEmpty() ? 0 : 1;
        }
    }
    // The demo has evidence and comments: the test shows they are left out.
    QVERIFY(evidenceLeftOut > 0);
    QVERIFY(commentsLeftOut > 0);
    QVERIFY(notApplicable > 0);
    QVERIFY(toConfirm > 0);
    QVERIFY(reviewFlags > 0);
}

// A level another program wrote against the rules is refused by the history's read too, though
// it reads the index and not the answers.
void tst_AssessmentRepository::teamWithLevelsRefusesABrokenLevel()
{
    TempDatabase t;
    const DemoData::Created demo = DemoData::create(t.db(), u"en"_s).value();
    const qint64 draft = demo.assessmentIds.last();
    QVERIFY(TempDatabase::writeBreakingCheck(t.db(), u"answers"_s, u"level"_s,
        u"UPDATE answers SET level = 7 WHERE assessment_id = %1 AND parameter_id = 'O-1'"_s.arg(draft)));
    const auto read = AssessmentRepository(t.db()).forTeamWithLevels(demo.teamId);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(u"breaks SIM3 Workbench's rules"_s), qPrintable(read.error()));
    QVERIFY2(read.error().contains(u"O-1"_s), qPrintable(read.error()));
}

// A read SQLite or the server refuses (here: the answers table is gone, as in a foreign or damaged
// file) comes back as a message that names what was being read, on both engines.
void tst_AssessmentRepository::teamWithLevelsSaysWhyItCannotRead()
{
    TempDatabase t;
    const DemoData::Created demo = DemoData::create(t.db(), u"en"_s).value();
    QSqlQuery q(t.db().connection());
    QVERIFY2(q.exec(u"ALTER TABLE answers RENAME TO answers_elsewhere"_s), qPrintable(q.lastError().text()));
    const auto read = AssessmentRepository(t.db()).forTeamWithLevels(demo.teamId);
    QVERIFY(!read);
    QVERIFY2(read.error().startsWith(u"Reading the answers failed"_s), qPrintable(read.error()));
    QVERIFY2(read.error().contains(u"answers"_s), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(tst_AssessmentRepository)
#include "tst_assessmentrepository.moc"
