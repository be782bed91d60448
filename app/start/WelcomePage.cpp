#include "WelcomePage.h"

#include "widgets/WrappingLabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new WrappingLabel(this))
    , m_createTeam(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_import(new QPushButton(this))
{
    setObjectName(u"welcomePage"_s);
    m_title->setObjectName(u"welcomeTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);

    m_createTeam->setObjectName(u"createTeamButton"_s);
    m_demo->setObjectName(u"openDemoButton"_s);
    m_import->setObjectName(u"importButton"_s);
    m_createTeam->setDefault(true);

    // One centred column, as wide as a comfortable line of text; it grows with the font.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    column->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(24);
    for (QPushButton *b : {m_createTeam, m_demo, m_import}) {
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);
        columnLayout->addWidget(b);
    }

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_createTeam, &QPushButton::clicked, this, &WelcomePage::createTeamRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to SIM3 Workbench"));
    m_text->setText(tr("Measure your CSIRT's maturity with SIM3, choose the level each parameter really needs, "
                       "and plan what to improve. Everything stays in one file on this computer."));
    m_createTeam->setText(tr("&Create a team…"));
    m_demo->setText(tr("Open the &demo data"));
    m_import->setText(tr("&Import an assessment file…"));
    m_createTeam->setAccessibleName(tr("Create a team"));
    m_demo->setAccessibleName(tr("Open the demo data"));
    m_import->setAccessibleName(tr("Import an assessment file"));
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isAncestorOf(QApplication::focusWidget()))
        m_createTeam->setFocus(Qt::OtherFocusReason);
}
