#include "storage/AnswerLog.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/ProfileRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TeamRepository.h"

#include "FileSizeLimit.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Database::Verification)

namespace {

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0);
}

// Writes an SQLite file with plain Qt Sql, outside our Database class.
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseIsPreparedAndPrivate();
    void reopeningKeepsData();
    void savedSchemaVersionsOpen_data();
    void savedSchemaVersionsOpen();
    void migrationFromVersion1KeepsData();
    void failedMigrationRollsBack();
    void newerDatabaseIsRefusedUntouched();
    void refusedFiles_data();
    void refusedFiles();
    void refusedPaths_data();
    void refusedPaths();
    void corruptDatabaseIsRefusedUntouched();
    void deferredCheckHoldsBackEveryWrite_data();
    void deferredCheckHoldsBackEveryWrite();
    void fullDiskChangesNothing();
    void readOnlyDatabaseIsRefused();
    void readOnlyOpeningReadsAndRefusesEveryWrite();
    void readOnlyOpeningRefusesWhatItCannotRead_data();
    void readOnlyOpeningRefusesWhatItCannotRead();
    void missingFolderIsCreated();
    void lockedDatabaseReportsBusy();
    void answerLogIsAppendOnly();
    void foreignKeysCascade();
    void migrationToVersion5GivesEveryRowVersionOne();
    void migrationToVersion6CountsAnswersFromTheirIndex();
    void networkFileSystemsAreRecognised_data();
    void networkFileSystemsAreRecognised();
    void storedTimesAreReadAsQtReadsThem_data();
    void storedTimesAreReadAsQtReadsThem();
    void localFileIsNoNetworkFileSystem();
};

void tst_Database::newDatabaseIsPreparedAndPrivate()
{
    TempDatabase t;
    QVERIFY2(t.isOpen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(pragma(t.db(), u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(t.db(), u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(t.db(), u"application_id"_s).toInt(), Database::ApplicationId);
    QCOMPARE(QFile::permissions(t.path())
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
}

void tst_Database::reopeningKeepsData()
{
    TempDatabase t;
    QVERIFY(TeamRepository(t.db()).create(u"Blue Team 🛡️"_s).isOk());
    // Each call commits at once: a new connection, as after a crash, sees it.
    QVERIFY(t.reopen());
    const auto teams = TeamRepository(t.db()).all();
    QVERIFY(teams.isOk());
    QCOMPARE(teams->size(), 1);
    QCOMPARE(teams->first().name, u"Blue Team 🛡️"_s);
}

void tst_Database::savedSchemaVersionsOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("savedVersion");
    // Every schema version ever shipped has a saved database here.
    for (int v = 1; v <= Migrations::latestVersion(); ++v)
        QTest::newRow(qPrintable(u"v%1"_s.arg(v))) << u"schema-v%1.sqlite"_s.arg(v) << v;
}

void tst_Database::savedSchemaVersionsOpen()
{
    QFETCH(QString, file);
    QFETCH(int, savedVersion);
    QVERIFY2(QFile::exists(TestData::path(file)), "a saved database of every schema version");
    // Read from a copy: opening even read-only leaves -shm files beside a WAL database.
    QTemporaryDir dir;
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(TestData::path(file), copy));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        raw.setDatabaseName(copy);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), savedVersion);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);

    TempDatabase t(file);
    QVERIFY2(t.isOpen(), qPrintable(t.error()));
    QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    const auto teams = TeamRepository(t.db()).all();
    QVERIFY(teams.isOk());
    QVERIFY(!teams->isEmpty());
    const auto assessments = AssessmentRepository(t.db()).all();
    QVERIFY(assessments.isOk());
    QVERIFY(!assessments->isEmpty());
    const auto loaded = AssessmentRepository(t.db()).load(assessments->first().id);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    QVERIFY(!loaded->answers.isEmpty());
}

