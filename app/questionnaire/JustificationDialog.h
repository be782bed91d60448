#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks why a parameter does not apply. "Not applicable" is not a SIM3 level: it is accepted only
// with a written reason, so OK stays disabled until there is one.
class JustificationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JustificationDialog)

public:
    JustificationDialog(const QString &parameterTitle, const QString &current, QWidget *parent = nullptr);

    QString justification() const;

private:
    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
