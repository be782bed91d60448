#include "EvidenceEditor.h"

#include "dialogs/MessageBox.h"
#include "i18n/DateText.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EvidenceEditor::EvidenceEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(u"evidenceBox"_s);
    m_table->setObjectName(u"evidenceTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    m_table->setTabKeyNavigation(false);
    m_add->setObjectName(u"addEvidenceButton"_s);
    m_edit->setObjectName(u"editEvidenceButton"_s);
    m_remove->setObjectName(u"removeEvidenceButton"_s);
    m_open->setObjectName(u"openEvidenceButton"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (m_editable)
            emit editRequested(row);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EvidenceEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &EvidenceEditor::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit editRequested(currentRow());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit removeRequested(currentRow());
    });
    connect(m_open, &QPushButton::clicked, this, &EvidenceEditor::openSelected);
    retranslate();
    updateButtons();
}

void EvidenceEditor::showEvidence(const QList<Evidence> &evidence)
{
    m_evidence = evidence;
    m_table->setRowCount(static_cast<int>(evidence.size()));
    for (int row = 0; row < evidence.size(); ++row) {
        const Evidence &e = evidence.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.title));
        m_table->setItem(row, 1, new QTableWidgetItem(e.location));
        m_table->setItem(row, 2, new QTableWidgetItem(DateText::date(e.date)));
    }
    updateButtons();
}

int EvidenceEditor::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_evidence.size() ? row : -1;
}

void EvidenceEditor::selectRow(int row)
{
    m_table->selectRow(row);
}

void EvidenceEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void EvidenceEditor::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(m_editable && selected);
    m_remove->setEnabled(m_editable && selected);
    m_open->setEnabled(selected);
}

void EvidenceEditor::openSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString location = m_evidence.at(row).location.trimmed();
    const QUrl url = QUrl::fromUserInput(location, QDir::homePath(), QUrl::AssumeLocalFile);
    // Only links and existing files go to the system; a place such as "cabinet 3" is not a link.
    const bool isWeb = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
    const bool isFile = url.isLocalFile() && QFileInfo::exists(url.toLocalFile());
    if (location.isEmpty() || !(isWeb || isFile)) {
        MessageBox::information(this, tr("Open Evidence"),
            tr("\"%1\" is not a web link or an existing file, so there is nothing to open.")
                .arg(location.isEmpty() ? tr("(no location)") : location));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        MessageBox::warning(this, tr("Open Evidence"), tr("No program is set up to open \"%1\".").arg(location));
}

void EvidenceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void EvidenceEditor::retranslate()
{
    setTitle(tr("Evidence"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Link or location"), tr("Date")});
    m_table->setAccessibleName(tr("Evidence"));
    m_add->setText(tr("A&dd…"));
    m_add->setAccessibleName(tr("Add evidence"));
    m_edit->setText(tr("Ed&it…"));
    m_edit->setAccessibleName(tr("Edit the selected evidence"));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the selected evidence"));
    m_open->setText(tr("O&pen"));
    m_open->setAccessibleName(tr("Open the link or file of the selected evidence"));
}