void tst_Database::migrationFromVersion1KeepsData()
{
    TempDatabase t(u"schema-v1.sqlite"_s);
    QVERIFY2(t.isOpen(), qPrintable(t.error()));
    const auto loaded = AssessmentRepository(t.db()).load(1);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    const Assessment &a = loaded.value();
    QCOMPARE(a.title, u"Review 2025"_s);
    QCOMPARE(a.assessors, (QStringList{u"Ana"_s, u"Ben"_s}));
    QCOMPARE(a.status, Assessment::Status::Final);
    const Answer o1 = a.answers.value(u"O-1"_s);
    QCOMPARE(o1.level, std::optional<int>(2));
    QCOMPARE(o1.comment, u"Mandate drafted, not signed 📝"_s);
    QVERIFY(o1.reviewFlag);
    QCOMPARE(o1.evidence.size(), 1);
    QCOMPARE(o1.evidence.first().title, u"Draft mandate"_s);
    QCOMPARE(o1.evidence.first().date, QDate(2025, 1, 2));
    // Version 2 added the action owner and due date, empty for old answers.
    QCOMPARE(o1.actionOwner, QString());
    QVERIFY(!o1.actionDue.isValid());
    const Answer p2 = a.answers.value(u"P-2"_s);
    QVERIFY(p2.notApplicable);
    QCOMPARE(p2.justification, u"Group communications handles the press"_s);
    QCOMPARE(AnswerLog(t.db()).history(1, u"O-1"_s)->size(), 1);
    const auto profile = ProfileRepository(t.db()).load(1);
    QVERIFY(profile.isOk());
    QCOMPARE(profile->targets.value(u"O-1"_s).level, std::optional<int>(3));
    QVERIFY(!profile->targets.value(u"P-2"_s).level.has_value());
    QCOMPARE(SettingsRepository(t.db()).value(u"ui/language"_s), u"ja"_s);
    // And the new columns work, once the final assessment is reopened (which is recorded).
    QVERIFY(AssessmentRepository(t.db()).setStatus(1, Assessment::Status::Draft, u"test"_s));
    QCOMPARE(AssessmentRepository(t.db()).statusHistory(1)->size(), 1);
    Answer changed = o1;
    changed.actionOwner = u"Ana"_s;
    changed.actionDue = QDate(2026, 6, 30);
    QVERIFY(AssessmentRepository(t.db()).saveAnswer(1, changed, u"test"_s).isOk());
    QCOMPARE(AssessmentRepository(t.db()).load(1)->answers.value(u"O-1"_s).actionDue, QDate(2026, 6, 30));
}

void tst_Database::failedMigrationRollsBack()
{
    // A version 1 database that already has a column the version 2 step adds: the step fails.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clash.sqlite"_s);
    QFile::copy(TestData::path(u"schema-v1.sqlite"_s), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    writeForeignDatabase(
        path, {u"CREATE TABLE answers_shadow (x)"_s, u"ALTER TABLE answers ADD COLUMN action_due TEXT"_s});

    const auto opened = Database::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(u"version 2"_s), qPrintable(opened.error()));

    // Nothing of the failed step remains: still version 1, no action_owner column.
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.exec(u"SELECT action_owner FROM answers"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM answers"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void tst_Database::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    QFile::copy(TestData::path(u"schema-v2.sqlite"_s), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    writeForeignDatabase(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = 99"_s});
    const QByteArray before = TestData::fileHash(path);

    const auto opened = Database::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(u"newer version"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"99"_s), qPrintable(opened.error()));
    QCOMPARE(TestData::fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void tst_Database::refusedPaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("/dev/zero") << u"device"_s << u"not a regular file"_s;
    QTest::newRow("dangling link") << u"dangling"_s << u"does not exist"_s;
    QTest::newRow("a file as the folder") << u"file-folder"_s << u"is a file, not a folder"_s;
}

