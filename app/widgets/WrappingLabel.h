#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>
#include <memory>
#include <optional>

class QTextDocument;

// A word-wrapped label that lays its text out as few times as it can. A layout asks a wrapped
// label for its size hints and its height at many widths while a window is shown or resized;
// QLabel lays the whole text out anew for every question, nine times for its two hints and
// twice for a height when the text is rich or selectable (once to measure, once to restore the
// width it paints at). This label:
// - answers heights from memory until the text, font, style or margins change, which it checks
//   on every question;
// - measures rich or selectable text on a document of its own, laid out the way QLabel lays out
//   its text, so that one layout answers one height (tested against QLabel's own answers);
// - gives hints from the font's metrics rather than from layouts: at least a dozen average
//   characters wide and one line high, and at best as wide as eighty 'x' (where QLabel starts
//   its own search for a width) or the text's one line if it is shorter.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    ~WrappingLabel() override;

    int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    // For tests: how many heights were laid out (not answered from memory).
    [[nodiscard]] int computedHeights() const { return m_computed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        int width = -1;
        int height = 0;
    };
    // What QLabel adds around its text: margin, indent and contents margins.
    struct Extras
    {
        int horizontal = 0;
        int vertical = 0;
    };
    [[nodiscard]] bool stillValid() const;
    void forget() const;
    [[nodiscard]] bool isRich() const;
    [[nodiscard]] bool measuresOnOwnDocument() const;
    [[nodiscard]] Extras extras() const;
    [[nodiscard]] int computeHeight(int width) const;

    mutable QString m_text;
    mutable QFont m_font;
    mutable QMargins m_margins;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable Qt::TextInteractionFlags m_interaction;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable std::array<Answer, 6> m_answers{};
    mutable std::size_t m_next = 0;
    mutable int m_computed = 0;
    mutable std::optional<QSize> m_minimum;
    mutable std::optional<QSize> m_hint;
    mutable std::unique_ptr<QTextDocument> m_document;
};
