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

    enum class Kind { None, Open, Save };

    // Test seam: the next call returns `path` ("" for a cancelled dialog) without showing one.
    static void setNextPath(const QString &path);
    // Which kind of dialog was asked for last (shown or answered by the seam), for tests.
    static Kind lastKind();
    // The name the last save dialog suggested, for tests.
    static QString lastSuggestedName();

    // `text` (a title, a person's name) as a file name safe on every file system, followed by
    // `suffix` (".sim3-assessment.json": the file types a desktop recognises by their names).
    static QString suggestedName(const QString &text, const QString &suffix);
};
