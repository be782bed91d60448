#include "ImprovementActionEditor.h"

#include "dialogs/DateField.h"
#include "i18n/DateText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ImprovementActionEditor::ImprovementActionEditor(QWidget *parent)
    : QWidget(parent)
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QLineEdit(this))
    , m_hasDue(new QCheckBox(this))
    , m_due(new DateField(QDate::currentDate().addMonths(6), this))
{
    setObjectName(u"improvementActionEditor"_s);
    m_owner->setObjectName(u"actionOwnerField"_s);
    m_ownerLabel->setBuddy(m_owner);
    m_hasDue->setObjectName(u"actionDueCheck"_s);
    m_due->setObjectName(u"actionDueField"_s);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(DateText::datePattern());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ownerLabel);
    layout->addWidget(m_owner, 2);
    layout->addWidget(m_hasDue);
    layout->addWidget(m_due, 1);
    connect(m_owner, &QLineEdit::editingFinished, this, &ImprovementActionEditor::emitEdited);
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on && m_editable);
        emitEdited();
    });
    connect(m_due, &QDateEdit::dateChanged, this, &ImprovementActionEditor::emitEdited);
    retranslate();
}

void ImprovementActionEditor::showAction(const QString &owner, const QDate &due)
{
    m_showing = true;
    if (!m_owner->hasFocus())
        m_owner->setText(owner);
    m_hasDue->setChecked(due.isValid());
    if (due.isValid())
        m_due->setDate(due);
    m_due->setEnabled(m_editable && due.isValid());
    m_showing = false;
}

void ImprovementActionEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_owner->setReadOnly(!editable);
    m_hasDue->setEnabled(editable);
    m_due->setEnabled(editable && m_hasDue->isChecked());
}

void ImprovementActionEditor::emitEdited()
{
    if (m_showing)
        return;
    emit edited(m_owner->text().trimmed(), m_hasDue->isChecked() ? m_due->date() : QDate());
}

void ImprovementActionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImprovementActionEditor::retranslate()
{
    m_ownerLabel->setText(tr("Action o&wner:"));
    m_owner->setAccessibleName(tr("Owner of the improvement action"));
    m_owner->setPlaceholderText(tr("Who improves this parameter"));
    m_hasDue->setText(tr("D&ue"));
    m_hasDue->setAccessibleName(tr("The improvement action has a due date"));
    m_due->setAccessibleName(tr("Due date of the improvement action"));
}
