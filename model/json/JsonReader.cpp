#include "JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace {

QString at(qsizetype line, qsizetype column)
{
    return JsonReader::tr("at line %1, column %2").arg(QString::number(line), QString::number(column));
}

int hexValue(const QByteArray &bytes, qsizetype from)
{
    if (from + 4 > bytes.size())
        return -1;
    bool ok = false;
    const int value = bytes.mid(from, 4).toInt(&ok, 16);
    return ok ? value : -1;
}

// What Qt's parser lets through but RFC 8259 forbids, and what it would read wrongly: raw
// control characters (NUL included) inside strings, and UTF-16 surrogate escapes that do not
// pair up (Qt's parser swallows the character after a lone \ud800). Positions count bytes.
Status checkStrings(const QByteArray &bytes)
{
    bool inString = false;
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            if (inString)
                return Status::failure(
                    JsonReader::tr("Not valid JSON: a line break inside a string %1 (write it as \\n).")
                        .arg(at(line, i - lineStart + 1)));
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return Status::failure(
                JsonReader::tr(
                    "Not valid JSON: the control character U+%1 inside a string %2 (write it as an escape such as "
                    "\\u%1).")
                    .arg(QString::number(c, 16).rightJustified(4, u'0').toUpper(), at(line, i - lineStart + 1)));
        } else if (c == '\\' && i + 1 < bytes.size()) {
            if (bytes.at(i + 1) == 'u') {
                const int unit = hexValue(bytes, i + 2);
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return Status::failure(JsonReader::tr("Not valid JSON: a lone UTF-16 surrogate \\u%1 %2.")
                                               .arg(QString::number(unit, 16).toUpper(), at(line, i - lineStart + 1)));
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const int next = bytes.mid(i + 6, 2) == "\\u" ? hexValue(bytes, i + 8) : -1;
                    if (next < 0xDC00 || next > 0xDFFF)
                        return Status::failure(
                            JsonReader::tr("Not valid JSON: a lone UTF-16 surrogate \\u%1 %2.")
                                .arg(QString::number(unit, 16).toUpper(), at(line, i - lineStart + 1)));
                    i += 6; // the pair's first half; the second is read as an ordinary escape
                }
            }
            ++i; // the escaped character
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        return Status::failure(JsonReader::tr("Not valid JSON: the file is not valid UTF-8 text."));
    return Status::success();
}

} // namespace

Result<QJsonObject> JsonReader::parseObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    if (const Status strings = checkStrings(bytes); !strings)
        return Result<QJsonObject>::failure(strings.error());
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, bytes.size());
        const QByteArray before = bytes.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return Result<QJsonObject>::failure(
            tr("Not valid JSON: %1 at line %2, column %3.")
                .arg(parseError.errorString(), QString::number(line), QString::number(column)));
    }
    if (!doc.isObject())
        return Result<QJsonObject>::failure(tr("The file holds JSON, but not a JSON object at the top level."));
    return Result<QJsonObject>::success(doc.object());
}

Result<QJsonObject> JsonReader::readObjectFile(const QString &path)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return Result<QJsonObject>::failure(bytes.error());
    return parseObject(bytes.value());
}

Result<QByteArray> JsonReader::readFile(const QString &path)
{
    using R = Result<QByteArray>;
    // Checked before anything is opened: a FIFO would wait for a writer, a device such as
    // /dev/zero never ends, and a folder is not a file.
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("Cannot read \"%1\": %2.").arg(path, tr("there is no such file")));
    if (info.isDir())
        return R::failure(tr("\"%1\" is a folder, not a file. Choose a SIM3 Workbench file.").arg(path));
    if (!info.isFile())
        return R::failure(
            tr("\"%1\" is not a regular file (it is a device, a pipe or a socket). Choose a SIM3 Workbench file.")
                .arg(path));
    if (info.size() > MaxFileSize)
        return R::failure(tr("\"%1\" is too large (%2 bytes) to be a SIM3 Workbench file; the limit is %3 bytes.")
                              .arg(path, QString::number(info.size()), QString::number(MaxFileSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    // Read at most one byte more than the limit, in case the file grew since it was measured.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    if (bytes.size() > MaxFileSize)
        return R::failure(tr("\"%1\" is too large to be a SIM3 Workbench file; the limit is %2 bytes.")
                              .arg(path, QString::number(MaxFileSize)));
    return R::success(bytes);
}
