#include "storage/AssessmentRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"

#include "TempDatabase.h"

#include <QSqlQuery>

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// Participants, their ratings, the reveal and the dissent, as stored.
class tst_WorkshopRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void participantsKeepTheirOrderAndIdentity();
    void participantNamesAreChecked_data();
    void participantNamesAreChecked();
    void ratingsStayHiddenUntilRevealed();
    void aRatingReplacesTheParticipantsEarlierOne();
    void aRoundIsSavedAllOrNothing();
    void reimportReplacesAParticipantsRatings();
    void ratingsOfAnotherAssessmentsParticipantAreRefused();
    void finalAssessmentRefusesEveryWorkshopWrite();
    void refusedWriteChangesNothing();
    void ratingWrittenByAnotherProgramIsRefused();
    void disputeThresholdIsASettingOfTheDatabase();
    void dissentIsKept();
    void nextAssessmentStartsWithTheSameParticipants();
    void migrationFromVersion3AddsAnEmptyWorkshop();
    void savedVersion4WorkshopReads();
    void discussionPriorityOrdersTheRoomsTime_data();
    void saveAtOlderVersionsChangesNothingAndHidesWhat();
    void discussionPriorityOrdersTheRoomsTime();

private:
    QList<Participant> room(const QStringList &names);
    Rating rating(const Participant &who, const QString &parameterId, int level);
    std::unique_ptr<TempDatabase> m_t;
    qint64 m_assessment = 0;
};

void tst_WorkshopRepository::init()
{
    m_t = std::make_unique<TempDatabase>();
    const qint64 team = TeamRepository(m_t->db()).create(u"Team"_s)->id;
    m_assessment = AssessmentRepository(m_t->db()).create(team, u"Review 2026"_s, QDate(2026, 3, 1), u"sim3-v1"_s)->id;
}

void tst_WorkshopRepository::cleanup()
{
    m_t.reset();
}

QList<Participant> tst_WorkshopRepository::room(const QStringList &names)
{
    QList<Participant> list;
    for (const QString &name : names)
        list.append({0, QString(), name, QString()});
    const auto stored = WorkshopRepository(m_t->db()).setParticipants(m_assessment, list);
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    return stored.value();
}

Rating tst_WorkshopRepository::rating(const Participant &who, const QString &parameterId, int level)
{
    Rating r;
    r.participantUuid = who.uuid;
    r.parameterId = parameterId;
    r.level = level;
    return r;
}

void tst_WorkshopRepository::participantsKeepTheirOrderAndIdentity()
{
    WorkshopRepository repo(m_t->db());
    QList<Participant> people = room({u"Aiko"_s, u"Ben"_s, u"Chie"_s});
    QCOMPARE(people.size(), 3);
    QCOMPARE(people.at(0).uuid.size(), 36);
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(1), u"O-1"_s, 2), u"Facilitator"_s));
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(2), u"O-1"_s, 3), u"Facilitator"_s));

    // Swap two names, move one, drop one: identities follow the uuids, not the names.
    const QString benUuid = people.at(1).uuid;
    QList<Participant> edited{people.at(1), people.at(0)};
    edited[0].name = u"Aiko"_s;
    edited[0].role = u"SOC"_s;
    edited[1].name = u"Ben"_s;
    const auto stored = repo.setParticipants(m_assessment, edited);
    QVERIFY2(stored.isOk(), qPrintable(stored.error()));
    const QList<Participant> now = repo.participants(m_assessment).value();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).uuid, benUuid);
    QCOMPARE(now.at(0).name, u"Aiko"_s);
    QCOMPARE(now.at(0).role, u"SOC"_s);
    // Chie left, and her rating with her; the kept participant's rating stays.
    const QList<Rating> all = repo.allRatings(m_assessment).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().participantUuid, benUuid);
}

