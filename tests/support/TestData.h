#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Files under tests/data.
namespace TestData {
QString path(const QString &relative);
QByteArray read(const QString &relative);
// The entries of a folder under tests/data, sorted.
QStringList entries(const QString &relativeDir, const QStringList &nameFilters = {});
QString sourcePath(const QString &relative);
// The SHA-256 of a file's bytes (empty when it cannot be read): "left untouched" checks.
QByteArray fileHash(const QString &path);
} // namespace TestData
