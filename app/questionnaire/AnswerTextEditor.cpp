#include "AnswerTextEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// An edit is reported after this pause in typing.
constexpr int TypingPauseMs = 600;
} // namespace

AnswerTextEditor::AnswerTextEditor(const QString &fieldName, int minLines, int maxLines, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_field(new QPlainTextEdit(this))
    , m_pause(new QTimer(this))
{
    m_field->setObjectName(fieldName);
    m_field->setTabChangesFocus(true);
    m_field->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap
    const int line = fontMetrics().lineSpacing();
    if (minLines > 0)
        m_field->setMinimumHeight(line * minLines);
    m_field->setMaximumHeight(line * maxLines);
    m_label->setBuddy(m_field);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_field);
    m_pause->setSingleShot(true);
    m_pause->setInterval(TypingPauseMs);
    connect(m_field, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_pause->start();
    });
    connect(m_pause, &QTimer::timeout, this, [this] {
        if (m_held)
            m_heldEdit = true;
        else
            emit edited(m_field->toPlainText());
    });
}

std::optional<QString> AnswerTextEditor::takeHeldEdit()
{
    if (!m_held || (!m_heldEdit && !m_pause->isActive()))
        return std::nullopt;
    m_pause->stop();
    m_heldEdit = false;
    return m_field->toPlainText();
}

void AnswerTextEditor::showHeldEdit(const QString &text)
{
    resetText(text);
    m_heldEdit = true;
}

void AnswerTextEditor::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (held && m_pause->isActive()) {
        m_pause->stop();
        m_heldEdit = true;
    }
    if (!held && m_heldEdit) {
        m_heldEdit = false;
        m_pause->start();
    }
}

void AnswerTextEditor::setTexts(const QString &label, const QString &accessibleName, const QString &placeholder)
{
    m_label->setText(label);
    m_field->setAccessibleName(accessibleName);
    m_field->setPlaceholderText(placeholder);
}

void AnswerTextEditor::showText(const QString &text)
{
    if (!m_pause->isActive() && !m_heldEdit && m_field->toPlainText() != text)
        resetText(text);
}

void AnswerTextEditor::resetText(const QString &text)
{
    m_pause->stop();
    m_heldEdit = false;
    m_showing = true;
    m_field->setPlainText(text);
    m_showing = false;
}

void AnswerTextEditor::setReadOnly(bool readOnly)
{
    m_field->setReadOnly(readOnly);
}

bool AnswerTextEditor::hasPendingEdit() const
{
    return m_pause->isActive() || m_heldEdit;
}

void AnswerTextEditor::flush()
{
    if (m_held || !m_pause->isActive())
        return;
    m_pause->stop();
    emit edited(m_field->toPlainText());
}
