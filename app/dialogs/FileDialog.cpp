#include "FileDialog.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QString> s_nextPath;
FileDialog::Kind s_lastKind = FileDialog::Kind::None;

std::optional<QString> takeNext()
{
    std::optional<QString> next = s_nextPath;
    s_nextPath.reset();
    return next;
}
} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    s_lastKind = Kind::Open;
    if (const auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    s_lastKind = Kind::Save;
    if (const auto next = takeNext())
        return *next;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, dir + QLatin1Char('/') + suggestedName, filter);
}

void FileDialog::setNextPath(const QString &path)
{
    s_nextPath = path;
}

FileDialog::Kind FileDialog::lastKind()
{
    return s_lastKind;
}
