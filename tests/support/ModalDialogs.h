#pragma once

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QWidget>

// A check that fails inside a handler running while a modal dialog is open only returns from
// the handler; the dialog's exec() would then wait forever and the test would hang until
// ctest's timeout. Call this after such a handler: once the test has failed, it closes every
// modal dialog, so that the test ends at once with its failure.
inline void closeModalDialogsIfFailed()
{
    if (!QTest::currentTestFailed())
        return;
    for (int i = 0; i < 10; ++i) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        QCoreApplication::processEvents();
    }
}
