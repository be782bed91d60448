#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

// Reads a JSON object from bytes or a file, with a message that says where the syntax breaks.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    static Result<QJsonObject> parseObject(const QByteArray &bytes);
    static Result<QJsonObject> readObjectFile(const QString &path);
    // The bytes of a plain file of at most MaxFileSize; a folder, device, pipe or socket is
    // refused before it is opened.
    static Result<QByteArray> readFile(const QString &path);

    // Upper bound on the files we read: far above any real model or assessment, low enough
    // that a wrong file picked by mistake (a disk image, a video) is refused at once.
    static constexpr qint64 MaxFileSize = qint64(32) * 1024 * 1024;
};
