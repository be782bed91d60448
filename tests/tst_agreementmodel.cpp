#include "catalogue/ModelCatalogue.h"
#include "questionnaire/AssessmentSession.h"
#include "storage/AssessmentRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/AgreementModel.h"
#include "workshop/AgreementView.h"
#include "workshop/WorkshopSession.h"

#include "TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The dashboard's agreement table: anonymous unless asked, nothing of unrevealed ratings.
class tst_AgreementModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anonymousUnlessNamesAreAskedFor();
    void eachParticipantAgainstTheTeamsLevel();
    void mostToDiscussFirstAcrossCategories();
    void returnOpensTheParameter();

private:
    Status rate(const QString &parameterId, int first, int second, bool reveal = true);
    std::unique_ptr<AssessmentSession> session() const;

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_assessment = 0;
    QList<Participant> m_people;
};

void tst_AgreementModel::init()
{
    m_t = std::make_unique<TempDatabase>();
    const qint64 team = TeamRepository(m_t->db()).create(u"Team"_s)->id;
    m_assessment = AssessmentRepository(m_t->db()).create(team, u"Workshop"_s, QDate(2026, 5, 1), u"sim3-v1"_s)->id;
    m_people = WorkshopRepository(m_t->db())
                   .setParticipants(
                       m_assessment, {{0, QString(), u"Aiko"_s, QString()}, {0, QString(), u"Ben"_s, QString()}})
                   .value();
}

void tst_AgreementModel::cleanup()
{
    m_t.reset();
}

Status tst_AgreementModel::rate(const QString &parameterId, int first, int second, bool reveal)
{
    WorkshopRepository repo(m_t->db());
    Rating a;
    a.participantUuid = m_people.at(0).uuid;
    a.parameterId = parameterId;
    a.level = first;
    Rating b = a;
    b.participantUuid = m_people.at(1).uuid;
    b.level = second;
    if (Status saved = repo.saveRatings(m_assessment, {a, b}, u"Facilitator"_s); !saved || !reveal)
        return saved;
    return repo.reveal(m_assessment, parameterId, u"Facilitator"_s);
}

std::unique_ptr<AssessmentSession> tst_AgreementModel::session() const
{
    const Assessment assessment = AssessmentRepository(m_t->db()).load(m_assessment).value();
    auto s = std::make_unique<AssessmentSession>(
        m_t->db(), assessment, *ModelCatalogue::bundled().find(u"sim3-v1"_s), u"Aiko"_s);
    if (!s->workshop()->reload())
        return nullptr;
    return s;
}

void tst_AgreementModel::eachParticipantAgainstTheTeamsLevel()
{
    QVERIFY(rate(u"O-1"_s, 1, 4));
    QVERIFY(rate(u"O-2"_s, 2, 2));
    auto s = session();
    QVERIFY(s);
    Answer team = s->answer(u"O-1"_s);
    team.level = 2;
    QVERIFY(s->change(team, u"Set O-1"_s));
    Answer agreed = s->answer(u"O-2"_s);
    agreed.level = 2;
    QVERIFY(s->change(agreed, u"Set O-2"_s));
    AgreementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(s.get(), u"en"_s, true);
    const int aiko = AgreementModel::FixedColumns;
    const int ben = AgreementModel::FixedColumns + 1;
    QCOMPARE(model.index(0, aiko).data().toString(), u"1 ▼"_s);
    QCOMPARE(model.index(0, ben).data().toString(), u"4 ▲"_s);
    QCOMPARE(model.index(0, ben).data(Qt::ToolTipRole).toString(), u"4: above the team's level 2"_s);
    QCOMPARE(model.index(0, aiko).data(Qt::ToolTipRole).toString(), u"1: below the team's level 2"_s);
    QCOMPARE(model.index(1, aiko).data().toString(), u"2"_s);
    QCOMPARE(model.index(1, aiko).data(Qt::ToolTipRole).toString(), u"2: as the team"_s);
    // What the strip draws: counts per level, the team's level and the median.
    QCOMPARE(model.index(0, AgreementModel::Spread).data(AgreementModel::CountsRole).toList(),
        (QVariantList{0, 1, 0, 0, 1}));
    QCOMPARE(model.index(0, AgreementModel::Spread).data(AgreementModel::TeamLevelRole).toInt(), 2);
    QCOMPARE(model.index(0, AgreementModel::Spread).data(AgreementModel::MedianRole).toDouble(), 2.5);
    QVERIFY(model.index(2, AgreementModel::Spread).data(AgreementModel::CountsRole).toList().isEmpty());
}