void tst_WorkshopRepository::participantNamesAreChecked_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QStringList{u"Aiko"_s, u"  "_s} << u"needs a name"_s;
    QTest::newRow("same name twice") << QStringList{u"Aiko"_s, u"Ben"_s, u"aiko "_s} << u"Two participants"_s;
    QTest::newRow("too long") << QStringList{QString(Participant::MaxName + 1, u'x')} << u"longer than"_s;
}

void tst_WorkshopRepository::participantNamesAreChecked()
{
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    room({u"Dai"_s});
    QList<Participant> list;
    for (const QString &name : names)
        list.append({0, QString(), name, QString()});
    const auto stored = WorkshopRepository(m_t->db()).setParticipants(m_assessment, list);
    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(message), qPrintable(stored.error()));
    const QList<Participant> unchanged = WorkshopRepository(m_t->db()).participants(m_assessment).value();
    QCOMPARE(unchanged.size(), 1);
    QCOMPARE(unchanged.first().name, u"Dai"_s);
}

void tst_WorkshopRepository::ratingsStayHiddenUntilRevealed()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s, u"Ben"_s, u"Chie"_s, u"Dai"_s});
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(2), u"O-1"_s, 4), u"Facilitator"_s));
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 2), u"Facilitator"_s));
    Rating abstain = rating(people.at(1), u"O-1"_s, 0);
    abstain.kind = Rating::Kind::Abstain;
    QVERIFY(repo.saveRating(m_assessment, abstain, u"Ben"_s));

    ParameterRatings hidden = repo.forParameter(m_assessment, u"O-1"_s).value();
    QVERIFY(!hidden.revealed);
    QCOMPARE(hidden.ratedBy, (QStringList{people.at(0).uuid, people.at(1).uuid, people.at(2).uuid}));
    QVERIFY(hidden.ratings.isEmpty());
    QCOMPARE(hidden.spread.ratings(), 0);
    QVERIFY(!hidden.spread.isDisputed());
    // The whole assessment's view hides them too.
    QVERIFY(repo.forAssessment(m_assessment)->value(u"O-1"_s).ratings.isEmpty());

    QVERIFY(repo.reveal(m_assessment, u"O-1"_s, u"Facilitator"_s));
    const ParameterRatings shown = repo.forParameter(m_assessment, u"O-1"_s).value();
    QVERIFY(shown.revealed);
    QCOMPARE(shown.revealedBy, u"Facilitator"_s);
    QCOMPARE(shown.ratings.size(), 3);
    QCOMPARE(shown.ratings.at(0).participantUuid, people.at(0).uuid); // participant order
    QCOMPARE(shown.spread.levels, 2);
    QCOMPARE(shown.spread.abstained, 1);
    QVERIFY(shown.spread.isDisputed(repo.disputeThreshold()));

    // A second reveal keeps the first time and name.
    QVERIFY(repo.reveal(m_assessment, u"O-1"_s, u"Someone else"_s));
    const ParameterRatings again = repo.forParameter(m_assessment, u"O-1"_s).value();
    QCOMPARE(again.revealedAt, shown.revealedAt);
    QCOMPARE(again.revealedBy, u"Facilitator"_s);
    // Other parameters stay hidden.
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(3), u"O-2"_s, 1), u"Dai"_s));
    QVERIFY(repo.forParameter(m_assessment, u"O-2"_s)->ratings.isEmpty());
}

void tst_WorkshopRepository::aRatingReplacesTheParticipantsEarlierOne()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s});
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 1), u"Facilitator"_s));
    Rating changed = rating(people.at(0), u"O-1"_s, 3);
    changed.note = u"The charter was signed last week."_s;
    QVERIFY(repo.saveRating(m_assessment, changed, u"Aiko"_s));
    const QList<Rating> own = repo.ratingsOf(m_assessment, people.at(0).uuid).value();
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().level, 3);
    QCOMPARE(own.first().note, changed.note);
    QCOMPARE(own.first().enteredBy, u"Aiko"_s);
    QVERIFY(own.first().enteredAt.isValid());
    QVERIFY(repo.clearRating(m_assessment, people.at(0).uuid, u"O-1"_s));
    QVERIFY(repo.ratingsOf(m_assessment, people.at(0).uuid)->isEmpty());
    // A level out of range never reaches the database.
    QVERIFY(!repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 5), u"Aiko"_s));
}