void tst_Database::refusedPaths()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path;
    if (kind == u"fifo"_s) {
        path = dir.filePath(u"pipe.sqlite"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"device"_s) {
        path = u"/dev/zero"_s;
    } else if (kind == u"dangling"_s) {
        path = dir.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(dir.filePath(u"moved-away.sqlite"_s), path));
    } else {
        QFile notes(dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        path = dir.filePath(u"notes.txt/db.sqlite"_s);
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    // Refused at once: a FIFO is never opened for reading, which would wait for a writer.
    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
    // Nothing is created beside it, nor where the link points.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot), before);
    QVERIFY(!QFile::exists(u"/dev/zero-journal"_s) && !QFile::exists(u"/dev/zero-wal"_s));
}

void tst_Database::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("name,level\nO-1,2\n") << u"not an SQLite file"_s;
    QTest::newRow("binary junk") << QByteArray(4096, '\x7f') << u"not an SQLite file"_s;
    QTest::newRow("truncated header") << QByteArray("SQLite form") << u"not an SQLite file"_s;
}

void tst_Database::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto opened = Database::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void tst_Database::corruptDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corrupt.sqlite"_s);
    QFile::copy(TestData::path(u"schema-v2.sqlite"_s), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        // Overwrite the middle of the file (table pages) with garbage; the header stays valid.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(4096) * 3));
        f.write(QByteArray(qsizetype(4096) * 4, '\xA5'));
    }
    const QByteArray before = TestData::fileHash(path);
    const auto opened = Database::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(u"damaged"_s), qPrintable(opened.error()));
    QCOMPARE(TestData::fileHash(path), before);
    // The check the GUI runs on a worker thread finds the same.
    const Status intact = IntegrityCheck::run(path);
    QVERIFY(!intact.isOk());
    QVERIFY2(intact.error().contains(u"damaged"_s), qPrintable(intact.error()));
    QCOMPARE(TestData::fileHash(path), before);
    const QString intactCopy = dir.filePath(u"intact.sqlite"_s);
    QVERIFY(QFile::copy(TestData::path(u"schema-v2.sqlite"_s), intactCopy));
    QVERIFY(IntegrityCheck::run(intactCopy).isOk());

    // An SQLite database of another program is refused too.
    const QString other = dir.filePath(u"other.sqlite"_s);
    writeForeignDatabase(other, {u"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"_s});
    const auto foreign = Database::open(other);
    QVERIFY(!foreign.isOk());
    QVERIFY2(foreign.error().contains(u"not one of SIM3 Workbench"_s), qPrintable(foreign.error()));
}

void tst_Database::deferredCheckHoldsBackEveryWrite_data()
{
    QTest::addColumn<bool>("onAThread");
    QTest::newRow("on a thread (the window, once painted)") << true;
    QTest::newRow("before the first write (the command line)") << false;
}

void tst_Database::deferredCheckHoldsBackEveryWrite()
{
    QFETCH(bool, onAThread);
    // A current database (no migration due) whose table pages are damaged after it was written.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    {
        auto created = Database::open(path);
        QVERIFY(created);
        for (int i = 0; i < 200; ++i)
            QVERIFY(TeamRepository(*created.value()).create(u"Team %1 with a longer name to fill pages"_s.arg(i)));
    }
    QVERIFY(QFileInfo(path).size() > qint64(4096) * 8);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(4096) * 3));
        f.write(QByteArray(qsizetype(4096) * 3, '\x5A'));
    }
    const QByteArray before = TestData::fileHash(path);
    // Held back: the open itself succeeds and the check waits for the first write, or runs on a
    // thread of its own once started ...
    auto opened = Database::open(path, Database::Verification::BeforeFirstWrite);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    QVERIFY(!db.pendingVerification().valid());
    if (onAThread) {
        const std::shared_future<Status> started = db.startVerification();
        QVERIFY(started.valid());
        QVERIFY(db.pendingVerification().valid());
        QVERIFY(!started.get());
    }
    // ...and the first write waits for it and is refused with its verdict.
    const Status stored = SettingsRepository(db).setValue(u"window/geometry"_s, u"x"_s);
    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(u"damaged"_s), qPrintable(stored.error()));
    const auto team = TeamRepository(db).create(u"Another team"_s);
    QVERIFY(!team);
    QVERIFY2(team.error().contains(u"damaged"_s), qPrintable(team.error()));
    opened = decltype(opened)::failure(u"closed"_s);
    QCOMPARE(TestData::fileHash(path), before);

    // An intact file opened the same way writes as usual once its check has passed.
    TempDatabase good;
    const QString goodPath = good.path();
    good.close();
    auto reopened = Database::open(goodPath, Database::Verification::BeforeFirstWrite);
    QVERIFY(reopened);
    if (onAThread)
        QVERIFY(reopened.value()->startVerification().valid());
    QVERIFY(SettingsRepository(*reopened.value()).setValue(u"k"_s, u"v"_s));
    QVERIFY(reopened.value()->writable());
}

