#pragma once

#include "shell/WindowState.h"

#include <QtGlobal>

// The application's text size: Ctrl++ and Ctrl+- change it a point at a time within
// WindowState's bounds, Ctrl+0 returns to the system's size; the chosen size is remembered.
class TextZoom final
{
public:
    // Remembers the system's size as the one to reset to; `state` must outlive the zoom.
    explicit TextZoom(WindowState &state);

    // Applies the remembered size, if any.
    void restore() const;
    // `steps` points bigger (or smaller); 0 resets. Returns the new size and a problem storing
    // it, empty when there was none.
    std::pair<qreal, QString> zoom(int steps) const;

private:
    WindowState &m_state;
    qreal m_systemSize;
};