void tst_WorkshopRepository::aRoundIsSavedAllOrNothing()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s, u"Ben"_s, u"Chie"_s});
    QVERIFY(repo.saveRatings(m_assessment,
        {rating(people.at(0), u"O-1"_s, 2), rating(people.at(1), u"O-1"_s, 3), rating(people.at(2), u"O-1"_s, 3)},
        u"Facilitator"_s));
    QCOMPARE(repo.forParameter(m_assessment, u"O-1"_s)->ratedBy.size(), 3);
    // The third is out of range: the first two of this round are not stored either.
    const Status refused = repo.saveRatings(m_assessment,
        {rating(people.at(0), u"O-2"_s, 2), rating(people.at(1), u"O-2"_s, 3), rating(people.at(2), u"O-2"_s, 7)},
        u"Facilitator"_s);
    QVERIFY(!refused);
    QVERIFY(repo.forParameter(m_assessment, u"O-2"_s)->ratedBy.isEmpty());
}

void tst_WorkshopRepository::reimportReplacesAParticipantsRatings()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s, u"Ben"_s});
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(1), u"O-1"_s, 2), u"Ben"_s));
    const QList<Rating> file{
        rating(people.at(0), u"O-1"_s, 1), rating(people.at(0), u"O-2"_s, 2), rating(people.at(0), u"O-3"_s, 3)};
    QVERIFY(repo.replaceRatings(m_assessment, people.at(0).uuid, file, u"Facilitator"_s));
    QVERIFY(repo.replaceRatings(m_assessment, people.at(0).uuid, file, u"Facilitator"_s));
    QCOMPARE(repo.ratingsOf(m_assessment, people.at(0).uuid)->size(), 3);
    // A newer file with fewer ratings: the ones it leaves out are gone, others' untouched.
    QVERIFY(repo.replaceRatings(m_assessment, people.at(0).uuid, file.mid(0, 1), u"Facilitator"_s));
    QCOMPARE(repo.ratingsOf(m_assessment, people.at(0).uuid)->size(), 1);
    QCOMPARE(repo.ratingsOf(m_assessment, people.at(1).uuid)->size(), 1);
    // One bad rating in a file: nothing of it is stored.
    QList<Rating> broken = file;
    broken[2].level = 9;
    QVERIFY(!repo.replaceRatings(m_assessment, people.at(0).uuid, broken, u"Facilitator"_s));
    QCOMPARE(repo.ratingsOf(m_assessment, people.at(0).uuid)->size(), 1);
}

void tst_WorkshopRepository::ratingsOfAnotherAssessmentsParticipantAreRefused()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s});
    const qint64 team = TeamRepository(m_t->db()).create(u"Other"_s)->id;
    const qint64 other = AssessmentRepository(m_t->db()).create(team, u"Other"_s, QDate(2026, 3, 1), u"sim3-v1"_s)->id;
    const Status saved = repo.saveRating(other, rating(people.at(0), u"O-1"_s, 2), u"Aiko"_s);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"no longer part"_s), qPrintable(saved.error()));
    QVERIFY(repo.allRatings(other)->isEmpty());
    QVERIFY(repo.allRatings(m_assessment)->isEmpty());
}

