#include "DashboardPage.h"

#include "workshop/AgreementView.h"
#include "workshop/WorkshopSession.h"

#include "analysis/AssessmentComparison.h"
#include "analysis/GapAnalysis.h"
#include "analysis/TeamHistory.h"
#include "charts/ChartView.h"
#include "charts/HistoryChart.h"
#include "charts/RadarChart.h"
#include "dashboard/CategorySummaryModel.h"
#include "dashboard/ComparisonModel.h"
#include "dashboard/GapListModel.h"
#include "dialogs/MessageBox.h"
#include "i18n/DateText.h"
#include "questionnaire/AssessmentSession.h"
#include "storage/AssessmentRepository.h"
#include "storage/ProfileChoice.h"
#include "storage/ProfileRepository.h"
#include "widgets/WrappingLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace

DashboardPage::DashboardPage(Database &database, const ModelCatalogue &catalogue, AssessmentSession *session,
    const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_language(language)
{
    setObjectName(u"dashboardPage"_s);
    build();
    retranslate();
    reload();
    connect(m_session, &AssessmentSession::answerChanged, this, [this] { invalidate(Everything); });
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::build()
{
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(u"profileBox"_s);
    m_editProfiles = new QPushButton(this);
    m_editProfiles->setObjectName(u"editProfilesButton"_s);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"scopeBox"_s);
    m_method = new QPushButton(this);
    m_method->setObjectName(u"methodButton"_s);
    m_headline = new WrappingLabel(this);
    m_headline->setObjectName(u"headline"_s);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);

    auto *bar = new QHBoxLayout;
    auto *profileLabel = new QLabel(this);
    profileLabel->setObjectName(u"profileLabel"_s);
    profileLabel->setBuddy(m_profileBox);
    auto *scopeLabel = new QLabel(this);
    scopeLabel->setObjectName(u"scopeLabel"_s);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(profileLabel);
    bar->addWidget(m_profileBox, 2);
    bar->addWidget(m_editProfiles);
    bar->addSpacing(16);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope, 1);
    bar->addStretch(1);
    bar->addWidget(m_method);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dashboardTabs"_s);

    auto *overview = new QSplitter(Qt::Horizontal, m_tabs);
    m_radar = new ChartView(overview);
    m_radar->setObjectName(u"radarView"_s);
    m_radar->setMinimumSize(360, 360);
    m_categoryModel = new CategorySummaryModel(this);
    m_categoryTable = makeTable(overview, u"categoryTable"_s);
    m_categoryTable->setModel(m_categoryModel);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    overview->addWidget(m_radar);
    overview->addWidget(m_categoryTable);
    overview->setStretchFactor(0, 1);
    overview->setStretchFactor(1, 0);
    m_tabs->addTab(overview, QString());

    m_gapModel = new GapListModel(this);
    m_gapTable = makeTable(m_tabs, u"gapTable"_s);
    m_gapTable->setModel(m_gapModel);
    m_gapTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gapTable->horizontalHeader()->setSectionResizeMode(GapListModel::Name, QHeaderView::Stretch);
    connect(m_gapTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit parameterActivated(index.data(GapListModel::ParameterIdRole).toString());
    });
    m_tabs->addTab(m_gapTable, QString());

    auto *historyPage = new QWidget(m_tabs);
    m_history = new ChartView(historyPage);
    m_history->setObjectName(u"historyView"_s);
    m_historyNote = new WrappingLabel(historyPage);
    m_historyNote->setWordWrap(true);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_historyNote);
    m_tabs->addTab(historyPage, QString());

    auto *comparePage = new QWidget(m_tabs);
    m_earlier = new QComboBox(comparePage);
    m_earlier->setObjectName(u"earlierBox"_s);
    m_later = new QComboBox(comparePage);
    m_later->setObjectName(u"laterBox"_s);
    // Sized by a title's worth of characters, not by the longest of the team's assessments: a
    // QComboBox otherwise measures every item for its size hints (a team of a thousand
    // assessments: two thousand labels shaped at each opening), and one long title would widen
    // the window beyond a small screen. The list that opens shows the titles whole.
    for (QComboBox *box : {m_earlier, m_later}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    m_comparisonSummary = new QLabel(comparePage);
    m_comparisonSummary->setObjectName(u"comparisonSummary"_s);
    m_comparisonModel = new ComparisonModel(this);
    m_comparisonTable = makeTable(comparePage, u"comparisonTable"_s);
    m_comparisonTable->setModel(m_comparisonModel);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(ComparisonModel::EarlierComment, QHeaderView::Stretch);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(ComparisonModel::LaterComment, QHeaderView::Stretch);
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(m_earlier, 1);
    compareBar->addWidget(new QLabel(u"→"_s, comparePage));
    compareBar->addWidget(m_later, 1);
    auto *compareLayout = new QVBoxLayout(comparePage);
    compareLayout->addLayout(compareBar);
    compareLayout->addWidget(m_comparisonSummary);
    compareLayout->addWidget(m_comparisonTable, 1);
    m_tabs->addTab(comparePage, QString());
    if (m_session->workshop()->hasParticipants()) {
        m_agreement = new AgreementView(m_session, m_tabs);
        connect(m_agreement, &AgreementView::parameterActivated, this, &DashboardPage::parameterActivated);
        m_tabs->addTab(m_agreement, QString());
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);

    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &DashboardPage::chooseProfile);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { invalidate(Overview); });
    connect(m_editProfiles, &QPushButton::clicked, this, &DashboardPage::editProfilesRequested);
    connect(m_method, &QPushButton::clicked, this, &DashboardPage::showMethod);
    connect(m_earlier, &QComboBox::currentIndexChanged, this, [this] { invalidate(Comparison); });
    connect(m_later, &QComboBox::currentIndexChanged, this, [this] { invalidate(Comparison); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { invalidate(0); }); // a tab comes into view
}

