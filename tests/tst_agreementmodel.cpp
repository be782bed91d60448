#include "catalogue/ModelCatalogue.h"
#include "questionnaire/AssessmentSession.h"
#include "storage/AssessmentRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/AgreementModel.h"
#include "workshop/WorkshopSession.h"

#include "TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The dashboard's agreement table: anonymous unless asked, nothing of unrevealed ratings.
class tst_AgreementModel : public QObject
{
    Q_OBJECT

private slots:
    void anonymousUnlessNamesAreAskedFor();
};

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
