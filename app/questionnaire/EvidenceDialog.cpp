#include "EvidenceDialog.h"
#include "dialogs/DateField.h"
#include "i18n/DateText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

EvidenceDialog::EvidenceDialog(const Evidence &evidence, QWidget *parent)
    : QDialog(parent)
    , m_original(evidence)
    , m_title(new QLineEdit(evidence.title, this))
    , m_location(new QLineEdit(evidence.location, this))
    , m_hasDate(new QCheckBox(this))
    , m_date(new DateField(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"evidenceDialog"_s);
    setWindowTitle(evidence.title.isEmpty() ? tr("Add Evidence") : tr("Edit Evidence"));
    m_title->setObjectName(u"evidenceTitle"_s);
    m_location->setObjectName(u"evidenceLocation"_s);
    m_date->setObjectName(u"evidenceDate"_s);
    m_title->setAccessibleName(tr("Title"));
    m_location->setAccessibleName(tr("Link or location"));
    m_location->setPlaceholderText(tr("https://…, a file path, or a place such as \"Wiki > Policies\""));
    m_hasDate->setText(tr("&Dated"));
    m_hasDate->setAccessibleName(tr("The evidence has a date"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::datePattern());
    m_hasDate->setChecked(evidence.date.isValid());
    m_date->setDate(evidence.date.isValid() ? evidence.date : QDate::currentDate());
    m_date->setEnabled(m_hasDate->isChecked());

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Link or location:"), m_location);
    form->addRow(tr("Date:"), dateRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty()); };
    connect(m_title, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

Evidence EvidenceDialog::evidence() const
{
    Evidence e = m_original;
    e.title = m_title->text().trimmed();
    e.location = m_location->text().trimmed();
    e.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    return e;
}
