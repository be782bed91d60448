#include "JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

Result<QJsonObject> JsonReader::parseObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, bytes.size());
        const QByteArray before = bytes.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("JsonReader", "Not valid JSON: %1 at line %2, column %3.")
                .arg(parseError.errorString(), QString::number(line), QString::number(column)));
    }
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("JsonReader", "The file holds JSON, but not a JSON object at the top level."));
    return Result<QJsonObject>::success(doc.object());
}

Result<QJsonObject> JsonReader::readObjectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("JsonReader", "Cannot read \"%1\": %2.").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("JsonReader", "\"%1\" is too large (%2 bytes) to be a SIM3 Workbench file.")
                .arg(path, QString::number(file.size())));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("JsonReader", "Cannot read \"%1\": %2.").arg(path, file.errorString()));
    return parseObject(bytes);
}
