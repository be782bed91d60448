#pragma once

#include <QCoreApplication>

class QWidget;

// Asks for the name written into every change (Assessment > Who Is at the Keyboard, and once on
// the first start) and remembers it with KeyboardUser.
class WhoIsAtTheKeyboard final
{
    Q_DECLARE_TR_FUNCTIONS(WhoIsAtTheKeyboard)

public:
    // False when the user cancelled or gave no name; nothing is remembered then.
    static bool ask(QWidget *parent);
};
