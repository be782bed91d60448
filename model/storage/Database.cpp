#include "Database.h"

#include "exchange/AtomicFileWriter.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/PostgresDialect.h"
#include "storage/PostgresSchema.h"
#include "storage/PostgresTarget.h"
#include "storage/ServerAccess.h"
#include "storage/SqlError.h"
#include "storage/SqlTransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Both ways of opening a file need Qt's SQLite driver, a package of its own on Debian.
Status sqliteDriverAvailable()
{
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Status::success();
    return Status::failure(Database::tr("Qt's SQLite driver is not installed. On Debian or Ubuntu install the package "
                                        "libqt6sql6-sqlite, then start SIM3 Workbench again."));
}

QAtomicInteger<quint64> s_connectionCounter;

// Returns the value of a single-value pragma or query, or an invalid QVariant on error.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError();
        return {};
    }
    return q.value(0);
}

Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            Database::tr("Cannot read the database \"%1\": %2. Check that the file exists and that you may read it.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() == 0)
        return Status::success(); // an empty file becomes a new database
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return Status::failure(Database::tr("\"%1\" is not a SIM3 Workbench database (it is not an SQLite file). "
                                            "Choose another file, or start with a new one.")
                                   .arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

} // namespace

Database::Database(QString path, QString connectionName, Engine engine)
    : m_engine(engine)
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

namespace {
QStringList databaseFiles(const QString &path)
{
    return {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s};
}
} // namespace

Database::~Database()
{
    if (m_engine == Engine::SQLite) {
        for (const QString &file : databaseFiles(m_path))
            AtomicFileWriter::release(file);
    }
    // A started check runs on a connection of its own; wait for it before the driver goes.
    if (m_verification.valid())
        m_verification.wait();
    m_statements.clear(); // before their connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/sim3-workbench"_s;
    return dir + u"/sim3-workbench.sqlite"_s;
}

Result<std::unique_ptr<Database>> Database::open(
    const QString &path, Verification verification, const QString &password, bool *passwordWanted)
{
    using R = Result<std::unique_ptr<Database>>;
    if (passwordWanted)
        *passwordWanted = false;
    if (PostgresTarget::looksLikeServer(path)) {
        const Result<PostgresTarget> target = PostgresTarget::parse(path);
        if (!target)
            return R::failure(target.error());
        return openServer(target.value(), password, passwordWanted);
    }
    if (const Status driver = sqliteDriverAvailable(); !driver)
        return R::failure(driver.error());

    const QFileInfo info(path);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isSymLink() && !info.exists())
        return R::failure(tr("\"%1\" is a symbolic link to \"%2\", which does not exist. Nothing was created: restore "
                             "the file it points to, or choose another database.")
                              .arg(native, QDir::toNativeSeparators(info.symLinkTarget())));
    if (info.exists()) {
        if (info.isDir())
            return R::failure(tr("\"%1\" is a folder, not a database file. Choose a file name.").arg(native));
        // A device or a pipe is never opened: reading a FIFO would wait forever, and SQLite would
        // create journal files beside a device.
        if (!info.isFile())
            return R::failure(tr("\"%1\" is not a regular file (it is a device, a pipe or a socket). Choose a database "
                                 "file.")
                                  .arg(native));
        if (const Status header = checkHeader(path); !header)
            return R::failure(header.error());
        if (!info.isWritable())
            return R::failure(tr("The database \"%1\" is read-only. SIM3 Workbench saves every change at once and "
                                 "needs to write to it: make the file writable, or copy it to a folder of yours.")
                                  .arg(native));
    } else {
        const QFileInfo folder(info.absolutePath());
        if (folder.exists() && !folder.isDir())
            return R::failure(tr("\"%1\" is a file, not a folder, so the database \"%2\" cannot be created in it. "
                                 "Choose another location with --db.")
                                  .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), native));
        if (folder.exists() && !folder.isWritable())
            return R::failure(
                tr("The folder \"%1\" is read-only, so the database \"%2\" cannot be created there. Choose "
                   "a folder of yours with --db (or File > Open), or make the folder writable.")
                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), native));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(tr("Cannot create the folder \"%1\" for the database. Check its permissions, or choose "
                                 "another location with --db.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
        // Create the file ourselves, readable by its owner only from its first byte (the mode is
        // given to open(), not changed afterwards); SQLite gives its -wal and -shm files the same.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return R::failure(tr("Cannot create the database \"%1\": %2. Check the folder's permissions, or choose "
                                 "another location with --db.")
                                  .arg(native, file.errorString()));
        file.close();
    }

    const QString name = u"sim3-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, Engine::SQLite));
    // No export may ever overwrite the open database or its journal files.
    for (const QString &file : databaseFiles(info.absoluteFilePath()))
        AtomicFileWriter::protect(file);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(info.absoluteFilePath());
        // A second running copy waits up to 5 s for a write lock rather than failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return R::failure(SqlError::describe(tr("Opening the database \"%1\"").arg(native), db.lastError()));
    }
    if (const Status status = database->initialise(verification); !status)
        return R::failure(status.error());
    return R::success(std::move(database));
}

