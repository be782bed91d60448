#include "MessageBox.h"

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
int s_answersLeft = 0;
QString s_lastText;
} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        if (--s_answersLeft <= 0)
            s_nextAnswer.reset();
        return answer;
    }
    // The test programs set this: a box that no test expected would wait for a click that never
    // comes, so it ends the test program at once with its text instead.
    if (qEnvironmentVariableIsSet("SIM3_TEST_UNEXPECTED_DIALOG_IS_FATAL"))
        qFatal("Unexpected message box \"%s\": %s", qUtf8Printable(title), qUtf8Printable(text));
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer, int times)
{
    s_nextAnswer = answer;
    s_answersLeft = times;
}

QString MessageBox::lastText()
{
    return s_lastText;
}