void tst_Database::fullDiskChangesNothing()
{
    TempDatabase t;
    const qint64 team = TeamRepository(t.db()).create(u"Team"_s)->id;
    const qint64 id = AssessmentRepository(t.db()).create(team, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s)->id;
    Answer answer;
    answer.parameterId = u"O-1"_s;
    answer.level = 2;
    QVERIFY(AssessmentRepository(t.db()).saveAnswer(id, answer, u"Aiko"_s));
    const qint64 used = std::max(QFileInfo(t.path()).size(), QFileInfo(t.path() + u"-wal"_s).size());

    // The disk fills: no file of this process may grow any more.
    answer.level = 3;
    answer.comment = QString(Answer::MaxLongText, u'x');
    Status saved = Status::success();
    {
        const FileSizeLimit full(static_cast<rlim_t>(used));
        saved = AssessmentRepository(t.db()).saveAnswer(id, answer, u"Aiko"_s);
    }
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"disk is full"_s) || saved.error().contains(u"input/output"_s),
        qPrintable(saved.error()));
    // Nothing half-written: the stored answer and its log are as before, and the next save works.
    const Answer stored = AssessmentRepository(t.db()).load(id)->answers.value(u"O-1"_s);
    QCOMPARE(stored.level, std::optional<int>(2));
    QVERIFY(stored.comment.isEmpty());
    QCOMPARE(AnswerLog(t.db()).history(id, u"O-1"_s)->size(), 1);
    QVERIFY(AssessmentRepository(t.db()).saveAnswer(id, answer, u"Aiko"_s));
    QCOMPARE(AssessmentRepository(t.db()).load(id)->answers.value(u"O-1"_s).level, std::optional<int>(3));
}

void tst_Database::readOnlyDatabaseIsRefused()
{
    TempDatabase t;
    QVERIFY(TeamRepository(t.db()).create(u"Team"_s).isOk());

    // A write refused by SQLite as read-only gets a message that says so and changes nothing
    // (this also holds for root, whom file permissions do not stop).
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
    const Result<Team> refused = TeamRepository(t.db()).create(u"Second"_s);
    QVERIFY(!refused.isOk());
    QVERIFY2(refused.error().contains(u"cannot be written"_s), qPrintable(refused.error()));
    QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
    QCOMPARE(TeamRepository(t.db()).all()->size(), 1);
    t.close();

    if (::geteuid() == 0)
        QSKIP("root may write to any file; tst_commandline checks this as an unprivileged user instead");
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner);
    const QByteArray before = TestData::fileHash(t.path());
    const auto opened = Database::open(t.path());
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(u"read-only"_s), qPrintable(opened.error()));
    QCOMPARE(TestData::fileHash(t.path()), before);
}

