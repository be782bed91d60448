#include "ParticipantsDialog.h"

#include "dialogs/MessageBox.h"
#include "workshop/WorkshopSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int UuidRole = Qt::UserRole + 1;

} // namespace

ParticipantsDialog::ParticipantsDialog(WorkshopSession *workshop, QWidget *parent)
    : QDialog(parent)
    , m_workshop(workshop)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_threshold(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"participantsDialog"_s);
    setWindowTitle(tr("Participants"));
    m_table->setObjectName(u"participantsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role (optional)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setAccessibleName(tr("Participants, in the order their ratings are typed"));
    auto *help = new QLabel(tr("Everyone who rates the parameters in the workshop, in the order their ratings "
                               "are typed in the room. F2 edits a cell."),
        this);
    help->setWordWrap(true);
    for (const Participant &p : m_workshop->participants())
        addRow(p.name, p.role, p.uuid);
    m_threshold->setObjectName(u"disputeThresholdField"_s);
    m_threshold->setRange(1, 4);
    m_threshold->setValue(m_workshop->disputeThreshold());
    m_threshold->setSuffix(tr(" levels apart or more"));
    m_threshold->setAccessibleName(tr("Disputed when the highest and lowest ratings lie this many levels apart"));
    m_threshold->setToolTip(tr("Applies to every assessment in this database, so the whole team counts alike."));
    auto *thresholdLabel = new QLabel(tr("A parameter is dis&puted when the highest and lowest ratings lie"), this);
    thresholdLabel->setBuddy(m_threshold);
    thresholdLabel->setWordWrap(true);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsDialog::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(1); });
    auto *moveUp = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_table);
    connect(moveUp, &QShortcut::activated, this, [this] { moveRow(-1); });
    auto *moveDown = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_table);
    connect(moveDown, &QShortcut::activated, this, [this] { moveRow(1); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ParticipantsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        side->addWidget(b);
    side->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(body);
    auto *threshold = new QHBoxLayout;
    threshold->addWidget(thresholdLabel, 1);
    threshold->addWidget(m_threshold);
    layout->addLayout(threshold);
    layout->addWidget(m_buttons);
    resize(600, 420);
}

void ParticipantsDialog::addRow(const QString &name, const QString &role, const QString &uuid)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(UuidRole, uuid);
    m_table->setItem(row, 0, nameItem);
    m_table->setItem(row, 1, new QTableWidgetItem(role));
}

void ParticipantsDialog::removeRow()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

void ParticipantsDialog::moveRow(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem *a = m_table->takeItem(row, column);
        QTableWidgetItem *b = m_table->takeItem(to, column);
        m_table->setItem(row, column, b);
        m_table->setItem(to, column, a);
    }
    m_table->setCurrentCell(to, m_table->currentColumn());
}

void ParticipantsDialog::accept()
{
    QList<Participant> list;
    QSet<QString> kept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString role = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty() && role.isEmpty())
            continue; // an empty row added and left
        const QString uuid = m_table->item(row, 0) ? m_table->item(row, 0)->data(UuidRole).toString() : QString();
        list.append({0, uuid, name, role});
        kept.insert(uuid);
    }
    QStringList losing;
    for (const Participant &p : m_workshop->participants()) {
        if (!kept.contains(p.uuid))
            losing.append(p.name);
    }
    if (!losing.isEmpty()
        && MessageBox::question(this, tr("Remove Participants"),
               tr("Remove %1? Their ratings are deleted with them.").arg(losing.join(u", "_s)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    if (!m_workshop->setParticipants(list))
        return;
    if (m_threshold->value() != m_workshop->disputeThreshold()
        && !m_workshop->setDisputeThreshold(m_threshold->value()))
        return;
    QDialog::accept();
}
