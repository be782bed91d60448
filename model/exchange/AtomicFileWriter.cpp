#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

Status AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(tr("\"%1\" is a folder. Choose a file name to write to.").arg(native));
    if (!info.absoluteDir().exists())
        return Status::failure(tr("Cannot write \"%1\": the folder \"%2\" does not exist.")
                                   .arg(native, QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write \"%1\": %2. Check that the folder is writable, or choose another place.")
                                   .arg(native, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("Cannot write \"%1\": %2. The disk may be full; nothing was replaced.").arg(native, reason));
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write \"%1\": %2. The disk may be full; nothing was replaced.")
                                   .arg(native, file.errorString()));
    return Status::success();
}
