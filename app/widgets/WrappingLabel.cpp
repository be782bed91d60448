#include "WrappingLabel.h"

#include <QEvent>
#include <QStyle>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace {

// The narrowest a wrapped label asks to be, in average characters: about one long word.
constexpr int MinimumColumns = 12;
// Where QTextDocument::adjustSize (and so QLabel) starts looking for a width, in 'x' widths.
constexpr int PreferredColumns = 80;

} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::~WrappingLabel() = default;

bool WrappingLabel::stillValid() const
{
    return m_text == text() && m_font == font() && m_margins == contentsMargins() && m_margin == margin()
        && m_indent == indent() && m_interaction == textInteractionFlags() && m_format == textFormat();
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
    m_interaction = textInteractionFlags();
    m_format = textFormat();
    m_minimum.reset();
    m_hint.reset();
    m_document.reset();
}

bool WrappingLabel::isRich() const
{
    return textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
}

// QLabel lays rich or selectable text out on a QTextDocument; the same document, built here,
// gives the same heights. A mnemonic, Markdown or a frame (whose widths QLabel adds in ways of
// its own) leave the question to QLabel.
bool WrappingLabel::measuresOnOwnDocument() const
{
    const bool selectable
        = textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable);
    const bool mnemonic = buddy() != nullptr && text().contains(QLatin1Char('&'));
    return (isRich() || selectable) && !mnemonic && textFormat() != Qt::MarkdownText && frameWidth() == 0;
}

WrappingLabel::Extras WrappingLabel::extras() const
{
    Extras e{2 * margin(), 2 * margin()};
    int m = indent();
    if (m < 0 && frameWidth() != 0)
        m = fontMetrics().horizontalAdvance(QLatin1Char('x')) - margin() * 2;
    if (m > 0) {
        const Qt::Alignment align = QStyle::visualAlignment(layoutDirection(), alignment());
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            e.horizontal += m;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            e.vertical += m;
    }
    const QMargins c = contentsMargins();
    e.horizontal += c.left() + c.right();
    e.vertical += c.top() + c.bottom();
    return e;
}

int WrappingLabel::computeHeight(int width) const
{
    if (text().isEmpty() || !measuresOnOwnDocument())
        return QLabel::heightForWidth(width);
    if (!m_document) {
        m_document = std::make_unique<QTextDocument>();
        m_document->setUndoRedoEnabled(false);
        m_document->setDefaultFont(font());
        m_document->setDocumentMargin(0);
        QTextOption option = m_document->defaultTextOption();
        option.setAlignment(alignment());
        option.setWrapMode(QTextOption::WordWrap);
        m_document->setDefaultTextOption(option);
        if (isRich())
            m_document->setHtml(text());
        else
            m_document->setPlainText(text());
    }
    const Extras e = extras();
    m_document->setTextWidth(std::max(width - e.horizontal, 0));
    const int height = static_cast<int>(std::ceil(m_document->size().height())) + e.vertical;
    return std::max(height, minimumHeight());
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!stillValid())
        forget();
    for (const Answer &answer : m_answers) {
        if (answer.width == width)
            return answer.height;
    }
    const int height = computeHeight(width);
    ++m_computed;
    m_answers.at(m_next) = Answer{width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

QSize WrappingLabel::minimumSizeHint() const
{
    if (!stillValid())
        forget();
    if (text().isEmpty()) // QLabel's answer: no text needs no room
        return QLabel::minimumSizeHint();
    if (!m_minimum) {
        ensurePolished();
        const QFontMetrics metrics(font());
        int width = metrics.averageCharWidth() * MinimumColumns;
        // A short plain text asks for no more than its own width.
        if (!isRich() && text().size() < MinimumColumns && !text().contains(QLatin1Char('\n')))
            width = std::min(width, metrics.horizontalAdvance(text()));
        const Extras e = extras();
        m_minimum = QSize(width + e.horizontal, metrics.height() + e.vertical).expandedTo(minimumSize());
    }
    return *m_minimum;
}

QSize WrappingLabel::sizeHint() const
{
    if (!stillValid())
        forget();
    if (text().isEmpty())
        return QLabel::sizeHint();
    if (!m_hint) {
        ensurePolished();
        const QFontMetrics metrics(font());
        const Extras e = extras();
        int width
            = std::min(metrics.horizontalAdvance(QLatin1Char('x')) * PreferredColumns, maximumWidth() - e.horizontal);
        // A plain text that fits on one line asks for its own width only.
        if (!isRich() && text().size() <= PreferredColumns && !text().contains(QLatin1Char('\n')))
            width = std::min(width, metrics.horizontalAdvance(text()));
        width = std::max(width + e.horizontal, minimumSizeHint().width());
        m_hint = QSize(width, heightForWidth(width));
    }
    return *m_hint;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    // The font compared above is the resolved one; a style or its metrics may change without it.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        forget();
    QLabel::changeEvent(event);
}
