#include "AgreementView.h"

#include "workshop/AgreementModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

AgreementView::AgreementView(const AssessmentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_model(new AgreementModel(this))
{
    setObjectName(QStringLiteral("agreementView"));
    m_names->setObjectName(QStringLiteral("showNames"));
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgreementModel::Name, QHeaderView::Stretch);
    connect(m_names, &QCheckBox::toggled, this, [this] { refresh(m_language); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_names);
    layout->addWidget(m_table, 1);
    changeEvent(nullptr);
}

void AgreementView::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_names->setText(tr("Show each participant's ratings (by name)"));
        m_table->setAccessibleName(tr("Agreement per parameter"));
    }
    if (event)
        QWidget::changeEvent(event);
}

void AgreementView::refresh(const QString &language)
{
    m_language = language;
    m_model->setSession(m_session, language, m_names->isChecked());
}
