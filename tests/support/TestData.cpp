#include "TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

QString TestData::path(const QString &relative)
{
    return QStringLiteral(SIM3_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray TestData::read(const QString &relative)
{
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList TestData::entries(const QString &relativeDir, const QStringList &nameFilters)
{
    return QDir(path(relativeDir)).entryList(nameFilters, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString TestData::sourcePath(const QString &relative)
{
    return QStringLiteral(SIM3_SOURCE_DIR) + u'/' + relative;
}

QByteArray TestData::fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
