#pragma once

#include <QStringList>

// Opens the database named on the command line (or the default one), sets the language and
// shows the main window until it closes. `arguments` are the program's (the first is its name).
// Returns the application's exit status. A QApplication must exist.
int runGui(const QStringList &arguments);