void DashboardPage::fitCategoryTable()
{
    QHeaderView *header = m_categoryTable->horizontalHeader();
    const int width = header->length() + m_categoryTable->verticalHeader()->width() + 2 * m_categoryTable->frameWidth();
    m_categoryTable->setMinimumWidth(width);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &DashboardPage::fitCategoryTable);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        invalidate(Everything);
    }
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_painted = false;
    invalidate(0); // what changed while hidden
}

void DashboardPage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    m_painted = true;
    if (m_stale != 0)
        schedulePreparation();
}

void DashboardPage::invalidate(unsigned parts)
{
    m_stale |= parts;
    if (!isVisible() || m_loading || m_stale == 0)
        return;
    unsigned inView = Overview;
    if (m_tabs->currentWidget() == m_history->parentWidget())
        inView |= History;
    if (m_tabs->currentWidget() == m_comparisonTable->parentWidget())
        inView |= Comparison;
    compute(m_stale & inView);
    // The rest once what is in view has been painted; paintEvent() starts it after a showing.
    if (m_stale != 0 && m_painted)
        schedulePreparation();
}

void DashboardPage::compute(unsigned parts)
{
    m_stale &= ~parts;
    if (parts & Overview)
        recompute();
    if (parts & History)
        recomputeHistory();
    if (parts & Comparison)
        recomputeComparison();
}

void DashboardPage::schedulePreparation()
{
    if (m_preparing)
        return;
    m_preparing = true;
    // A timer, not a queued call: what waits in the queue (the paint's flush, a key pressed) goes
    // first, and the preparation runs when the event loop is otherwise idle.
    QTimer::singleShot(1, this, &DashboardPage::prepareHidden);
}

void DashboardPage::prepareHidden()
{
    m_preparing = false;
    if (!isVisible() || m_loading || m_stale == 0)
        return;
    // One step per turn of the event loop, so that a key pressed meanwhile waits for one step at
    // most, not for all of them (a team of 1,000 assessments: its levels read, 35 ms; its
    // history computed and drawn, 31 ms; then the comparison).
    if ((m_stale & History) != 0 && !m_levelsRead)
        readTeamLevels();
    else
        compute(m_stale & (~m_stale + 1)); // the first part still out of date
    if (m_stale != 0)
        schedulePreparation();
}

void DashboardPage::retranslate()
{
    // Mnemonics chosen not to clash with the menu bar (F, E, A, N, G, V, H).
    findChild<QLabel *>(u"profileLabel"_s)->setText(tr("Target p&rofile:"));
    findChild<QLabel *>(u"scopeLabel"_s)->setText(tr("Sho&w:"));
    m_profileBox->setAccessibleName(tr("Target profile"));
    m_scope->setAccessibleName(tr("Parameters shown"));
    m_editProfiles->setText(tr("Edit Profi&les…"));
    m_editProfiles->setAccessibleName(tr("Edit target profiles"));
    m_method->setText(tr("How are these n&umbers computed?"));
    m_method->setAccessibleName(tr("How the numbers are computed"));
    m_tabs->setTabText(0, tr("&Overview"));
    m_tabs->setTabText(1, tr("Ga&ps"));
    m_tabs->setTabText(2, tr("Hi&story"));
    m_tabs->setTabText(3, tr("&Compare"));
    if (m_agreement)
        m_tabs->setTabText(4, tr("Agree&ment"));
    m_categoryTable->setAccessibleName(tr("Summary per category"));
    m_gapTable->setAccessibleName(tr("Gap list"));
    m_comparisonTable->setAccessibleName(tr("Comparison of two assessments"));
    m_earlier->setAccessibleName(tr("Earlier assessment"));
    m_later->setAccessibleName(tr("Later assessment"));
    m_radar->setAccessibleName(tr("Radar chart of current and target levels"));
    m_history->setAccessibleName(tr("Chart of the team's history"));

    const int scope = m_scope->currentIndex();
    m_loading = true;
    m_scope->clear();
    m_scope->addItem(tr("All parameters"), QString());
    for (const Category &c : m_session->model().categories())
        m_scope->addItem(u"%1 — %2"_s.arg(c.id, c.name.text(m_language)), c.id);
    m_scope->setCurrentIndex(std::max(0, scope));
    m_loading = false;
}