bool Database::isReadOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    return !PostgresTarget::looksLikeServer(path) && info.isFile() && !info.isWritable();
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (PostgresTarget::looksLikeServer(path))
        return R::failure(tr("A shared database is opened as usual; its server decides what you may change."));
    if (const Status driver = sqliteDriverAvailable(); !driver)
        return R::failure(driver.error());
    const QFileInfo info(path);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return R::failure(tr("The database \"%1\" does not exist.").arg(native));
    if (!info.isFile())
        return R::failure(tr("\"%1\" is not a regular file (it is a folder, a device, a pipe or a socket). Choose a "
                             "database file.")
                              .arg(native));
    if (const Status header = checkHeader(path); !header)
        return R::failure(header.error());

    const QString name = u"sim3-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, Engine::SQLite));
    database->m_readOnly = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // SQLite reads a database in WAL mode through a shared-memory file beside it. Where that
        // file can be neither found nor made (a read-only folder) and no log is waiting to be
        // merged, the file is read as it is, unchanging ("immutable").
        const QString folder = info.absolutePath();
        const bool immutable = !QFileInfo(folder).isWritable() && !QFileInfo::exists(path + u"-shm"_s)
            && !QFileInfo::exists(path + u"-wal"_s);
        if (immutable) {
            db.setDatabaseName(
                QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            db.setDatabaseName(info.absoluteFilePath());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open())
            return R::failure(SqlError::describe(tr("Opening the database \"%1\"").arg(native), db.lastError()));
    }
    if (const Status status = database->initialise(Verification::Full); !status)
        return R::failure(status.error());
    return R::success(std::move(database));
}

