#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

// A word-wrapped label that remembers the heights it computed. A layout asks a wrapped label for
// its height at many widths while a window is shown or resized, and QLabel lays its whole text
// out anew for every question (twice when the text is selectable). The answers stay valid until
// the text, font, style or margins change, which the label checks on every question.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

    // For tests: how many heights were computed by QLabel (not answered from memory).
    [[nodiscard]] int computedHeights() const { return m_computed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        int width = -1;
        int height = 0;
    };
    [[nodiscard]] bool stillValid() const;
    void forget() const;

    mutable QString m_text;
    mutable QFont m_font;
    mutable QMargins m_margins;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable std::array<Answer, 4> m_answers{};
    mutable std::size_t m_next = 0;
    mutable int m_computed = 0;
};
