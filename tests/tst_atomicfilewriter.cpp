#include "exchange/AtomicFileWriter.h"

#include "FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The permission bits as the kernel has them.
int mode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

// Every output path of every export goes through AtomicFileWriter: whole files or nothing, never
// into something that is not a plain file, never readable by others.
class tst_AtomicFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFileIsOwnerOnly();
    void replacedFileKeepsItsPermissions();
    void refusedTargets_data();
    void refusedTargets();
    void fullDiskKeepsTheOldFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AtomicFileWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AtomicFileWriter::newFileIsOwnerOnly()
{
    // Even with a umask that lets everyone read, the file is the owner's only.
    const mode_t old = ::umask(0);
    const QString path = m_dir->filePath(u"report.pdf"_s);
    const Status written = AtomicFileWriter::write(path, "data");
    ::umask(old);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(contents(path), QByteArray("data"));
    QCOMPARE(mode(path), 0600);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"report.pdf"_s});
}

void tst_AtomicFileWriter::replacedFileKeepsItsPermissions()
{
    const QString path = m_dir->filePath(u"shared.csv"_s);
    QVERIFY(writeFile(path, "old"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
    QVERIFY(AtomicFileWriter::write(path, "new"));
    QCOMPARE(contents(path), QByteArray("new"));
    QCOMPARE(mode(path), 0640);
}

void tst_AtomicFileWriter::refusedTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("missing folder") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("fifo") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("/dev/full") << u"device"_s << u"not a regular file"_s;
    QTest::newRow("symbolic link") << u"symlink"_s << u"symbolic link"_s;
    QTest::newRow("dangling link") << u"dangling"_s << u"symbolic link"_s;
    QTest::newRow("open database") << u"protected"_s << u"open database"_s;
    QTest::newRow("its -wal file") << u"protected-wal"_s << u"open database"_s;
}

void tst_AtomicFileWriter::refusedTargets()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString other = m_dir->filePath(u"other.txt"_s);
    QVERIFY(writeFile(other, "keep me"));
    QString path;
    if (kind == u"folder"_s) {
        path = m_dir->path();
    } else if (kind == u"missing"_s) {
        path = m_dir->filePath(u"no/such/folder/x.pdf"_s);
    } else if (kind == u"fifo"_s) {
        path = m_dir->filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"device"_s) {
        path = u"/dev/full"_s;
    } else if (kind == u"symlink"_s) {
        path = m_dir->filePath(u"link.pdf"_s);
        QVERIFY(QFile::link(other, path));
    } else if (kind == u"dangling"_s) {
        path = m_dir->filePath(u"dangling.pdf"_s);
        QVERIFY(QFile::link(m_dir->filePath(u"gone.pdf"_s), path));
    } else if (kind.startsWith(u"protected"_s)) {
        AtomicFileWriter::protect(other);
        AtomicFileWriter::protect(other + u"-wal"_s);
        path = kind == u"protected"_s ? other : other + u"-wal"_s;
    }
    // Returns at once (a FIFO is never opened, so nothing waits for a reader).
    const Status written = AtomicFileWriter::write(path, "new data");
    if (kind.startsWith(u"protected"_s)) {
        AtomicFileWriter::release(other);
        AtomicFileWriter::release(other + u"-wal"_s);
    }
    QVERIFY(!written);
    QVERIFY2(written.error().contains(message), qPrintable(written.error()));
    QCOMPARE(contents(other), QByteArray("keep me"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"gone.pdf"_s)));
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files | QDir::System))
        QVERIFY2(!name.endsWith(u".part"_s), qPrintable(name));
}

void tst_AtomicFileWriter::fullDiskKeepsTheOldFile()
{
    const QString path = m_dir->filePath(u"report.pdf"_s);
    QVERIFY(writeFile(path, "an older report"));
    Status written = Status::success();
    {
        const FileSizeLimit limit(4096);
        written = AtomicFileWriter::write(path, QByteArray(qsizetype(64) * 1024, 'x'));
    }
    QVERIFY(!written);
    QVERIFY2(written.error().contains(u"nothing was replaced"_s), qPrintable(written.error()));
    QCOMPARE(contents(path), QByteArray("an older report"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"report.pdf"_s});
}

QTEST_APPLESS_MAIN(tst_AtomicFileWriter)
#include "tst_atomicfilewriter.moc"
