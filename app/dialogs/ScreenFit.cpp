#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

QSize ScreenFit::fitted(const QSize &preferred, const QRect &available)
{
    if (!available.isValid())
        return preferred;
    return {std::min(preferred.width(), available.width()),
        std::min(preferred.height(), std::max(0, available.height() - FrameAllowance))};
}

void ScreenFit::resize(QWidget &widget, const QSize &preferred)
{
    const QScreen *screen = widget.screen() ? widget.screen() : QGuiApplication::primaryScreen();
    widget.resize(fitted(preferred, screen ? screen->availableGeometry() : QRect()));
}
