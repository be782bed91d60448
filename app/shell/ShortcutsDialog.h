#pragma once

#include <QDialog>

class QMenu;

// Help > Keyboard Shortcuts: every menu command with its keys, read from the actions
// themselves so that the overview can never disagree with them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);
};