void tst_WorkshopRepository::finalAssessmentRefusesEveryWorkshopWrite()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s, u"Ben"_s});
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 2), u"Aiko"_s));
    QVERIFY(AssessmentRepository(m_t->db()).setStatus(m_assessment, Assessment::Status::Final, u"Lead"_s));

    const QList<Status> refused{
        repo.saveRating(m_assessment, rating(people.at(1), u"O-1"_s, 3), u"Ben"_s),
        repo.clearRating(m_assessment, people.at(0).uuid, u"O-1"_s),
        repo.replaceRatings(m_assessment, people.at(0).uuid, {}, u"Aiko"_s),
        repo.reveal(m_assessment, u"O-1"_s, u"Lead"_s),
        repo.setDissent(m_assessment, u"O-1"_s, u"Ben held 4"_s),
    };
    for (const Status &s : refused) {
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"final"_s), qPrintable(s.error()));
    }
    const auto renamed = repo.setParticipants(m_assessment, {people.at(0)});
    QVERIFY(!renamed);
    QVERIFY2(renamed.error().contains(u"final"_s), qPrintable(renamed.error()));
    QCOMPARE(repo.participants(m_assessment)->size(), 2);
    QCOMPARE(repo.allRatings(m_assessment)->size(), 1);
    QVERIFY(!repo.forParameter(m_assessment, u"O-1"_s)->revealed);
    // The database refuses too, whoever writes.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(!q.exec(
        u"INSERT INTO discussions (assessment_id, parameter_id, dissent) VALUES (%1, 'O-2', 'x')"_s.arg(m_assessment)));
}

void tst_WorkshopRepository::refusedWriteChangesNothing()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s});
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 2), u"Aiko"_s));
    QVERIFY(TempDatabase::refuseWrites(m_t->db(), true));
    const Status saved = repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 4), u"Aiko"_s);
    QVERIFY(!saved);
    QVERIFY(!saved.error().isEmpty());
    QVERIFY(!repo.reveal(m_assessment, u"O-1"_s, u"Lead"_s));
    QVERIFY(TempDatabase::refuseWrites(m_t->db(), false));
    QCOMPARE(repo.ratingsOf(m_assessment, people.at(0).uuid)->first().level, 2);
    QVERIFY(!repo.forParameter(m_assessment, u"O-1"_s)->revealed);
}

void tst_WorkshopRepository::ratingWrittenByAnotherProgramIsRefused()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s});
    QVERIFY(TempDatabase::writeBreakingCheck(m_t->db(), u"ratings"_s, u"level"_s,
        u"INSERT INTO ratings (participant_id, parameter_id, kind, level, entered_at) "
        "VALUES (%1, 'O-1', 'level', 7, '2026-01-01T00:00:00Z')"_s.arg(people.at(0).id)));
    const auto read = repo.forAssessment(m_assessment);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(u"breaks SIM3 Workbench's rules"_s), qPrintable(read.error()));
}

void tst_WorkshopRepository::disputeThresholdIsASettingOfTheDatabase()
{
    WorkshopRepository repo(m_t->db());
    QCOMPARE(repo.disputeThreshold(), RatingSpread::DefaultDisputeThreshold);
    QVERIFY(repo.setDisputeThreshold(3));
    QVERIFY(!repo.setDisputeThreshold(0));
    QVERIFY(!repo.setDisputeThreshold(5));
    QVERIFY(m_t->reopen());
    QCOMPARE(WorkshopRepository(m_t->db()).disputeThreshold(), 3);
}

void tst_WorkshopRepository::dissentIsKept()
{
    WorkshopRepository repo(m_t->db());
    const QString note = u"Ben held 4: the SOC runbook is approved by the CISO. Aiko held 2."_s;
    QVERIFY(repo.setDissent(m_assessment, u"P-3"_s, note));
    QVERIFY(repo.reveal(m_assessment, u"P-3"_s, u"Lead"_s));
    const ParameterRatings p = repo.forParameter(m_assessment, u"P-3"_s).value();
    QCOMPARE(p.dissent, note);
    QVERIFY(p.revealed);
    QVERIFY(!repo.setDissent(m_assessment, u"P-3"_s, QString(ParameterRatings::MaxDissent + 1, u'x')));
    QCOMPARE(repo.forParameter(m_assessment, u"P-3"_s)->dissent, note);
}

