#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TeamRepository.h"

#include "TempDatabase.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Target profiles, settings and custom models: the smaller stores.
class tst_ProfileRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertLoadSave();
    void receivedProfileBecomesTheTeamsOwn();
    void saveAtAnOlderVersionChangesNothing();
    void namesAreUniquePerTeam();
    void targetLevelsAreChecked();
    void settings();
    void customModelIsStoredInTheDatabase();
    void brokenCustomModelStoresNothing();
    void usedCustomModelIsNeverChanged();
};

void tst_ProfileRepository::insertLoadSave()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    ProfileRepository repo(t.db());
    TargetProfile p;
    p.teamId = team;
    p.name = u"Baseline 2026"_s;
    p.approvedBy = u"CIO"_s;
    p.approvedOn = QDate(2026, 2, 1);
    p.targets.insert(u"O-1"_s, ProfileTarget{u"O-1"_s, 3, u"Mandate must be signed"_s});
    p.targets.insert(u"O-6"_s, ProfileTarget{u"O-6"_s, std::nullopt, QString()});
    const auto stored = repo.insert(p);
    QVERIFY2(stored.isOk(), qPrintable(stored.error()));
    QCOMPARE(stored->uuid.size(), 36);

    TargetProfile loaded = repo.load(stored->id).value();
    QCOMPARE(loaded.name, p.name);
    QCOMPARE(loaded.approvedOn, QDate(2026, 2, 1));
    QCOMPARE(loaded.targets.value(u"O-1"_s), p.targets.value(u"O-1"_s));
    QVERIFY(!loaded.targets.value(u"O-6"_s).level);

    loaded.targets[u"O-1"_s].level = 4;
    loaded.targets.remove(u"O-6"_s);
    loaded.approvedOn = QDate();
    QVERIFY(repo.save(loaded).isOk());
    const TargetProfile again = repo.load(stored->id).value();
    QCOMPARE(again.targets.size(), 1);
    QCOMPARE(again.targets.value(u"O-1"_s).level, std::optional<int>(4));
    QVERIFY(!again.approvedOn.isValid());
    QCOMPARE(repo.loadByUuid(stored->uuid)->id, stored->id);
    QCOMPARE(repo.loadByUuid(u"00000000-0000-4000-8000-000000000000"_s)->id, 0);
    QCOMPARE(repo.forTeam(team)->size(), 1);
    QVERIFY(repo.remove(stored->id).isOk());
    QVERIFY(repo.forTeam(team)->isEmpty());
}

// A profile read from someone's file is stored as a new profile of the chosen team, with an
// identity of its own: the sender's uuid, id and team are not kept.
void tst_ProfileRepository::receivedProfileBecomesTheTeamsOwn()
{
    TempDatabase t;
    const qint64 theirs = TeamRepository(t.db()).create(u"Sender"_s)->id;
    const qint64 ours = TeamRepository(t.db()).create(u"Receiver"_s)->id;
    ProfileRepository repo(t.db());
    TargetProfile sent;
    sent.teamId = theirs;
    sent.name = u"National baseline"_s;
    sent.targets.insert(u"O-1"_s, ProfileTarget{u"O-1"_s, 3, u"Mandate signed by the board"_s});
    const TargetProfile original = repo.insert(sent).value();

    TargetProfile received = original; // as a file would carry it, uuid and all
    const auto stored = repo.insertReceived(received, ours);
    QVERIFY2(stored.isOk(), qPrintable(stored.error()));
    QVERIFY(stored->id != original.id);
    QVERIFY(stored->uuid != original.uuid);
    QCOMPARE(stored->uuid.size(), 36);
    QCOMPARE(stored->teamId, ours);
    QCOMPARE(repo.forTeam(ours)->size(), 1);
    QCOMPARE(repo.forTeam(theirs)->size(), 1);
    QCOMPARE(repo.load(stored->id)->targets.value(u"O-1"_s), original.targets.value(u"O-1"_s));
}

void tst_ProfileRepository::namesAreUniquePerTeam()
{
    TempDatabase t;
    const qint64 a = TeamRepository(t.db()).create(u"A"_s)->id;
    const qint64 b = TeamRepository(t.db()).create(u"B"_s)->id;
    ProfileRepository repo(t.db());
    TargetProfile p;
    p.teamId = a;
    p.name = u"Baseline"_s;
    QVERIFY(repo.insert(p).isOk());
    const auto clash = repo.insert(p);
    QVERIFY(!clash.isOk());
    QVERIFY2(clash.error().contains(u"already has a target profile named"_s), qPrintable(clash.error()));
    p.teamId = b;
    QVERIFY(repo.insert(p).isOk());
}

void tst_ProfileRepository::targetLevelsAreChecked()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    TargetProfile p;
    p.teamId = team;
    p.name = u"Too high"_s;
    p.targets.insert(u"O-1"_s, ProfileTarget{u"O-1"_s, 5, QString()});
    QVERIFY(!ProfileRepository(t.db()).insert(p).isOk());
    // The whole insert rolled back: no profile without its targets.
    QVERIFY(ProfileRepository(t.db()).forTeam(team)->isEmpty());
}

void tst_ProfileRepository::settings()
{
    TempDatabase t;
    SettingsRepository s(t.db());
    QCOMPARE(s.value(u"ui/language"_s, u"en"_s), u"en"_s);
    QVERIFY(s.setValue(u"ui/language"_s, u"ja"_s).isOk());
    QVERIFY(s.setValue(u"empty"_s, QString()).isOk());
    QVERIFY(t.reopen());
    QCOMPARE(SettingsRepository(t.db()).value(u"ui/language"_s), u"ja"_s);
    QCOMPARE(SettingsRepository(t.db()).value(u"empty"_s, u"fallback"_s), QString());
    QVERIFY(SettingsRepository(t.db()).remove(u"ui/language"_s).isOk());
    QCOMPARE(SettingsRepository(t.db()).value(u"ui/language"_s, u"en"_s), u"en"_s);
}

