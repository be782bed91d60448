#include "ChangeHistoryView.h"

#include "questionnaire/FieldText.h"

#include "i18n/DateText.h"
#include "storage/AnswerLog.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChangeHistoryView::ChangeHistoryView(Database &database, QWidget *parent)
    : QGroupBox(parent)
    , m_database(database)
    , m_list(new QListWidget(this))
{
    setObjectName(u"historyBox"_s);
    setCheckable(true);
    setChecked(false);
    m_list->setObjectName(u"historyList"_s);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_list->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    // Read only while open: the log can be long, and most of the time nobody looks at it.
    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        m_list->setVisible(on);
        if (on)
            refresh();
    });
    retranslate();
}

void ChangeHistoryView::showAnswer(qint64 assessmentId, const QString &parameterId)
{
    m_assessmentId = assessmentId;
    m_parameterId = parameterId;
    if (isChecked())
        refresh();
}

void ChangeHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isChecked())
            refresh();
    }
    QGroupBox::changeEvent(event);
}

void ChangeHistoryView::retranslate()
{
    setTitle(tr("Change hi&story"));
    m_list->setAccessibleName(tr("Change history"));
}

void ChangeHistoryView::refresh()
{
    m_list->clear();
    const auto changes = AnswerLog(m_database).history(m_assessmentId, m_parameterId);
    if (!changes) {
        m_list->addItem(tr("The change history could not be read: %1").arg(changes.error()));
        return;
    }
    for (auto it = changes->crbegin(); it != changes->crend(); ++it)
        m_list->addItem(
            tr("%1  %2: %3 → %4  (%5)")
                .arg(DateText::dateTime(it->changedAt), FieldText::name(it->field), FieldText::value(it->oldValue),
                    FieldText::value(it->newValue), it->changedBy.isEmpty() ? tr("name not recorded") : it->changedBy));
    if (m_list->count() == 0)
        m_list->addItem(tr("No changes recorded yet."));
}