void tst_WorkshopRepository::nextAssessmentStartsWithTheSameParticipants()
{
    WorkshopRepository repo(m_t->db());
    QList<Participant> people = room({u"Aiko"_s, u"Ben"_s});
    people[1].role = u"analyst"_s;
    QVERIFY(repo.setParticipants(m_assessment, people));
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(0), u"O-1"_s, 2), u"Aiko"_s));
    const auto next = AssessmentRepository(m_t->db()).createFrom(
        m_assessment, u"Review 2027"_s, QDate(2027, 3, 1), u"sim3-v1"_s, {}, {u"O-1"_s}, u"Aiko"_s);
    QVERIFY2(next.isOk(), qPrintable(next.error()));
    const QList<Participant> copied = repo.participants(next->id).value();
    QCOMPARE(copied.size(), 2);
    QCOMPARE(copied.at(1).name, u"Ben"_s);
    QCOMPARE(copied.at(1).role, u"analyst"_s);
    QVERIFY(copied.at(0).uuid != people.at(0).uuid); // new participants of the new assessment
    QVERIFY(repo.allRatings(next->id)->isEmpty()); // ratings are views of the old one
}

void tst_WorkshopRepository::migrationFromVersion3AddsAnEmptyWorkshop()
{
    TempDatabase old(u"schema-v3.sqlite"_s);
    QVERIFY2(old.isOpen(), qPrintable(old.error()));
    WorkshopRepository repo(old.db());
    const QList<Assessment> all = AssessmentRepository(old.db()).all().value();
    QVERIFY(!all.isEmpty());
    // An assessment without participants works as before: no ratings, nothing revealed.
    for (const Assessment &a : all) {
        QVERIFY(repo.participants(a.id)->isEmpty());
        QVERIFY(repo.forAssessment(a.id)->isEmpty());
        QVERIFY(!AssessmentRepository(old.db()).load(a.id)->answers.isEmpty());
    }
    QCOMPARE(repo.disputeThreshold(), RatingSpread::DefaultDisputeThreshold);
    const auto draft = std::find_if(
        all.cbegin(), all.cend(), [](const Assessment &a) { return a.status == Assessment::Status::Draft; });
    QVERIFY(draft != all.cend());
    const auto set = repo.setParticipants(draft->id, {{0, QString(), u"Aiko"_s, QString()}});
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
}

void tst_WorkshopRepository::savedVersion4WorkshopReads()
{
    TempDatabase saved(u"schema-v4.sqlite"_s);
    QVERIFY2(saved.isOpen(), qPrintable(saved.error()));
    WorkshopRepository repo(saved.db());
    const QList<Participant> people = repo.participants(3).value();
    QCOMPARE(people.size(), 3);
    QCOMPARE(people.at(2).name, u"佐藤 千恵"_s);
    QCOMPARE(people.at(2).role, u"SOC"_s);
    const QHash<QString, ParameterRatings> all = repo.forAssessment(3).value();
    const ParameterRatings o1 = all.value(u"O-1"_s);
    QVERIFY(o1.revealed);
    QCOMPARE(o1.spread.levels, 2);
    QCOMPARE(o1.spread.abstained, 1);
    QVERIFY(o1.spread.isDisputed());
    QVERIFY(o1.dissent.startsWith(u"Ben held 1"_s));
    // Rated but never revealed: who, not what.
    QCOMPARE(all.value(u"O-6"_s).ratedBy.size(), 1);
    QVERIFY(all.value(u"O-6"_s).ratings.isEmpty());
    QCOMPARE(repo.ratingsOf(3, people.at(1).uuid)->size(), 2);
}

void tst_WorkshopRepository::discussionPriorityOrdersTheRoomsTime_data()
{
    // Two parameters' ratings ("2 4": revealed levels, n = N/A, a = abstain; "#3": three ratings
    // still hidden) and which needs the room first.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("threshold");
    QTest::newRow("disputed before undisputed") << u"1 3"_s << u"2 3"_s << 2;
    QTest::newRow("wider dispute first") << u"0 4"_s << u"1 3"_s << 2;
    QTest::newRow("wider spread first, neither disputed") << u"2 3"_s << u"3 3 3 3"_s << 2;
    QTest::newRow("a higher threshold: the wider spread still first") << u"1 3"_s << u"2 3"_s << 3;
    QTest::newRow("same spread: fewer ratings first") << u"2 3"_s << u"2 3 3"_s << 2;
    QTest::newRow("hidden: fewer ratings first") << u"#1"_s << u"#4"_s << 2;
    QTest::newRow("a revealed spread before hidden ones") << u"2 3"_s << u"#1"_s << 2;
    QTest::newRow("N/A and abstain are no level") << u"1 2"_s << u"n a 4"_s << 2;
}

