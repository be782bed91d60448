#include "InputDialog.h"

#include <QInputDialog>

namespace {
bool s_hasNext = false;
std::optional<QString> s_next;
} // namespace

std::optional<QString> InputDialog::getText(
    QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    // The test programs set this: a dialog no test expected would wait forever.
    if (qEnvironmentVariableIsSet("SIM3_TEST_UNEXPECTED_DIALOG_IS_FATAL"))
        qFatal("Unexpected input dialog \"%s\": %s", qUtf8Printable(title), qUtf8Printable(label));
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void InputDialog::setNextAnswer(std::optional<QString> answer)
{
    s_hasNext = true;
    s_next = std::move(answer);
}