void tst_AgreementModel::mostToDiscussFirstAcrossCategories()
{
    QVERIFY(rate(u"O-1"_s, 2, 3)); // one apart: agreed enough
    QVERIFY(rate(u"P-2"_s, 0, 4)); // four apart
    QVERIFY(rate(u"H-1"_s, 1, 3)); // two apart
    QVERIFY(rate(u"T-1"_s, 0, 4, false)); // not revealed: only its count is known
    auto s = session();
    QVERIFY(s);
    AgreementView view(s.get());
    view.refresh(u"en"_s);
    const auto firstIds = [&view](int n) {
        QStringList ids;
        for (int row = 0; row < n; ++row)
            ids.append(view.table()->model()->index(row, AgreementModel::Id).data().toString());
        return ids;
    };
    QCOMPARE(firstIds(3), (QStringList{u"P-2"_s, u"H-1"_s, u"O-1"_s}));
    // Among parameters nobody has revealed, the one with the fewest ratings comes first.
    const QStringList rest = firstIds(view.table()->model()->rowCount());
    QVERIFY(rest.indexOf(u"T-2"_s) < rest.indexOf(u"T-1"_s));
    view.setOrder(AgreementView::Order::Model);
    QCOMPARE(firstIds(2), (QStringList{u"O-1"_s, u"O-2"_s}));
}

void tst_AgreementModel::returnOpensTheParameter()
{
    QVERIFY(rate(u"H-1"_s, 0, 4));
    auto s = session();
    QVERIFY(s);
    AgreementView view(s.get());
    view.refresh(u"en"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&view, &AgreementView::parameterActivated);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.table()->model()->index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"H-1"_s);
}

void tst_AgreementModel::anonymousUnlessNamesAreAskedFor()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    const qint64 id = AssessmentRepository(t.db()).create(team, u"Workshop"_s, QDate(2026, 5, 1), u"sim3-v1"_s)->id;
    WorkshopRepository repo(t.db());
    const QList<Participant> people
        = repo.setParticipants(id, {{0, QString(), u"Aiko"_s, QString()}, {0, QString(), u"Ben"_s, QString()}}).value();
    const auto rate = [&](const QString &parameterId, int first, int second) {
        Rating a;
        a.participantUuid = people.at(0).uuid;
        a.parameterId = parameterId;
        a.level = first;
        Rating b = a;
        b.participantUuid = people.at(1).uuid;
        b.level = second;
        return repo.saveRatings(id, {a, b}, u"Facilitator"_s);
    };
    QVERIFY(rate(u"O-1"_s, 1, 4));
    QVERIFY(rate(u"O-2"_s, 0, 4)); // never revealed
    QVERIFY(repo.reveal(id, u"O-1"_s, u"Facilitator"_s));

    const Assessment assessment = AssessmentRepository(t.db()).load(id).value();
    AssessmentSession session(t.db(), assessment, *ModelCatalogue::bundled().find(u"sim3-v1"_s), u"Aiko"_s);
    QVERIFY(session.workshop()->reload());
    AgreementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session, u"en"_s, false);
    QCOMPARE(model.columnCount(), static_cast<int>(AgreementModel::FixedColumns));
    QCOMPARE(model.rowCount(), 44);
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, AgreementModel::Ratings), u"1 ×1, 4 ×1"_s);
    QCOMPARE(cell(0, AgreementModel::Range), u"1–4"_s);
    QCOMPARE(cell(0, AgreementModel::Median), u"2.5"_s);
    QVERIFY(model.index(0, 0).data(AgreementModel::DisputedRole).toBool());
    QCOMPARE(cell(1, AgreementModel::Ratings), u"2 rated, not revealed"_s);
    QVERIFY(cell(1, AgreementModel::Range).isEmpty());
    QVERIFY(!model.index(1, 0).data(AgreementModel::DisputedRole).toBool());

    model.setSession(&session, u"en"_s, true);
    QCOMPARE(model.columnCount(), AgreementModel::FixedColumns + 2);
    QCOMPARE(model.headerData(AgreementModel::FixedColumns + 1, Qt::Horizontal).toString(), u"Ben"_s);
    QCOMPARE(cell(0, AgreementModel::FixedColumns + 1), u"4"_s);
    QVERIFY(cell(1, AgreementModel::FixedColumns + 1).isEmpty()); // hidden: not even by name
}

QTEST_MAIN(tst_AgreementModel)
#include "tst_agreementmodel.moc"