void DashboardPage::setLanguage(const QString &language)
{
    if (language == m_language)
        return; // nothing to compute again
    m_language = language;
    retranslate();
    invalidate(Everything);
}

void DashboardPage::reload()
{
    m_loading = true;
    const qint64 teamId = m_session->assessment().teamId;
    QStringList problems;
    const auto chosen = ProfileChoice::resolve(m_db, teamId);
    if (!chosen)
        problems.append(chosen.error());
    m_profile = chosen ? chosen.value() : std::nullopt;
    m_profileBox->clear();
    m_profileBox->addItem(tr("No target profile"), 0);
    const Result<QList<TargetProfile>> profiles = ProfileRepository(m_db).forTeam(teamId);
    if (profiles) {
        for (const TargetProfile &p : profiles.value())
            m_profileBox->addItem(p.name, p.id);
    } else {
        problems.append(profiles.error());
    }
    m_profileBox->setCurrentIndex(m_profile ? std::max(0, m_profileBox->findData(m_profile->id)) : 0);

    // The team's assessments for the two lists to compare and the history; the levels of their
    // answers are read when the history is first computed, and the two compared are read whole
    // when compared.
    const Result<QList<Assessment>> assessments = AssessmentRepository(m_db).forTeam(teamId);
    m_others.clear();
    m_levelsRead = false;
    m_compared.clear();
    if (assessments) {
        for (const Assessment &a : assessments.value()) {
            if (a.id != m_session->assessment().id)
                m_others.append(a);
        }
    } else {
        problems.append(assessments.error());
    }
    const qint64 earlier = m_earlier->currentData().toLongLong();
    m_earlier->clear();
    m_later->clear();
    if (assessments) {
        for (const Assessment &a : assessments.value()) {
            const QString label = u"%1 (%2)"_s.arg(a.title, DateText::date(a.date));
            m_earlier->addItem(label, a.id);
            m_later->addItem(label, a.id);
        }
    }
    // By default: the assessment before this one, against this one.
    const int current = m_later->findData(m_session->assessment().id);
    m_later->setCurrentIndex(current);
    const int previous = earlier != 0 ? m_earlier->findData(earlier) : current - 1;
    m_earlier->setCurrentIndex(previous >= 0 ? previous : current);
    m_loading = false;
    invalidate(Everything);
    // What could not be read is said, never shown as an empty history or a missing profile.
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        MessageBox::critical(this, tr("Dashboard"),
            tr("Not everything the dashboard needs could be read, so it may be incomplete:\n\n%1")
                .arg(problems.join(u'\n')));
    }
}

void DashboardPage::chooseProfile()
{
    if (m_loading)
        return;
    const qint64 id = m_profileBox->currentData().toLongLong();
    m_profile.reset();
    if (id != 0) {
        const Result<TargetProfile> loaded = ProfileRepository(m_db).load(id);
        if (loaded)
            m_profile = loaded.value();
        else
            MessageBox::critical(this, tr("Target Profile"), loaded.error());
    }
    if (const Status remembered = ProfileChoice::remember(m_db, m_session->assessment().teamId, id); !remembered)
        MessageBox::warning(this, tr("Target Profile"), remembered.error());
    invalidate(Overview | History);
}

