#pragma once

class QApplication;

// Opens the database named on the command line (or the default one), sets the language and
// shows the main window. Returns the application's exit status.
int runGui(QApplication &app);
