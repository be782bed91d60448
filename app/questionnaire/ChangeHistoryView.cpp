#include "ChangeHistoryView.h"

#include "domain/LevelText.h"
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
    setTitle(tr("Change &history"));
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
    auto fieldName = [](AnswerField field) {
        switch (field) {
        case AnswerField::Level:
            return tr("level");
        case AnswerField::Justification:
            return tr("justification");
        case AnswerField::Comment:
            return tr("comment");
        case AnswerField::Review:
            return tr("review flag");
        case AnswerField::Confirm:
            return tr("to confirm");
        case AnswerField::Owner:
            return tr("action owner");
        case AnswerField::Due:
            return tr("action due");
        case AnswerField::Evidence:
            return tr("evidence");
        }
        return QString();
    };
    // The log stores values language-neutrally; show them in the interface's language.
    auto shown = [](const QString &value) {
        if (value.isEmpty())
            return tr("(empty)");
        if (value == u"yes"_s)
            return tr("yes");
        if (value == u"no"_s)
            return tr("no");
        return LevelText::fromStored(value).simplified().left(60);
    };
    for (auto it = changes->crbegin(); it != changes->crend(); ++it)
        m_list->addItem(
            tr("%1  %2: %3 → %4  (%5)")
                .arg(DateText::dateTime(it->changedAt), fieldName(it->field), shown(it->oldValue), shown(it->newValue),
                    it->changedBy.isEmpty() ? tr("name not recorded") : it->changedBy));
    if (m_list->count() == 0)
        m_list->addItem(tr("No changes recorded yet."));
}