namespace {

// Whether the server refused the login for want of a (right) password.
bool asksForPassword(const QSqlError &error)
{
    const QString text = error.text();
    return text.contains(u"no password supplied"_s) || text.contains(u"password authentication failed"_s)
        || error.nativeErrorCode() == u"28P01"_s;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(
    const PostgresTarget &target, const QString &password, bool *passwordWanted)
{
    using R = Result<std::unique_ptr<Database>>;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return R::failure(tr("Qt's PostgreSQL driver is not installed. On Debian or Ubuntu install the package "
                             "libqt6sql6-psql, then start SIM3 Workbench again."));
    const QString name = u"sim3-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(target.display(), name, Engine::PostgreSQL));
    database->m_password = password;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        target.applyTo(db);
        if (!password.isEmpty())
            db.setPassword(password);
        if (!db.open()) {
            if (passwordWanted)
                *passwordWanted = asksForPassword(db.lastError());
            return R::failure(SqlError::describe(
                tr("Connecting to the database server \"%1\"").arg(target.display()), db.lastError()));
        }
    }
    if (const Status status = database->initialiseServer(); !status)
        return R::failure(status.error());
    return R::success(std::move(database));
}

Status Database::initialiseServer()
{
    QSqlDatabase db = connection();
    {
        // A role without rights on the tables does not even see them: say so, rather than
        // trying to set up a new database in their place.
        QSqlQuery q(db);
        if (q.exec(
                u"SELECT to_regclass('%1') IS NOT NULL AND NOT has_table_privilege('%1', 'SELECT'), current_user"_s.arg(
                    PostgresDialect::schemaVersionTable()))
            && q.next() && q.value(0).toBool())
            return Status::failure(tr("You (%1) have no access to the shared database \"%2\". Ask its administrator to "
                                      "run: sim3-workbench admin grant TEAM %1 --as reader (or assessor, or lead).")
                                       .arg(q.value(1).toString(), m_path));
    }
    const Result<int> version = PostgresSchema::version(db);
    if (!version)
        return Status::failure(version.error());
    // A reader may not change the schema; it needs no change when it is already current.
    if (version.value() != Migrations::latestVersion()) {
        if (const Status migrated = PostgresSchema::migrate(db); !migrated)
            return migrated;
    }
    if (const Status access = ServerAccess::checkSomeAccess(*this); !access)
        return access;
    return listen();
}

Status Database::listen()
{
    QSqlDriver *driver = connection().driver();
    if (!driver->subscribeToNotification(PostgresSchema::changeChannel()))
        return Status::failure(SqlError::describe(tr("Asking the server to report changes"), driver->lastError()));
    if (m_listening)
        return Status::success(); // a reconnection: the same driver, already connected
    m_listening = true;
    QObject::connect(driver, &QSqlDriver::notification, driver,
        [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &) {
            if (channel != PostgresSchema::changeChannel() || source == QSqlDriver::SelfSource)
                return;
            ++m_remoteChanges;
            if (m_changeListener)
                m_changeListener();
        });
    return Status::success();
}

bool Database::isConnected() const
{
    if (m_engine == Engine::SQLite)
        return true;
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(u"SELECT 1"_s) && q.next();
}

Status Database::reconnect()
{
    if (m_engine == Engine::SQLite)
        return Status::success();
    m_statements.clear(); // prepared on the connection that went away
    QSqlDatabase db = connection();
    db.close();
    m_transactionDepth = 0;
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    if (!db.open())
        return Status::failure(
            SqlError::describe(tr("Connecting to the database server \"%1\"").arg(m_path), db.lastError()));
    return listen();
}

QString Database::shortName() const
{
    if (m_engine == Engine::SQLite)
        return QFileInfo(m_path).fileName();
    const QSqlDatabase db = connection();
    const QString host = db.hostName().isEmpty() || db.hostName().startsWith(u'/') ? u"localhost"_s : db.hostName();
    return tr("%1 on %2").arg(db.databaseName(), host);
}

Status Database::initialise(Verification verification)
{
    QSqlDatabase db = connection();
    const QString native = QDir::toNativeSeparators(m_path);

    QSqlError error;
    const QVariant version = scalar(db, u"PRAGMA user_version"_s, &error);
    if (!version.isValid())
        return Status::failure(SqlError::describe(tr("Reading the database \"%1\"").arg(native), error));
    const int userVersion = version.toInt();
    const int applicationId = scalar(db, u"PRAGMA application_id"_s).toInt();
    const int tableCount = scalar(db, u"SELECT count(*) FROM sqlite_master"_s).toInt();

    if (tableCount > 0 && applicationId != ApplicationId)
        return Status::failure(tr("\"%1\" is an SQLite database, but not one of SIM3 Workbench. It was left "
                                  "unchanged; choose another file.")
                                   .arg(native));
    if (userVersion > Migrations::latestVersion())
        return Status::failure(
            tr("The database \"%1\" was written by a newer version of SIM3 Workbench (schema %2; "
               "this version reads up to %3). It was left unchanged: update SIM3 Workbench to open it.")
                .arg(native, QString::number(userVersion), QString::number(Migrations::latestVersion())));

    if (m_readOnly) {
        if (tableCount == 0)
            return Status::failure(tr("\"%1\" is empty: there is nothing to read in it.").arg(native));
        if (userVersion < Migrations::latestVersion())
            return Status::failure(
                tr("The database \"%1\" was written by an older version of SIM3 Workbench and "
                   "must be updated before it is read, which writes to it. Make it writable, or copy "
                   "it to a folder of yours, and open it again.")
                    .arg(native));
        if (const Status intact = IntegrityCheck::run(db, m_path); !intact)
            return intact;
        QSqlQuery pragma(db);
        if (!pragma.exec(u"PRAGMA foreign_keys = ON"_s))
            return Status::failure(SqlError::describe(tr("Preparing the database"), pragma.lastError()));
        return Status::success();
    }

    const QString journalMode = scalar(db, u"PRAGMA journal_mode"_s).toString().toLower();
    const bool needsWrite = userVersion < Migrations::latestVersion() || journalMode != u"wal"_s;
    if (tableCount > 0) {
        if (verification == Verification::Full || needsWrite) {
            if (const Status intact = IntegrityCheck::run(db, m_path); !intact)
                return intact;
        } else {
            m_checkBeforeWrite = true;
        }
    }

    QSqlQuery pragma(db);
    // WAL lets a reader see the last committed state while another copy writes; each commit
    // is durable once it returns (synchronous=FULL).
    if (journalMode != u"wal"_s && !pragma.exec(u"PRAGMA journal_mode = WAL"_s))
        return Status::failure(SqlError::describe(tr("Preparing the database"), pragma.lastError()));
    if (!pragma.exec(u"PRAGMA synchronous = FULL"_s))
        return Status::failure(SqlError::describe(tr("Preparing the database"), pragma.lastError()));

    // Foreign keys are switched on after the migrations, so that a migration may rebuild a table
    // (SQLite ignores the pragma inside a transaction and would check a half-built schema).
    if (userVersion < Migrations::latestVersion()) {
        if (const Status migrated = migrate(userVersion); !migrated)
            return migrated;
    }
    if (!pragma.exec(u"PRAGMA foreign_keys = ON"_s))
        return Status::failure(SqlError::describe(tr("Preparing the database"), pragma.lastError()));
    return Status::success();
}
Status Database::migrate(int fromVersion)
{
    SqlTransaction transaction(*this);
    if (!transaction.isActive())
        return Status::failure(SqlError::describe(tr("Updating the database schema"), transaction.lastError()));
    QSqlQuery q(connection());
    for (int version = fromVersion + 1; version <= Migrations::latestVersion(); ++version) {
        for (const QString &statement : Migrations::step(version)) {
            if (!q.exec(statement))
                return Status::failure(
                    SqlError::describe(tr("Updating the database schema to version %1").arg(version), q.lastError()));
        }
    }
    if (!q.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId))
        || !q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion())))
        return Status::failure(SqlError::describe(tr("Updating the database schema"), q.lastError()));
    return transaction.commit();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::Statement::~Statement()
{
    if (m_shared)
        m_shared->finish(); // its rows are done with; the preparation stays
}

