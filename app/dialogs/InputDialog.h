#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// The one place that asks for a line of text, so that GUI tests can answer without a dialog.
class InputDialog final
{
public:
    // Empty optional when cancelled.
    static std::optional<QString> getText(
        QWidget *parent, const QString &title, const QString &label, const QString &text = QString());

    // A secret: the characters are not shown. Empty optional when cancelled.
    static std::optional<QString> getPassword(QWidget *parent, const QString &title, const QString &label);

    // One of `items` (not editable), starting at `current`; empty optional when cancelled.
    static std::optional<QString> getItem(
        QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current = 0);
    // Test seam: the next call returns `answer` (nullopt: cancelled) without showing a dialog.
    static void setNextAnswer(std::optional<QString> answer);
};