// Opened read-only (a file one may not write), a database shows everything and changes nothing:
// every write is refused with a message that says why, the file stays byte for byte the same,
// and settings are simply not remembered.
void tst_Database::readOnlyOpeningReadsAndRefusesEveryWrite()
{
    TempDatabase t;
    const Result<Team> team = TeamRepository(t.db()).create(u"Team"_s);
    QVERIFY(team.isOk());
    QVERIFY(SettingsRepository(t.db()).setValue(u"ui/language"_s, u"ja"_s).isOk());
    const QString path = t.path();
    t.close();
    const QByteArray before = TestData::fileHash(path);
    {
        const Result<std::unique_ptr<Database>> opened = Database::openReadOnly(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        Database &db = *opened.value();
        QVERIFY(db.isReadOnly());
        QCOMPARE(TeamRepository(db).all()->size(), 1);
        QCOMPARE(SettingsRepository(db).value(u"ui/language"_s), u"ja"_s);

        const Result<Team> refused = TeamRepository(db).create(u"Second"_s);
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.error().contains(u"open read-only"_s), qPrintable(refused.error()));
        QVERIFY(!db.writable().isOk());
        // A setting (where the window was, the language) is not kept, and that is no error.
        QVERIFY(SettingsRepository(db).setValue(u"ui/language"_s, u"en"_s).isOk());
        QVERIFY(SettingsRepository(db).remove(u"ui/language"_s).isOk());
        QCOMPARE(SettingsRepository(db).value(u"ui/language"_s), u"ja"_s);
        // Not even a write around our classes gets through.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(u"DELETE FROM settings"_s));
    }
    QCOMPARE(TestData::fileHash(path), before);
}

void tst_Database::readOnlyOpeningRefusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("older schema: an update writes") << u"old"_s << u"must be updated before it is read"_s;
    QTest::newRow("not a database") << u"text"_s << u"not"_s;
    QTest::newRow("missing file") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("folder") << u"folder"_s << u"not a regular file"_s;
    QTest::newRow("server address") << u"server"_s << u"server decides"_s;
}

void tst_Database::readOnlyOpeningRefusesWhatItCannotRead()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = dir.filePath(u"team.sqlite"_s);
    if (kind == u"old"_s) {
        QVERIFY(QFile::copy(TestData::path(u"schema-v1.sqlite"_s), path));
    } else if (kind == u"text"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database, just some text\n");
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir(dir.path()).mkdir(u"team.sqlite"_s));
    } else if (kind == u"server"_s) {
        path = u"postgresql://nobody@localhost/sim3"_s;
    }
    const QByteArray before = QFileInfo(path).isFile() ? TestData::fileHash(path) : QByteArray();
    const Result<std::unique_ptr<Database>> opened = Database::openReadOnly(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
    if (!before.isEmpty())
        QCOMPARE(TestData::fileHash(path), before);
    if (kind == u"missing"_s)
        QVERIFY(!QFile::exists(path)); // nothing created
}

void tst_Database::missingFolderIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c/team.sqlite"_s);
    const auto opened = Database::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
    QVERIFY(QFile::exists(path));

    // A database path that is a folder gets a message, not a crash.
    const auto folder = Database::open(dir.path());
    QVERIFY(!folder.isOk());
    QVERIFY2(folder.error().contains(u"folder"_s), qPrintable(folder.error()));
}

void tst_Database::lockedDatabaseReportsBusy()
{
    TempDatabase t;
    const auto team = TeamRepository(t.db()).create(u"Team"_s);
    QVERIFY(team.isOk());
    auto second = Database::open(t.path());
    QVERIFY2(second.isOk(), qPrintable(second.error()));
    // The first copy holds the write lock, as during a long import.
    QSqlQuery lock(t.db().connection());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    // The second copy waits for the busy timeout, then says what happened; nothing changes.
    const Status renamed = TeamRepository(*second.value()).rename(team->id, u"Renamed"_s);
    QVERIFY(!renamed.isOk());
    QVERIFY2(renamed.error().contains(u"busy"_s), qPrintable(renamed.error()));
    QVERIFY(lock.exec(u"ROLLBACK"_s));
    QCOMPARE(TeamRepository(*second.value()).find(team->id)->name, u"Team"_s);
    // Once the lock is gone, the second copy writes normally.
    QVERIFY(TeamRepository(*second.value()).rename(team->id, u"Renamed"_s).isOk());
    QCOMPARE(TeamRepository(t.db()).find(team->id)->name, u"Renamed"_s);
}

