#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <QMutex>
#include <QStringList>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace {

// The written bytes on the disk, not only in the system's cache.
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// `from` takes the place of `to` in one step: a reader sees the old file or the new one.
bool replaceAtomically(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return ::MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
               reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
               MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

QMutex s_protectedMutex;
QStringList s_protected; // canonical paths, one entry per registration

// The path a write would land on, with links in its folder resolved; for a file that does not
// exist yet, its folder's canonical path and its name.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

} // namespace

void AtomicFileWriter::protect(const QString &path)
{
    const QMutexLocker lock(&s_protectedMutex);
    s_protected.append(resolved(path));
}

void AtomicFileWriter::release(const QString &path)
{
    const QMutexLocker lock(&s_protectedMutex);
    s_protected.removeOne(resolved(path));
}

bool AtomicFileWriter::isProtected(const QString &path)
{
    const QString target = resolved(path);
    const QMutexLocker lock(&s_protectedMutex);
    return s_protected.contains(target);
}

Status AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isSymLink())
        return Status::failure(tr("\"%1\" is a symbolic link. Nothing was written and the file it points to was left "
                                  "as it is: choose the file itself, or another name.")
                                   .arg(native));
    if (info.isDir())
        return Status::failure(tr("\"%1\" is a folder. Choose a file name to write to.").arg(native));
    if (isProtected(path))
        return Status::failure(tr("\"%1\" is the open database (or one of its files) and is never overwritten by an "
                                  "export. Choose another file name.")
                                   .arg(native));
    // Devices, pipes and sockets cannot be replaced atomically, and must never be replaced.
    if (info.exists() && !info.isFile())
        return Status::failure(tr("\"%1\" is not a regular file. Choose a file name to write to.").arg(native));
    if (!info.absoluteDir().exists())
        return Status::failure(tr("Cannot write \"%1\": the folder \"%2\" does not exist.")
                                   .arg(native, QDir::toNativeSeparators(info.absolutePath())));

    // QSaveFile was seen to commit a truncated file when the disk filled part-way, so every
    // step is checked here: full write, flush, fsync, size on disk, then an atomic rename.
    QTemporaryFile temp(info.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        return Status::failure(
            tr("Cannot write \"%1\": %2. Check that the folder is writable, or choose another place.")
                .arg(native, temp.errorString()));
    const auto fail = [&](const QString &reason) {
        temp.remove();
        return Status::failure(
            tr("Cannot write \"%1\": %2. The disk may be full; nothing was replaced.").arg(native, reason));
    };
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = temp.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return fail(temp.errorString());
        written += n;
    }
    if (!temp.flush() || !syncToDisk(temp))
        return fail(temp.errorString());
    if (QFileInfo(temp.fileName()).size() != bytes.size())
        return fail(tr("only part of the file could be written"));
    // Keep the permissions an existing file had; a new file is the owner's only. The temporary
    // file was created 0600, so the data is never readable by others on the way.
    if (info.exists() && !temp.setPermissions(QFile::permissions(info.absoluteFilePath())))
        return fail(temp.errorString());
    temp.close();
    if (!replaceAtomically(temp.fileName(), info.absoluteFilePath()))
        return fail(tr("the finished file could not be moved into place"));
    temp.setAutoRemove(false);
    return Status::success();
}
