#include "ShortcutsDialog.h"

#include "dialogs/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(u"shortcutsTree"_s);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Command"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto plain = [](QString text) { return text.remove(u'&').remove(u"…"_s); };
    for (QMenu *menu : menus) {
        auto *section = new QTreeWidgetItem(tree, {plain(menu->title())});
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(true);
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            QStringList keys;
            for (const QKeySequence &k : action->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            new QTreeWidgetItem(tree, {u"    "_s + plain(action->text()), keys.join(tr(" or "))});
        }
    }
    auto *hint = new QTreeWidgetItem(tree, {tr("In the list: arrow keys move, Enter opens; Tab moves between fields")});
    hint->setFirstColumnSpanned(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    ScreenFit::resize(*this, QSize(620, 680));
}
