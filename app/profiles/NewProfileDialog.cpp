#include "NewProfileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewProfileDialog::NewProfileDialog(const QList<TargetProfile> &existing, bool hasCurrent, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_uniform(new QRadioButton(this))
    , m_uniformLevel(new QSpinBox(this))
    , m_plusOne(new QRadioButton(this))
    , m_cap(new QSpinBox(this))
    , m_copy(new QRadioButton(this))
    , m_copyFrom(new QComboBox(this))
    , m_file(new QRadioButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newProfileDialog"_s);
    setWindowTitle(tr("New Target Profile"));
    m_name->setObjectName(u"profileNameField"_s);
    m_name->setAccessibleName(tr("Name of the profile"));
    m_uniform->setObjectName(u"uniformChoice"_s);
    m_plusOne->setObjectName(u"plusOneChoice"_s);
    m_copy->setObjectName(u"copyChoice"_s);
    m_file->setObjectName(u"fileChoice"_s);
    m_uniform->setText(tr("The same &level for every parameter:"));
    m_plusOne->setText(tr("The current levels plus &one, at most:"));
    m_copy->setText(tr("A &copy of:"));
    m_file->setText(tr("A profile &file (for example a baseline typed in from an official document)"));
    m_uniformLevel->setRange(0, 4);
    m_uniformLevel->setValue(2);
    m_uniformLevel->setAccessibleName(tr("Level for every parameter"));
    m_cap->setRange(1, 4);
    m_cap->setValue(3);
    m_cap->setAccessibleName(tr("Highest target"));
    m_copyFrom->setAccessibleName(tr("Profile to copy"));
    for (const TargetProfile &p : existing)
        m_copyFrom->addItem(p.name, p.id);
    m_plusOne->setEnabled(hasCurrent);
    m_copy->setEnabled(!existing.isEmpty());
    (hasCurrent ? m_plusOne : m_uniform)->setChecked(true);

    auto *choices = new QGridLayout;
    choices->addWidget(m_uniform, 0, 0);
    choices->addWidget(m_uniformLevel, 0, 1);
    choices->addWidget(m_plusOne, 1, 0);
    choices->addWidget(m_cap, 1, 1);
    choices->addWidget(m_copy, 2, 0);
    choices->addWidget(m_copyFrom, 2, 1);
    choices->addWidget(m_file, 3, 0, 1, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *hint
        = new QLabel(tr("Most teams need level 2 or 3 for most parameters, not 4 everywhere. Record why for each "
                        "target afterwards."),
            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(choices);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() || m_file->isChecked());
        m_uniformLevel->setEnabled(m_uniform->isChecked());
        m_cap->setEnabled(m_plusOne->isChecked());
        m_copyFrom->setEnabled(m_copy->isChecked());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    for (QRadioButton *b : {m_uniform, m_plusOne, m_copy, m_file})
        connect(b, &QRadioButton::toggled, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString NewProfileDialog::name() const
{
    return m_name->text().trimmed();
}

NewProfileDialog::Start NewProfileDialog::start() const
{
    if (m_plusOne->isChecked())
        return Start::CurrentPlusOne;
    if (m_copy->isChecked())
        return Start::Copy;
    if (m_file->isChecked())
        return Start::File;
    return Start::Uniform;
}

int NewProfileDialog::level() const
{
    return m_plusOne->isChecked() ? m_cap->value() : m_uniformLevel->value();
}

qint64 NewProfileDialog::copyFrom() const
{
    return m_copyFrom->currentData().toLongLong();
}
