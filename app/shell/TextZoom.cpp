#include "TextZoom.h"

#include <QApplication>
#include <QFont>

#include <algorithm>

namespace {

void setApplicationFontSize(qreal size)
{
    QFont font = QApplication::font();
    font.setPointSizeF(size);
    QApplication::setFont(font);
}

} // namespace

TextZoom::TextZoom(WindowState &state)
    : m_state(state)
    , m_systemSize(QApplication::font().pointSizeF())
{
}

void TextZoom::restore() const
{
    // Settings are read as untrusted: WindowState keeps the size within bounds.
    if (const std::optional<qreal> size = m_state.fontSize())
        setApplicationFontSize(*size);
}

std::pair<qreal, QString> TextZoom::zoom(int steps) const
{
    const qreal size = steps == 0 ? m_systemSize
                                  : std::clamp(QApplication::font().pointSizeF() + steps, WindowState::MinimumFontSize,
                                      WindowState::MaximumFontSize);
    setApplicationFontSize(size);
    return {size, m_state.storeFontSize(steps == 0 ? std::nullopt : std::optional(size))};
}
