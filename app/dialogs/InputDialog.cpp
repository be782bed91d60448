#include "InputDialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <functional>

namespace {
bool s_hasNext = false;
std::optional<QString> s_next;

// The answer a test set, if any; otherwise the dialog, set up by `prepare`.
std::optional<QString> ask(
    QWidget *parent, const QString &title, const QString &label, const std::function<void(QInputDialog &)> &prepare)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    // The test programs set this: a dialog no test expected would wait forever.
    if (qEnvironmentVariableIsSet("SIM3_TEST_UNEXPECTED_DIALOG_IS_FATAL"))
        qFatal("Unexpected input dialog \"%s\": %s", qUtf8Printable(title), qUtf8Printable(label));
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    prepare(dialog);
    // A long explanation wraps instead of stretching the dialog across the screen.
    if (auto *labelWidget = dialog.findChild<QLabel *>())
        labelWidget->setWordWrap(true);
    dialog.resize(std::max(dialog.sizeHint().width(), 460), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

std::optional<QString> InputDialog::getText(
    QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    return ask(parent, title, label, [&text](QInputDialog &dialog) { dialog.setTextValue(text); });
}

std::optional<QString> InputDialog::getPassword(QWidget *parent, const QString &title, const QString &label)
{
    return ask(parent, title, label, [](QInputDialog &dialog) { dialog.setTextEchoMode(QLineEdit::Password); });
}

std::optional<QString> InputDialog::getItem(
    QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current)
{
    return ask(parent, title, label, [&](QInputDialog &dialog) {
        dialog.setComboBoxItems(items);
        dialog.setComboBoxEditable(false);
        dialog.setTextValue(items.value(current));
    });
}

void InputDialog::setNextAnswer(std::optional<QString> answer)
{
    s_hasNext = true;
    s_next = std::move(answer);
}
