#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Sizes windows and dialogs so that they fit the screen they open on: a projector at 1280×720
// must show a dialog's buttons and the window's status bar.
namespace ScreenFit {

// Room kept for the window manager's title bar and frame.
constexpr int FrameAllowance = 40;

// `preferred`, made no larger than `available` (a screen's available area) with the frame's room.
QSize fitted(const QSize &preferred, const QRect &available);

// Resizes `widget` to `preferred`, fitted to the screen it is on.
void resize(QWidget &widget, const QSize &preferred);

} // namespace ScreenFit
