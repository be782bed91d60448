#include "AssessmentBrowser.h"

#include "catalogue/ModelCatalogue.h"
#include "i18n/DateText.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/TeamRepository.h"
#include "widgets/WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int AssessmentIdRole = Qt::UserRole + 1;
constexpr int TeamIdRole = Qt::UserRole + 2;
constexpr int FinalRole = Qt::UserRole + 3;
} // namespace

AssessmentBrowser::AssessmentBrowser(Database &database, const ModelCatalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_catalogue(catalogue)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_hint(new WrappingLabel(this))
    , m_problem(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_newAssessment(new QPushButton(this))
    , m_newTeam(new QPushButton(this))
{
    setObjectName(u"assessmentBrowser"_s);
    m_tree->setObjectName(u"assessmentTree"_s);
    m_tree->setColumnCount(5);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setBuddy(m_tree);

    setFocusProxy(m_tree);
    m_open->setObjectName(u"openAssessmentButton"_s);
    m_newAssessment->setObjectName(u"newAssessmentButton"_s);
    m_newTeam->setObjectName(u"newTeamButton"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_problem->setObjectName(u"readErrorLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setStyleSheet(u"QLabel { color: white; background: #b3261e; padding: 6px; }"_s);
    m_problem->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_newAssessment);
    buttons->addWidget(m_newTeam);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_problem);
    layout->addWidget(m_tree);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAssessmentId(); id != 0)
            emit assessmentActivated(id);
    });
    connect(m_newAssessment, &QPushButton::clicked, this, &AssessmentBrowser::newAssessmentRequested);
    connect(m_newTeam, &QPushButton::clicked, this, &AssessmentBrowser::newTeamRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_open->setEnabled(currentAssessmentId() != 0);
        m_newAssessment->setEnabled(currentTeamId() != 0);
    });

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AssessmentBrowser::selectionChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, AssessmentIdRole).toLongLong();
        if (id != 0)
            emit assessmentActivated(id);
    });
    retranslate();
}

Result<int> AssessmentBrowser::reload()
{
    const qint64 selected = currentAssessmentId();
    m_tree->clear();
    QStringList problems;
    const Result<QList<Team>> teams = TeamRepository(m_db).all();
    if (!teams)
        problems.append(teams.error());
    AssessmentRepository assessments(m_db);
    const Result<QHash<qint64, AnswerCounts>> counts = assessments.answeredCounts();
    if (!counts)
        problems.append(counts.error());
    const QHash<qint64, AnswerCounts> answered = counts ? counts.value() : QHash<qint64, AnswerCounts>();
    for (const Team &team : teams ? teams.value() : QList<Team>()) {
        auto *teamItem = new QTreeWidgetItem(m_tree, {team.name});
        teamItem->setFirstColumnSpanned(true);
        teamItem->setData(0, TeamIdRole, team.id);
        QFont bold = teamItem->font(0);
        bold.setBold(true);
        teamItem->setFont(0, bold);
        const Result<QList<Assessment>> list = assessments.forTeam(team.id);
        if (!list) {
            problems.append(list.error());
            continue;
        }
        for (const Assessment &a : list.value()) {
            const Sim3Model *model = m_catalogue.find(a.modelId);
            const AnswerCounts n = answered.value(a.id);
            QString progress
                = model ? tr("%1 of %2").arg(n.answered).arg(model->parameters().size()) : QString::number(n.answered);
            if (n.toConfirm > 0)
                progress += u' ' + tr("(%1 to confirm)").arg(n.toConfirm);
            auto *item = new QTreeWidgetItem(teamItem,
                {a.title, DateText::date(a.date), a.modelId,
                    a.status == Assessment::Status::Final ? tr("Final") : tr("Draft"), progress});
            item->setData(0, AssessmentIdRole, a.id);
            item->setData(0, TeamIdRole, team.id);
            item->setData(0, FinalRole, a.status == Assessment::Status::Final);
            if (a.id == selected)
                m_tree->setCurrentItem(item);
        }
        teamItem->setExpanded(true);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = m_tree->topLevelItem(0);
        m_tree->setCurrentItem(first->childCount() > 0 ? first->child(first->childCount() - 1) : first);
    }
    problems.removeDuplicates();
    m_problem->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        const QString message = tr("Not everything in the database could be read, so this list may be incomplete:\n%1")
                                    .arg(problems.join(u'\n'));
        m_problem->setText(message);
        return Result<int>::failure(message);
    }
    return Result<int>::success(static_cast<int>(teams->size()));
}

qint64 AssessmentBrowser::currentAssessmentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, AssessmentIdRole).toLongLong() : 0;
}

bool AssessmentBrowser::currentIsFinal() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, FinalRole).toBool();
}

qint64 AssessmentBrowser::currentTeamId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, TeamIdRole).toLongLong() : 0;
}

void AssessmentBrowser::selectTeam(qint64 id)
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        if (m_tree->topLevelItem(t)->data(0, TeamIdRole).toLongLong() == id)
            m_tree->setCurrentItem(m_tree->topLevelItem(t));
    }
}

void AssessmentBrowser::selectAssessment(qint64 id)
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *team = m_tree->topLevelItem(t);
        for (int i = 0; i < team->childCount(); ++i) {
            if (team->child(i)->data(0, AssessmentIdRole).toLongLong() == id)
                m_tree->setCurrentItem(team->child(i));
        }
    }
}

void AssessmentBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A read problem stays on the list's own message line; the window reported it already.
        static_cast<void>(reload());
    }
    QWidget::changeEvent(event);
}

void AssessmentBrowser::retranslate()
{
    m_heading->setText(tr("&Teams and assessments"));
    m_tree->setHeaderLabels({tr("Title"), tr("Date"), tr("Model"), tr("Status"), tr("Answered")});
    m_tree->setAccessibleName(tr("Teams and assessments"));
    m_hint->setText(tr("Enter opens the selected assessment. Ctrl+N starts a new assessment of the selected team; "
                       "a new one can carry over the answers of the last."));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the selected assessment"));
    m_newAssessment->setText(tr("New Assess&ment…"));
    m_newAssessment->setAccessibleName(tr("New assessment of the selected team"));
    m_newTeam->setText(tr("Ne&w Team…"));
    m_newTeam->setAccessibleName(tr("New team"));
}
