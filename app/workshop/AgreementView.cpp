#include "AgreementView.h"

#include "workshop/AgreementModel.h"
#include "workshop/SpreadStripDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AgreementView::AgreementView(const AssessmentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_orderLabel(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_names(new QCheckBox(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new AgreementModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("agreementView"));
    m_order->setObjectName(QStringLiteral("agreementOrder"));
    m_names->setObjectName(QStringLiteral("showNames"));
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_orderLabel->setBuddy(m_order);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AgreementModel::PriorityRole);
    m_table->setModel(m_sorted);
    m_table->setItemDelegateForColumn(AgreementModel::Spread, new SpreadStripDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgreementModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().height() * 2);
    m_hint->setWordWrap(true);
    connect(m_names, &QCheckBox::toggled, this, [this] { refresh(m_language); });
    connect(m_order, &QComboBox::activated, this,
        [this](int index) { setOrder(index == 0 ? Order::MostToDiscuss : Order::Model); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit parameterActivated(index.data(AgreementModel::ParameterIdRole).toString());
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_orderLabel);
    controls->addWidget(m_order);
    controls->addSpacing(fontMetrics().height());
    controls->addWidget(m_names);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    retranslate();
    setOrder(Order::MostToDiscuss);
}

void AgreementView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgreementView::retranslate()
{
    m_orderLabel->setText(tr("Or&der:"));
    const int order = m_order->currentIndex();
    m_order->clear();
    m_order->addItem(tr("Most to discuss first (disputed, widest spread, fewest ratings)"));
    m_order->addItem(tr("By category, as in the model"));
    m_order->setCurrentIndex(std::max(0, order));
    m_names->setText(tr("Show each participant's ratings (&by name)"));
    m_hint->setText(tr("Dots: how many chose each level 0–4; ring: the team's level; dashed line: the median. "
                       "▲ ▼: a participant above or below the team's level. Return opens the parameter."));
    m_table->setAccessibleName(tr("Agreement per parameter"));
}

void AgreementView::setOrder(Order order)
{
    m_order->setCurrentIndex(order == Order::MostToDiscuss ? 0 : 1);
    if (order == Order::MostToDiscuss)
        m_sorted->sort(0, Qt::DescendingOrder);
    else
        m_sorted->sort(-1); // the model's order
}

void AgreementView::refresh(const QString &language)
{
    m_language = language;
    m_model->setSession(m_session, language, m_names->isChecked());
}
