#pragma once

#include "core/Result.h"

#include <QJsonObject>

// Reads a JSON object from bytes or a file, with a message that says where the syntax breaks.
class JsonReader final
{
public:
    static Result<QJsonObject> parseObject(const QByteArray &bytes);
    static Result<QJsonObject> readObjectFile(const QString &path);

    // Upper bound on the files we read: far above any real model or assessment, low enough
    // that a wrong file picked by mistake (a disk image, a video) is refused at once.
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;
};