void tst_Database::answerLogIsAppendOnly()
{
    TempDatabase t;
    const auto team = TeamRepository(t.db()).create(u"Team"_s);
    const auto a = AssessmentRepository(t.db()).create(team->id, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s);
    Answer answer;
    answer.parameterId = u"O-1"_s;
    answer.level = 2;
    QVERIFY(AssessmentRepository(t.db()).saveAnswer(a->id, answer, u"me"_s).isOk());
    QSqlQuery q(t.db().connection());
    QVERIFY(!q.exec(u"UPDATE answer_log SET new_value = '4'"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
}

void tst_Database::foreignKeysCascade()
{
    TempDatabase t;
    const auto team = TeamRepository(t.db()).create(u"Team"_s);
    const auto a = AssessmentRepository(t.db()).create(team->id, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s);
    Answer answer;
    answer.parameterId = u"O-1"_s;
    answer.level = 2;
    answer.evidence.append(Evidence{0, QString(), u"Doc"_s, QString(), QDate()});
    QVERIFY(AssessmentRepository(t.db()).saveAnswer(a->id, answer, u"me"_s).isOk());
    QVERIFY(TeamRepository(t.db()).remove(team->id).isOk());
    QSqlQuery q(t.db().connection());
    for (const QString &table : {u"assessments"_s, u"answers"_s, u"evidence"_s, u"answer_log"_s}) {
        QVERIFY(q.exec(u"SELECT count(*) FROM "_s + table) && q.next());
        QVERIFY2(q.value(0).toInt() == 0, qPrintable(table));
    }
    // An assessment for a team that does not exist is refused.
    QVERIFY(!AssessmentRepository(t.db()).create(4242, u"Orphan"_s, QDate(2026, 1, 1), u"sim3-v2i"_s).isOk());
}

void tst_Database::migrationToVersion5GivesEveryRowVersionOne()
{
    TempDatabase t(u"schema-v4.sqlite"_s);
    QVERIFY2(t.isOpen(), qPrintable(t.error()));
    QSqlQuery q(t.db().connection());
    for (const QString &table : {u"answers"_s, u"ratings"_s, u"profile_targets"_s, u"target_profiles"_s}) {
        QVERIFY2(
            q.exec(u"SELECT count(*), min(version), max(version) FROM %1"_s.arg(table)) && q.next(), qPrintable(table));
        if (q.value(0).toInt() > 0) {
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toInt(), 1);
        }
    }
    // Every later write raises it: a save against version 1 now meets version 2.
    const qint64 draft = AssessmentRepository(t.db()).all().value().last().id;
    Answer a = AssessmentRepository(t.db()).load(draft).value().answers.value(u"O-1"_s);
    QCOMPARE(a.version, 1);
    a.parameterId = u"O-1"_s;
    a.comment += u" (more)"_s;
    const auto saved = AssessmentRepository(t.db()).saveAnswerAt(draft, a, 1, u"Aiko"_s);
    QVERIFY2(saved && !saved->conflict, qPrintable(saved ? QString() : saved.error()));
    QCOMPARE(saved->answer.version, 2);
    a.comment += u" (again)"_s;
    const auto stale = AssessmentRepository(t.db()).saveAnswerAt(draft, a, 1, u"Ben"_s);
    QVERIFY(stale && stale->conflict);
    QVERIFY(stale->answer.comment.endsWith(u" (more)"_s)); // theirs, untouched
    QCOMPARE(AssessmentRepository(t.db()).load(draft)->answers.value(u"O-1"_s).version, 2);
}

void tst_Database::migrationToVersion6CountsAnswersFromTheirIndex()
{
    // The counts as version 5 gave them, read from the saved file before it is migrated.
    const QString counting = u"SELECT assessment_id, sum(CASE WHEN to_confirm = 0 THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN to_confirm = 1 THEN 1 ELSE 0 END) FROM answers "
                             "WHERE level IS NOT NULL OR not_applicable = 1 GROUP BY assessment_id"_s;
    QHash<qint64, AnswerCounts> before;
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"v5.sqlite"_s);
    QVERIFY(QFile::copy(TestData::path(u"schema-v5.sqlite"_s), copy));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        raw.setDatabaseName(copy);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(counting));
        while (q.next())
            before.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);
    QVERIFY(!before.isEmpty());

    TempDatabase t(u"schema-v5.sqlite"_s);
    QVERIFY2(t.isOpen(), qPrintable(t.error()));
    const auto after = AssessmentRepository(t.db()).answeredCounts();
    QVERIFY2(after, qPrintable(after ? QString() : after.error()));
    QCOMPARE(after->size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(after->value(it.key()).answered, it->answered);
        QCOMPARE(after->value(it.key()).toConfirm, it->toConfirm);
    }
    // The list's count reads the narrow index, not the answers (SQLite's plan says which).
    QSqlQuery plan(t.db().connection());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT assessment_id, to_confirm, count(*) FROM answers "
                      "WHERE level IS NOT NULL OR not_applicable = 1 GROUP BY assessment_id, to_confirm"_s));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + u'\n';
    QVERIFY2(steps.contains(u"COVERING INDEX answers_answered"_s), qPrintable(steps));
}