Database::Statement Database::prepared(const QString &sql)
{
    Statement statement;
    if (m_engine == Engine::PostgreSQL) {
        if (const auto found = m_statements.find(sql); found != m_statements.end()) {
            statement.m_shared = found->second.get();
            return statement;
        }
    }
    auto q = std::make_unique<QSqlQuery>(connection());
    // A failed preparation is kept out of the cache; exec() then reports it.
    if (!q->prepare(sql) || m_engine == Engine::SQLite) {
        statement.m_own = std::move(q);
        return statement;
    }
    statement.m_shared = q.get();
    m_statements.emplace(sql, std::move(q));
    return statement;
}

std::shared_future<Status> Database::startVerification()
{
    if (m_checkBeforeWrite) {
        m_checkBeforeWrite = false;
        m_verification
            = std::async(std::launch::async, [checked = m_path] { return IntegrityCheck::run(checked); }).share();
    }
    return m_verification;
}

Status Database::writable()
{
    if (m_readOnly)
        return Status::failure(tr("The database \"%1\" is open read-only: nothing in it can be changed. To make "
                                  "changes, open a copy of it that you may write.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    if (!m_verdict && m_verification.valid()) {
        m_verdict = m_verification.get();
        m_verification = {};
    }
    if (!m_verdict && m_checkBeforeWrite) {
        m_checkBeforeWrite = false;
        m_verdict = IntegrityCheck::run(connection(), m_path);
    }
    return m_verdict ? *m_verdict : Status::success();
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::PostgreSQL) {
        QSqlDatabase db = connection();
        const Result<int> version = PostgresSchema::version(db);
        return version ? version.value() : -1;
    }
    return scalar(connection(), u"PRAGMA user_version"_s).toInt();
}

QDateTime Database::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString Database::toStored(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    // What toStored() writes, "2026-11-29T06:20:12.345Z", read directly: QDateTime's general ISO
    // parser costs 3,800 instructions a value, and a list of 1,000 assessments reads 2,000 of
    // them. Anything else (another program's offsets, say) goes to that parser.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        bool digits = true;
        const auto number = [&text, &digits](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9')
                    digits = false;
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.toUTC();
}

QString Database::toStored(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate Database::dateFromStored(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

Result<qint64> Database::dataVersion() const
{
    if (m_engine == Engine::PostgreSQL)
        return Result<qint64>::success(m_remoteChanges);
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return Result<qint64>::failure(SqlError::describe(tr("Checking for changes by others"), q.lastError()));
    return Result<qint64>::success(q.value(0).toLongLong());
}

bool Database::isNetworkFileSystem(const QByteArray &type)
{
    // As Linux names them in /proc/mounts; FUSE ones carry a prefix ("fuse.sshfs").
    static const QList<QByteArray> network{"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
        "ceph", "glusterfs", "lustre", "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2"};
    return network.contains(type.toLower());
}

QString Database::networkFileSystem() const
{
    if (m_engine == Engine::PostgreSQL)
        return {};
    const QByteArray type = QStorageInfo(QFileInfo(m_path).absolutePath()).fileSystemType();
    return isNetworkFileSystem(type) ? QString::fromLatin1(type) : QString();
}

QString Database::networkFileSystemWarning() const
{
    const QString type = networkFileSystem();
    if (type.isEmpty())
        return {};
    return tr("The database \"%1\" lies on a network file system (%2). SQLite's write-ahead log is not safe "
              "there: two computers writing at once can damage the file. Keep the file on this computer's own "
              "disk and share assessments as files, or share a database server instead.")
        .arg(QDir::toNativeSeparators(m_path), type);
}
