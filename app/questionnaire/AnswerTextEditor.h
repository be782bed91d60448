#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

// A labelled text of an answer (the comment, the N/A justification) that reports an edit after
// a pause in typing, or at once when flushed (leaving the parameter, closing the window), so
// that typing is not one undo step per key and nothing typed is ever lost.
class AnswerTextEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerTextEditor)

public:
    // `fieldName` is the text field's object name; its height is `minLines` to `maxLines`.
    AnswerTextEditor(const QString &fieldName, int minLines, int maxLines, QWidget *parent = nullptr);

    void setTexts(const QString &label, const QString &accessibleName, const QString &placeholder = QString());
    // Shows the stored text, unless the person's own edit is still waiting to be reported.
    void showText(const QString &text);
    // Replaces the shown text even while an edit waits (a refused edit is undone this way).
    void resetText(const QString &text);
    void setReadOnly(bool readOnly);
    // Held (the database server is away): the field is read-only and what was typed is kept,
    // not saved, until released; then it is saved after the usual pause, or when flushed.
    void setHeld(bool held);
    // While held: the text typed and not saved, taken away (moving to another parameter), or
    // such a text shown again (coming back to it).
    std::optional<QString> takeHeldEdit();
    void showHeldEdit(const QString &text);
    QPlainTextEdit *field() const { return m_field; }
    bool hasPendingEdit() const;
    // Reports a waiting edit now.
    void flush();

signals:
    void edited(const QString &text);

private:
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_field = nullptr;
    QTimer *m_pause = nullptr;
    bool m_showing = false; // the text is being set from storage, not typed
    bool m_held = false;
    bool m_heldEdit = false; // typed, not yet saved, while held
};
