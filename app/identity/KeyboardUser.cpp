#include "KeyboardUser.h"

#include <QCoreApplication>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
const QString NameKey = u"user/name"_s;
}

QString KeyboardUser::remembered()
{
    return QSettings(u"sim3-workbench"_s, u"sim3-workbench"_s).value(NameKey).toString().trimmed();
}

void KeyboardUser::remember(const QString &name)
{
    QSettings settings(u"sim3-workbench"_s, u"sim3-workbench"_s);
    settings.setValue(NameKey, name.trimmed());
    settings.sync();
}

QString KeyboardUser::systemName()
{
#ifdef Q_OS_UNIX
    // The GECOS field is "Full Name,room,phone,..."; its first part is the full name.
    if (const passwd *entry = ::getpwuid(::getuid())) {
        const QString full = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        const QString login = QString::fromLocal8Bit(entry->pw_name).trimmed();
        if (!login.isEmpty())
            return login;
    }
#endif
    // Elsewhere (Windows: USERNAME) the login name from the environment.
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
}

QString KeyboardUser::current()
{
    QString name = remembered();
    if (name.isEmpty())
        name = systemName();
    if (name.isEmpty())
        name = QCoreApplication::translate("KeyboardUser", "unnamed user");
    return name;
}
