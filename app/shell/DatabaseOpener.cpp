#include "DatabaseOpener.h"

#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "storage/PostgresTarget.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString RememberedKey = u"database/last"_s;
constexpr int PasswordTries = 3;
} // namespace

DatabaseOpener::Outcome DatabaseOpener::open(
    QWidget *parent, const QString &location, Database::Verification verification)
{
    Outcome outcome;
    QString password;
    for (int attempt = 0; attempt <= PasswordTries; ++attempt) {
        bool passwordWanted = false;
        Result<std::unique_ptr<Database>> opened = Database::open(location, verification, password, &passwordWanted);
        if (opened) {
            outcome.database = std::move(opened).value();
            return outcome;
        }
        outcome.error = opened.error();
        if (Database::isReadOnlyFile(location))
            return offerReadOnly(parent, location, std::move(outcome));
        if (!passwordWanted || attempt == PasswordTries)
            return outcome;
        const Result<PostgresTarget> target = PostgresTarget::parse(location);
        const QString who = target && !target->user.isEmpty() ? target->user : qEnvironmentVariable("USER");
        const QString where = target ? target->display() : location;
        const std::optional<QString> typed = InputDialog::getPassword(parent, tr("Password for the Database Server"),
            attempt == 0 ? tr("The server %1 asks for the password of %2. It is used for this session only and is not "
                              "stored (to be asked no more, put it in ~/.pgpass).")
                               .arg(where, who)
                         : tr("The server refused that password for %1. Type it again.").arg(who));
        if (!typed) {
            outcome.error.clear(); // cancelled: nothing to report
            return outcome;
        }
        password = *typed;
    }
    return outcome;
}

DatabaseOpener::Outcome DatabaseOpener::offerReadOnly(QWidget *parent, const QString &location, Outcome refused)
{
    const QMessageBox::StandardButton answer = MessageBox::question(parent, tr("Read-Only Database"),
        tr("%1\n\nOpen it read-only? Its assessments, charts and history can be looked at and reports exported; "
           "nothing in it can be changed.")
            .arg(refused.error),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    Outcome outcome;
    if (answer != QMessageBox::Open)
        return outcome; // cancelled: nothing to report
    Result<std::unique_ptr<Database>> opened = Database::openReadOnly(location);
    if (opened)
        outcome.database = std::move(opened).value();
    else
        outcome.error = opened.error();
    return outcome;
}

namespace {
// Per account, beside the name of the person at the keyboard (KeyboardUser).
QSettings accountSettings()
{
    return QSettings(u"sim3-workbench"_s, u"sim3-workbench"_s);
}
} // namespace

QString DatabaseOpener::remembered()
{
    return accountSettings().value(RememberedKey).toString();
}

void DatabaseOpener::remember(const QString &location)
{
    QSettings settings = accountSettings();
    if (location.isEmpty() || location == Database::defaultPath())
        settings.remove(RememberedKey);
    else
        settings.setValue(RememberedKey, location);
}
