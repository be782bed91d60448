#pragma once

#include <QObject>

class QMainWindow;
class QShortcut;

// Full screen for a room: hides the window's menu and status bars, and gives Escape a way out.
// Leaving returns the window to the state it had (maximised or not). While presenting, text has
// a size of its own, chosen for the screen and changed with Ctrl++ and Ctrl+-; the application's
// text size is left alone, so leaving comes back to it exactly.
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)

public:
    explicit PresentationMode(QMainWindow *window);

    void setOn(bool on);
    bool isOn() const { return m_on; }
    // `steps` larger (or smaller) while presenting; 0 returns to the screen's size.
    void zoom(int steps);
    // The text height, in pixels, for the window's screen.
    int textPixelSize() const;

    // Text for people several metres away: a fixed share of the screen's height (about 17
    // pixels at 720 lines, 26 at 1080), a tenth larger or smaller per zoom step, never below 12.
    static int textPixelSize(int screenHeight, int zoomSteps);
    static constexpr int MinimumZoomSteps = -6;
    static constexpr int MaximumZoomSteps = 10;

Q_SIGNALS:
    // Escape was pressed while presenting.
    void leaveRequested();

private:
    QMainWindow *m_window;
    QShortcut *m_leave;
    bool m_on = false;
    bool m_wasMaximized = false;
    int m_zoomSteps = 0;
};
