#include "TempDatabase.h"

#include "TestData.h"

#include <QFile>

using namespace Qt::StringLiterals;

TempDatabase::TempDatabase()
{
    open();
}

TempDatabase::TempDatabase(const QString &savedDatabase)
{
    QFile::copy(TestData::path(savedDatabase), path());
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    open();
}

QString TempDatabase::path() const
{
    return m_dir.filePath(u"test.sqlite"_s);
}

bool TempDatabase::reopen()
{
    m_db.reset();
    return open();
}

bool TempDatabase::open()
{
    auto opened = Database::open(path());
    if (!opened) {
        m_error = opened.error();
        return false;
    }
    m_db = std::move(opened).value();
    m_db->setClock([this] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC).addSecs(m_ticks++); });
    return true;
}