void tst_Database::storedTimesAreReadAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    // What toStored() writes (read directly), and everything else (read by Qt's parser).
    QTest::newRow("written by us") << u"2026-11-29T06:20:12.345Z"_s << true;
    QTest::newRow("midnight, leap day") << u"2024-02-29T00:00:00.000Z"_s << true;
    QTest::newRow("last millisecond") << u"1999-12-31T23:59:59.999Z"_s << true;
    QTest::newRow("an offset") << u"2026-11-29T15:20:12.345+09:00"_s << true;
    QTest::newRow("no milliseconds") << u"2026-11-29T06:20:12Z"_s << true;
    QTest::newRow("no day 30 in February") << u"2026-02-30T06:20:12.345Z"_s << false;
    QTest::newRow("hour 24") << u"2026-11-29T24:20:12.345Z"_s << false;
    QTest::newRow("a letter for a digit") << u"2026-1x-29T06:20:12.345Z"_s << false;
    QTest::newRow("a sign in a field") << u"2026-+1-29T06:20:12.345Z"_s << false;
    QTest::newRow("words") << u"yesterday at noon, roughly"_s << false;
}

void tst_Database::storedTimesAreReadAsQtReadsThem()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QDateTime read = Database::fromStored(text);
    QCOMPARE(read.isValid(), valid);
    QCOMPARE(read, QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
    if (valid) {
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(Database::fromStored(Database::toStored(read)), read);
    }
}

void tst_Database::networkFileSystemsAreRecognised_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    QTest::newRow("nfs") << QByteArray("nfs") << true;
    QTest::newRow("nfs4") << QByteArray("nfs4") << true;
    QTest::newRow("cifs") << QByteArray("cifs") << true;
    QTest::newRow("smb3") << QByteArray("smb3") << true;
    QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << true;
    QTest::newRow("upper case") << QByteArray("NFS4") << true;
    QTest::newRow("ext4") << QByteArray("ext4") << false;
    QTest::newRow("btrfs") << QByteArray("btrfs") << false;
    QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
    QTest::newRow("overlay") << QByteArray("overlay") << false;
    QTest::newRow("unknown") << QByteArray() << false;
}

void tst_Database::networkFileSystemsAreRecognised()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(Database::isNetworkFileSystem(type), network);
}

void tst_Database::localFileIsNoNetworkFileSystem()
{
    TempDatabase t;
    QVERIFY(t.db().networkFileSystem().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
