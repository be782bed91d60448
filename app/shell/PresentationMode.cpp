#include "PresentationMode.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>

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
    if (on) {
        m_wasMaximized = m_window->isMaximized();
        m_window->showFullScreen();
    } else if (m_window->isFullScreen()) {
        m_wasMaximized ? m_window->showMaximized() : m_window->showNormal();
    }
}
