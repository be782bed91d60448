#include "WhoIsAtTheKeyboard.h"

#include "dialogs/InputDialog.h"
#include "identity/KeyboardUser.h"

bool WhoIsAtTheKeyboard::ask(QWidget *parent)
{
    const std::optional<QString> name = InputDialog::getText(parent, tr("Who Is at the Keyboard?"),
        tr("Your name. It is written into every change you make, so that the team can see who decided what. "
           "Change it at any time under Assessment > Who Is at the Keyboard."),
        KeyboardUser::remembered().isEmpty() ? KeyboardUser::systemName() : KeyboardUser::remembered());
    if (!name || name->trimmed().isEmpty())
        return false;
    KeyboardUser::remember(*name);
    return true;
}
