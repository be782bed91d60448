#pragma once

#include <QString>

// Who is at the keyboard: the name written into every change. Asked once and remembered for
// this account on this computer (not in the database, which others may share), defaulting to
// the account's full name.
namespace KeyboardUser {

// The remembered name, or an empty string when nobody has been asked yet.
QString remembered();
void remember(const QString &name);
// The name to write now: the remembered one, else the account's full name, else its login.
// Never empty, so that no change is ever recorded without a name.
QString current();
// The full name of this account (from the password database), or its login name.
QString systemName();

} // namespace KeyboardUser
