#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

Status AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Status::failure(tr("\"%1\" is a folder. Choose a file name to write to.").arg(native));
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
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return fail(temp.errorString());
    if (QFileInfo(temp.fileName()).size() != bytes.size())
        return fail(tr("only part of the file could be written"));
    // Keep the permissions an existing file had; new files get the usual ones.
    const QFileDevice::Permissions permissions = info.exists()
        ? QFile::permissions(info.absoluteFilePath())
        : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    temp.setPermissions(permissions);
    temp.close();
    if (std::rename(
            QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(info.absoluteFilePath()).constData())
        != 0)
        return fail(tr("the finished file could not be moved into place"));
    temp.setAutoRemove(false);
    return Status::success();
}
