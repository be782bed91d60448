#include "FileDialog.h"

#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QString> s_nextPath;
FileDialog::Kind s_lastKind = FileDialog::Kind::None;
QString s_lastSuggestedName;

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
    s_lastSuggestedName = suggestedName;
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

QString FileDialog::lastSuggestedName()
{
    return s_lastSuggestedName;
}

QString FileDialog::suggestedName(const QString &text, const QString &suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    QString name = text.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    return (name.isEmpty() ? QStringLiteral("sim3") : name) + suffix;
}
