#include "WrappingLabel.h"

#include <QEvent>

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappingLabel::stillValid() const
{
    return m_text == text() && m_font == font() && m_margins == contentsMargins() && m_margin == margin()
        && m_indent == indent();
}

void WrappingLabel::forget() const
{
    m_answers.fill(Answer{});
    m_next = 0;
    m_text = text();
    m_font = font();
    m_margins = contentsMargins();
    m_margin = margin();
    m_indent = indent();
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!stillValid())
        forget();
    for (const Answer &answer : m_answers) {
        if (answer.width == width)
            return answer.height;
    }
    const int height = QLabel::heightForWidth(width);
    ++m_computed;
    m_answers.at(m_next) = Answer{width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    // The font compared above is the resolved one; a style or its metrics may change without it.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        forget();
    QLabel::changeEvent(event);
}
