#pragma once

#include <QMessageBox>

#include <optional>

// The one place that shows modal message boxes, so that GUI tests can answer them: a test sets
// the next answer, and the box is not shown at all.
class MessageBox final
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Test seam: the next `times` boxes return `answer` without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer, int times = 1);
    // The text of the last box shown or answered, for tests to check.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};
