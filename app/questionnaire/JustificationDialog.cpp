#include "JustificationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

JustificationDialog::JustificationDialog(const QString &parameterTitle, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"justificationDialog"_s);
    setWindowTitle(tr("Not Applicable"));
    m_prompt->setText(tr("Why does %1 not apply to your team? SIM3 has no \"not applicable\" level, so the reason is "
                         "shown wherever this answer appears.")
                          .arg(parameterTitle));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_text);
    m_text->setObjectName(u"justificationEdit"_s);
    m_text->setAccessibleName(tr("Justification"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(current);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark Not Applicable"));

    // Return makes a new line here, so the way out is said where it is needed.
    auto *hint = new QLabel(tr("Ctrl+Return marks it not applicable; Return starts a new line; Esc cancels."), this);
    hint->setObjectName(u"justificationHint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_text);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    resize(520, 260);

    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!justification().isEmpty()); };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter accepts from inside the text, where Enter makes a new line.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *accept = new QShortcut(keys, this);
        connect(accept, &QShortcut::activated, this, [this] {
            if (!justification().isEmpty())
                QDialog::accept();
        });
    }
    update();
    m_text->setFocus();
}

QString JustificationDialog::justification() const
{
    return m_text->toPlainText().trimmed();
}