void DashboardPage::recompute()
{
    if (m_agreement)
        m_agreement->refresh(m_language);
    const Sim3Model &model = m_session->model();
    const GapAnalysis analysis(model, m_session->assessment(), m_profile ? &*m_profile : nullptr);
    const QString scope = m_scope->currentData().toString();

    m_radar->replaceChart(RadarChart::create(RadarChart::data(analysis, scope)));
    m_categoryModel->setAnalysis(analysis, model, m_language);
    fitCategoryTable();
    m_gapModel->setAnalysis(analysis, model, m_language);

    const CategorySummary &all = analysis.overall();
    if (!m_profile) {
        m_headline->setText(tr("Choose or create a target profile to compare %1 of %2 answered parameters with the "
                               "levels your team needs.")
                                .arg(all.answered + all.notApplicable)
                                .arg(all.parameters));
    } else if (all.withTarget == 0) {
        m_headline->setText(tr("No parameter has both a level and a target yet."));
    } else {
        // Four numbers that add up to all parameters, and what "meet" means.
        m_headline->setText(tr("%1 of %2 compared parameters meet their target (%3 %): %4 on target, %5 above. "
                               "%6 below. Not compared: %7 (%8 not applicable, %9 unanswered, %10 without a target).")
                                .arg(all.meeting)
                                .arg(all.withTarget)
                                .arg(qRound(*all.shareAtTarget() * 100))
                                .arg(all.onTarget())
                                .arg(all.above)
                                .arg(all.below)
                                .arg(all.notCompared())
                                .arg(all.notApplicable)
                                .arg(all.unanswered)
                                .arg(all.withoutTarget()));
    }
    int unconfirmed = 0;
    for (const Parameter &p : model.parameters())
        unconfirmed += m_session->answer(p.id).awaitsConfirmation();
    if (unconfirmed > 0)
        m_headline->setText(m_headline->text() + u' '
            + tr("%n answer(s) carried over from the last assessment are not confirmed yet.", nullptr, unconfirmed));
}

void DashboardPage::readTeamLevels()
{
    // The levels of every answer of the team's other assessments in one query, rather than one
    // load per assessment.
    m_levelsRead = true;
    const Result<QHash<qint64, QHash<QString, Answer>>> read
        = AssessmentRepository(m_db).levelsForTeam(m_session->assessment().teamId);
    if (read) {
        for (Assessment &a : m_others)
            a.answers = read->value(a.id);
    } else {
        // Said, never shown as a shorter history.
        MessageBox::critical(this, tr("Dashboard"),
            tr("Not everything the dashboard needs could be read, so it may be incomplete:\n\n%1").arg(read.error()));
    }
}

void DashboardPage::recomputeHistory()
{
    if (!m_levelsRead)
        readTeamLevels();
    // The open assessment in memory is the current truth; the others were read above.
    QList<Assessment> assessments = m_others;
    assessments.append(m_session->assessment());
    const TeamHistory history(m_catalogue, assessments, m_profile ? &*m_profile : nullptr);
    m_history->replaceChart(HistoryChart::create(HistoryChart::data(history, m_session->model(), m_language)));
    m_historyNote->setText(m_profile
            ? tr("Share at target is measured against \"%1\" for every assessment.").arg(m_profile->name)
            : tr("Choose a target profile to see the share of parameters at target."));
}

void DashboardPage::recomputeComparison()
{
    const qint64 earlierId = m_earlier->currentData().toLongLong();
    const qint64 laterId = m_later->currentData().toLongLong();
    // The open assessment as it is in memory; another one as stored, comments included.
    QString problem;
    auto load = [this, &problem](qint64 id) -> std::optional<Assessment> {
        if (id == m_session->assessment().id)
            return m_session->assessment();
        if (id == 0)
            return std::nullopt;
        if (const auto known = m_compared.constFind(id); known != m_compared.cend())
            return *known;
        Result<Assessment> stored = AssessmentRepository(m_db).load(id);
        if (!stored) {
            problem = stored.error();
            return std::nullopt;
        }
        return *m_compared.insert(id, std::move(stored).value());
    };
    const auto earlier = load(earlierId);
    const auto later = load(laterId);
    if (!earlier || !later) {
        m_comparisonModel->setComparison(
            AssessmentComparison(m_session->model(), Assessment{}, Assessment{}), m_session->model(), m_language);
        m_comparisonSummary->setText(
            problem.isEmpty() ? QString() : tr("The comparison could not be read: %1").arg(problem));
        return;
    }
    const Sim3Model *model = m_catalogue.find(later->modelId);
    const Sim3Model &used = model ? *model : m_session->model();
    const AssessmentComparison comparison(used, *earlier, *later);
    m_comparisonModel->setComparison(comparison, used, m_language);
    using C = AssessmentComparison::Change;
    QString summary = tr("%1 improved, %2 regressed, %3 unchanged, %4 newly answered.")
                          .arg(comparison.count(C::Improved))
                          .arg(comparison.count(C::Regressed))
                          .arg(comparison.count(C::Unchanged))
                          .arg(comparison.count(C::NowAnswered));
    if (const int unconfirmed = comparison.count(C::NotConfirmed); unconfirmed > 0)
        summary += u' '
            + tr("%n answer(s) carried over and not confirmed: they say nothing about a change yet.", nullptr,
                unconfirmed);
    m_comparisonSummary->setText(summary);
}

void DashboardPage::showMethod()
{
    MessageBox::information(this, tr("How These Numbers Are Computed"), GapAnalysis::methodText());
}
