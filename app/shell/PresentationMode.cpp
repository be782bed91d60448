#include "PresentationMode.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>

#include <algorithm>
#include <cmath>

PresentationMode::PresentationMode(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_leave(new QShortcut(QKeySequence(Qt::Key_Escape), window))
{
    // Enabled only while presenting, so that it never takes Escape away from a dialog that has
    // just opened.
    m_leave->setEnabled(false);
    connect(m_leave, &QShortcut::activated, this, &PresentationMode::leaveRequested);
}

void PresentationMode::setOn(bool on)
{
    m_window->menuBar()->setVisible(!on);
    m_window->statusBar()->setVisible(!on);
    m_leave->setEnabled(on);
    m_on = on;
    if (on) {
        m_wasMaximized = m_window->isMaximized();
        m_window->showFullScreen();
    } else if (m_window->isFullScreen()) {
        m_wasMaximized ? m_window->showMaximized() : m_window->showNormal();
    }
}

void PresentationMode::zoom(int steps)
{
    m_zoomSteps = steps == 0 ? 0 : std::clamp(m_zoomSteps + steps, MinimumZoomSteps, MaximumZoomSteps);
}

int PresentationMode::textPixelSize() const
{
    const QScreen *screen = m_window->screen();
    return textPixelSize(screen ? screen->geometry().height() : 720, m_zoomSteps);
}

int PresentationMode::textPixelSize(int screenHeight, int zoomSteps)
{
    constexpr double LinesPerScreen = 42.0;
    constexpr double StepFactor = 1.1;
    const double size = screenHeight / LinesPerScreen * std::pow(StepFactor, zoomSteps);
    return std::max(12, static_cast<int>(std::lround(size)));
}