void tst_ProfileRepository::customModelIsStoredInTheDatabase()
{
    TempDatabase t;
    const auto added = CustomModelRepository(t.db()).addFile(TestData::path(u"models/custom-minimal.json"_s));
    QVERIFY2(added.isOk(), qPrintable(added.error()));
    QVERIFY(t.reopen());
    const ModelCatalogue catalogue = CustomModelRepository(t.db()).catalogue().value();
    QCOMPARE(catalogue.models().size(), 3);
    QVERIFY(catalogue.find(u"national-ext"_s));
    QVERIFY(catalogue.find(u"sim3-v2i"_s));
}

void tst_ProfileRepository::brokenCustomModelStoresNothing()
{
    TempDatabase t;
    const auto broken
        = CustomModelRepository(t.db()).addFile(TestData::path(u"models/broken/10-duplicate-parameter.json"_s));
    QVERIFY(!broken.isOk());
    QCOMPARE(CustomModelRepository(t.db()).catalogue().value().models().size(), 2);

    // A custom file that claims a bundled model's id is refused too.
    const QString path = t.dir() + u"/fake-v2i.json"_s;
    QByteArray bytes = TestData::read(u"models/custom-minimal.json"_s);
    bytes.replace("\"national-ext\"", "\"sim3-v2i\"");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const auto clash = CustomModelRepository(t.db()).addFile(path);
    QVERIFY(!clash.isOk());
    QVERIFY2(clash.error().contains(u"bundled"_s), qPrintable(clash.error()));
    QCOMPARE(CustomModelRepository(t.db()).catalogue().value().find(u"sim3-v2i"_s)->parameters().size(), 45);
}

// An assessment always opens with the exact model it was made with: a changed file with the id
// of a model in use is refused (a new version needs a new id); an unused one may be replaced.
void tst_ProfileRepository::usedCustomModelIsNeverChanged()
{
    TempDatabase t;
    CustomModelRepository models(t.db());
    const QString original = TestData::path(u"models/custom-minimal.json"_s);
    QVERIFY(models.addFile(original));
    QByteArray changedBytes = TestData::read(u"models/custom-minimal.json"_s);
    const QJsonObject json = QJsonDocument::fromJson(changedBytes).object();
    QJsonArray parameters = json.value(u"parameters"_s).toArray();
    const QString dropped = parameters.last().toObject().value(u"id"_s).toString();
    parameters.removeLast();
    QJsonObject changedJson = json;
    changedJson.insert(u"parameters"_s, parameters);
    const QString changed = t.dir() + u"/changed.json"_s;
    QFile f(changed);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(changedJson).toJson());
    f.close();

    // Not used yet: the changed file replaces the stored one.
    QVERIFY(models.addFile(changed));
    QCOMPARE(models.catalogue()->find(u"national-ext"_s)->parameters().size(), 2);
    QVERIFY(models.addFile(original));
    QCOMPARE(models.catalogue()->find(u"national-ext"_s)->parameters().size(), 3);

    // Used by an assessment: the changed file is refused and the parameters stay.
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    QVERIFY(AssessmentRepository(t.db()).create(team, u"Review"_s, QDate(2026, 1, 1), u"national-ext"_s));
    const auto refused = models.addFile(changed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"1 assessment(s) use it"_s), qPrintable(refused.error()));
    QVERIFY(models.catalogue()->find(u"national-ext"_s)->hasParameter(dropped));
    // The same file again changes nothing and is fine.
    QVERIFY(models.addFile(original));
}

void tst_ProfileRepository::saveAtAnOlderVersionChangesNothing()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    ProfileRepository repo(t.db());
    TargetProfile p;
    p.teamId = team;
    p.name = u"Baseline"_s;
    p.targets.insert(u"O-1"_s, ProfileTarget{u"O-1"_s, 2, QString()});
    const TargetProfile read = repo.load(repo.insert(p)->id).value();
    QCOMPARE(read.version, 1);

    TargetProfile aiko = read;
    aiko.targets[u"O-1"_s].level = 3;
    const auto first = repo.saveAt(aiko, read.version);
    QVERIFY2(first && !first->conflict, qPrintable(first ? QString() : first.error()));
    QCOMPARE(first->profile.version, 2);

    TargetProfile ben = read; // read before Aiko saved
    ben.targets[u"O-1"_s].level = 4;
    ben.name = u"Ben's"_s;
    const auto second = repo.saveAt(ben, read.version);
    QVERIFY(second && second->conflict);
    QCOMPARE(second->profile.targets.value(u"O-1"_s).level, std::optional<int>(3)); // Aiko's, offered
    const TargetProfile stored = repo.load(read.id).value();
    QCOMPARE(stored.name, u"Baseline"_s); // nothing of Ben's written
    QCOMPARE(stored.targets.value(u"O-1"_s).level, std::optional<int>(3));
    QCOMPARE(stored.version, 2);

    // A profile deleted meanwhile is said to be gone.
    QVERIFY(repo.remove(read.id));
    const auto gone = repo.saveAt(ben, 2);
    QVERIFY(!gone);
    QVERIFY2(gone.error().contains(u"no longer exists"_s), qPrintable(gone.error()));
}

QTEST_GUILESS_MAIN(tst_ProfileRepository)
#include "tst_profilerepository.moc"