void tst_WorkshopRepository::discussionPriorityOrdersTheRoomsTime()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, threshold);
    const auto parse = [](const QString &text) {
        ParameterRatings r;
        if (text.startsWith(u'#')) {
            for (int i = 0; i < text.mid(1).toInt(); ++i)
                r.ratedBy.append(QString::number(i));
            return r;
        }
        r.revealed = true;
        for (const QString &part : text.split(u' ')) {
            Rating rating;
            rating.kind = part == u"n"_s ? Rating::Kind::NotApplicable
                : part == u"a"_s         ? Rating::Kind::Abstain
                                         : Rating::Kind::Level;
            rating.level = rating.kind == Rating::Kind::Level ? part.toInt() : 0;
            r.ratedBy.append(QString::number(r.ratedBy.size()));
            r.ratings.append(rating);
        }
        r.spread = RatingSpread::of(r.ratings);
        return r;
    };
    QVERIFY(parse(first).discussionPriority(threshold) > parse(second).discussionPriority(threshold));
}

void tst_WorkshopRepository::saveAtOlderVersionsChangesNothingAndHidesWhat()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = room({u"Aiko"_s, u"Ben"_s});
    const ParameterRatings read = repo.forParameter(m_assessment, u"O-1"_s).value(); // nobody rated
    QVERIFY(read.versions.isEmpty());
    // Ben rates on his own laptop meanwhile.
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(1), u"O-1"_s, 4), u"Ben"_s));
    // The facilitator's round, typed against what she read, is refused whole, and says whose.
    const QList<Rating> round{rating(people.at(0), u"O-1"_s, 2), rating(people.at(1), u"O-1"_s, 3)};
    const auto refused = repo.saveRatingsAt(m_assessment, round, read.versions, u"Facilitator"_s);
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error()));
    QCOMPARE(refused->size(), 1);
    QCOMPARE(refused->first().participantUuid, people.at(1).uuid);
    QCOMPARE(refused->first().enteredBy, u"Ben"_s);
    QVERIFY(refused->first().levelValue() != std::optional<int>(4)); // hidden: not what he rated
    const ParameterRatings now = repo.forParameter(m_assessment, u"O-1"_s).value();
    QCOMPARE(now.ratedBy, QStringList{people.at(1).uuid}); // Aiko's 2 was not written either
    QCOMPARE(now.versions.value(people.at(1).uuid), 1);
    // Against the versions as they are now, it is saved.
    const auto saved = repo.saveRatingsAt(m_assessment, round, now.versions, u"Facilitator"_s);
    QVERIFY(saved && saved->isEmpty());
    QCOMPARE(repo.forParameter(m_assessment, u"O-1"_s)->versions.value(people.at(1).uuid), 2);
    // Once revealed, a conflict tells what the other person entered.
    QVERIFY(repo.reveal(m_assessment, u"O-1"_s, u"Facilitator"_s));
    const QHash<QString, qint64> stale = repo.forParameter(m_assessment, u"O-1"_s)->versions;
    QVERIFY(repo.saveRating(m_assessment, rating(people.at(1), u"O-1"_s, 1), u"Ben"_s));
    const auto shown = repo.saveRatingsAt(m_assessment, {rating(people.at(1), u"O-1"_s, 2)}, stale, u"F"_s);
    QVERIFY(shown && shown->size() == 1);
    QCOMPARE(shown->first().levelValue(), std::optional<int>(1));
}

QTEST_GUILESS_MAIN(tst_WorkshopRepository)
#include "tst_workshoprepository.moc"
