#pragma once

#include <QString>

class QWidget;

// The one place that asks for file names, so that GUI tests can answer without a dialog.
class FileDialog final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);

    // Test seam: the next call returns `path` ("" for a cancelled dialog) without showing one.
    static void setNextPath(const QString &path);
};
