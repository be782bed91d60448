#include "ConflictDialog.h"

#include "domain/AnswerDiff.h"
#include "i18n/DateText.h"
#include "questionnaire/FieldText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(const QString &parameterTitle, const Answer &mine, const Answer &theirs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed by Someone Else"));
    const QString who = theirs.changedBy.isEmpty() ? tr("someone whose name was not recorded") : theirs.changedBy;
    auto *intro = new QLabel(
        tr("<b>%1</b> was changed by %2 (%3) while you were changing it. Choose which answer "
           "to keep; the change history keeps both.")
            .arg(parameterTitle.toHtmlEscaped(), who.toHtmlEscaped(), DateText::dateTime(theirs.changedAt)),
        this);
    intro->setWordWrap(true);

    // Where the two answers differ, part by part: theirs (now stored) against mine.
    const QList<FieldChange> differences = AnswerDiff::between(theirs, mine);
    auto *table = new QTableWidget(static_cast<int>(differences.size()), 3, this);
    table->setObjectName(u"conflictTable"_s);
    table->setHorizontalHeaderLabels({tr("Part"), tr("Theirs (%1)").arg(who), tr("Yours")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setAccessibleName(tr("Their answer and yours, where they differ"));
    for (int row = 0; row < differences.size(); ++row) {
        const FieldChange &d = differences.at(row);
        table->setItem(row, 0, new QTableWidgetItem(FieldText::name(d.field)));
        table->setItem(row, 1, new QTableWidgetItem(FieldText::value(d.before, 200)));
        table->setItem(row, 2, new QTableWidgetItem(FieldText::value(d.after, 200)));
        for (int column = 1; column < 3; ++column)
            table->item(row, column)->setToolTip(FieldText::value(column == 1 ? d.before : d.after, 2000));
    }
    table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *theirsButton = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::RejectRole);
    theirsButton->setObjectName(u"keepTheirsButton"_s);
    QPushButton *mineButton = buttons->addButton(tr("Keep &Mine (Write Over Theirs)"), QDialogButtonBox::AcceptRole);
    mineButton->setObjectName(u"keepMineButton"_s);
    theirsButton->setDefault(true); // Return and Esc overwrite nothing
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_keepMine = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, std::min(480, sizeHint().height() + 40));
    theirsButton->setFocus();
}
