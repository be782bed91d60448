#pragma once

#include <QObject>

class QMainWindow;
class QShortcut;

// Full screen for a room: hides the window's menu and status bars, and gives Escape a way out.
// Leaving returns the window to the state it had (maximised or not).
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)

public:
    explicit PresentationMode(QMainWindow *window);

    void setOn(bool on);

Q_SIGNALS:
    // Escape was pressed while presenting.
    void leaveRequested();

private:
    QMainWindow *m_window;
    QShortcut *m_leave;
    bool m_wasMaximized = false;
};
