#include "QuestionnairePage.h"

#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/ParameterFilterModel.h"
#include "questionnaire/QuestionnaireModel.h"
#include "widgets/WrappingLabel.h"
#include "workshop/WorkshopSession.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QuestionnairePage::QuestionnairePage(AssessmentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QuestionnaireModel(session, this))
    , m_filter(new ParameterFilterModel(this))
{
    setObjectName(u"questionnairePage"_s);
    m_filter->setSourceModel(m_model);

    m_listPanel = new QWidget(this);
    m_title = new WrappingLabel(m_listPanel);
    m_title->setObjectName(u"assessmentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_finalBanner = new WrappingLabel(m_listPanel);
    m_finalBanner->setObjectName(u"finalBanner"_s);
    m_finalBanner->setAutoFillBackground(true);
    m_finalBanner->setBackgroundRole(QPalette::AlternateBase);
    m_finalBanner->setFrameShape(QFrame::StyledPanel);
    m_finalBanner->setMargin(6);
    m_search = new QLineEdit(m_listPanel);
    m_search->setObjectName(u"searchField"_s);
    m_category = new QComboBox(m_listPanel);
    m_category->setObjectName(u"categoryFilter"_s);
    m_status = new QComboBox(m_listPanel);
    m_status->setObjectName(u"statusFilter"_s);
    m_tree = new QTreeView(m_listPanel);
    m_tree->setObjectName(u"parameterTree"_s);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    // Fixed widths, fitted once per language: ResizeToContents would measure every row again
    // on every saved answer (7 ms of each level change).
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(QuestionnaireModel::NameColumn, QHeaderView::Stretch);
    m_tree->setIndentation(m_tree->fontMetrics().averageCharWidth() * 2);
    m_tree->expandAll();
    m_progressText = new QLabel(m_listPanel);
    m_progressText->setObjectName(u"progressLabel"_s);
    m_progress = new QProgressBar(m_listPanel);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progressText->sizeHint().height() / 2 + 2);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_category, 1);
    filters->addWidget(m_status, 1);
    auto *listLayout = new QVBoxLayout(m_listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_title);
    listLayout->addWidget(m_finalBanner);
    listLayout->addWidget(m_search);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_tree, 1);
    listLayout->addWidget(m_progressText);
    listLayout->addWidget(m_progress);

    m_detail = new ParameterDetailPane(session);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"detailScrollArea"_s);
    m_scroll->setWidget(m_detail);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The pane wraps its texts to the width it gets; it never scrolls sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(m_scroll);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({440, 560});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuestionnairePage::onCurrentChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button is made when there first is something to clear: making it looks its
        // icon up in the desktop's icon theme, 29 M instructions on X11, which every start paid
        // for a button that an empty field does not show.
        if (!text.isEmpty())
            m_search->setClearButtonEnabled(true);
        m_filter->setText(text);
        m_tree->expandAll();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(m_category->currentData().toString());
        m_tree->expandAll();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(static_cast<ParameterFilterModel::StatusFilter>(m_status->currentData().toInt()));
        m_tree->expandAll();
    });
    // Enter in the search field goes to the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QStringList order = visibleOrder();
        if (!order.isEmpty()) {
            showParameter(order.first());
            m_tree->setFocus();
        }
    });
    connect(m_session, &AssessmentSession::answerChanged, this, &QuestionnairePage::updateProgress);
    // A level chosen (here or elsewhere) is brought into view, large type or not. The pane has
    // shown it already: it connected first.
    // Only a new choice: a comment saved meanwhile leaves the view where the person put it.
    connect(m_session, &AssessmentSession::answerChanged, this, [this](const QString &id) {
        QWidget *row = m_detail->chosenLevelRow();
        if (id != m_detail->parameterId() || row == m_shownChoice)
            return;
        m_shownChoice = row;
        if (row)
            m_scroll->ensureWidgetVisible(row, 0, 0);
    });
    connect(m_session->workshop(), &WorkshopSession::ratingsChanged, this, &QuestionnairePage::updateProgress);
    connect(m_session->workshop(), &WorkshopSession::participantsChanged, this, &QuestionnairePage::updateProgress);
    connect(m_session->workshop(), &WorkshopSession::ratingAloneChanged, this, [this] {
        updateProgress();
        fitColumns(); // the columns now say other things
    });
    // Participants added or removed: the workshop's filters and progress come and go with them.
    connect(m_session->workshop(), &WorkshopSession::participantsChanged, this, &QuestionnairePage::retranslate);
    connect(m_session, &AssessmentSession::headerChanged, this, &QuestionnairePage::retranslate);
    connect(m_session, &AssessmentSession::focusRequested, this, &QuestionnairePage::showParameter);

    retranslate();
    updateProgress();
    if (!m_session->model().parameters().isEmpty())
        showParameter(m_session->model().parameters().first().id);
}

QuestionnairePage::~QuestionnairePage()
{
    m_detail->flushPendingEdits();
}

void QuestionnairePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Zoomed text: the fixed columns are measured again, so that no id becomes "O…".
    if (event->type() == QEvent::FontChange) {
        QTimer::singleShot(0, this, [this] {
            m_tree->setIndentation(m_tree->fontMetrics().averageCharWidth() * 2);
            fitColumns();
        });
    }
    QWidget::changeEvent(event);
}

void QuestionnairePage::retranslate()
{
    m_title->setText(m_session->assessment().title);
    const bool final = m_session->assessment().status == Assessment::Status::Final;
    m_finalBanner->setVisible(final || m_session->isOffline());
    if (m_session->isOffline()) {
        m_finalBanner->setText(tr("<b>Offline</b> — the database server cannot be reached, so nothing can be changed. "
                                  "What you typed stays in place; SIM3 Workbench connects again by itself."));
        m_finalBanner->setAccessibleName(tr("Offline: the database server cannot be reached; read-only"));
    } else {
        m_finalBanner->setText(tr("<b>Final</b> — read-only. To change it, reopen it as a draft (Assessment > Reopen "
                                  "as Draft); reopening is recorded."));
        m_finalBanner->setAccessibleName(tr("This assessment is final and read-only"));
    }
    if (!m_detail->parameterId().isEmpty())
        m_detail->showParameter(m_detail->parameterId());
    m_search->setPlaceholderText(tr("Search parameters, comments, evidence (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search parameters"));
    m_category->setAccessibleName(tr("Show category"));
    m_status->setAccessibleName(tr("Show status"));
    m_tree->setAccessibleName(tr("Parameters"));
    m_progress->setAccessibleName(tr("Progress"));

    const int category = m_category->currentIndex();
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const Category &c : m_session->model().categories())
        m_category->addItem(u"%1 — %2"_s.arg(c.id, c.name.text(m_language)), c.id);
    m_category->setCurrentIndex(std::max(0, category));
    m_category->blockSignals(false);

    using F = ParameterFilterModel::StatusFilter;
    const int status = m_status->currentIndex();
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("Any status"), static_cast<int>(F::All));
    m_status->addItem(tr("Only unanswered"), static_cast<int>(F::Unanswered));
    m_status->addItem(tr("Only to confirm"), static_cast<int>(F::ToConfirm));
    m_status->addItem(tr("Only flagged for review"), static_cast<int>(F::Flagged));
    m_status->addItem(tr("Only not applicable"), static_cast<int>(F::NotApplicable));
    m_status->addItem(tr("Only answered with a level"), static_cast<int>(F::Answered));
    if (m_session->workshop()->hasParticipants()) {
        m_status->addItem(tr("Workshop: not discussed yet"), static_cast<int>(F::NotDiscussed));
        m_status->addItem(tr("Workshop: disputed"), static_cast<int>(F::Disputed));
        m_status->addItem(tr("Workshop: no consensus yet"), static_cast<int>(F::NoConsensus));
    }
    m_status->setCurrentIndex(std::max(0, status));
    m_status->blockSignals(false);
    updateProgress();
    fitColumns();
}

void QuestionnairePage::setLanguage(const QString &language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_detail->setLanguage(language);
    retranslate(); // fits the columns too
}

void QuestionnairePage::showEvent(QShowEvent *event)
{
    if (!m_columnsFitted)
        fitColumns();
    QWidget::showEvent(event);
}

void QuestionnairePage::fitColumns()
{
    m_columnsFitted = isVisible();
    if (!m_columnsFitted)
        return;
    for (int column : {QuestionnaireModel::IdColumn, QuestionnaireModel::LevelColumn, QuestionnaireModel::StatusColumn})
        m_tree->resizeColumnToContents(column);
}

void QuestionnairePage::updateProgress()
{
    const int total = static_cast<int>(m_session->model().parameters().size());
    const int answered = m_session->answeredCount();
    const int toConfirm = m_session->toConfirmCount();
    m_progressText->setText(toConfirm > 0
            ? tr("%1 of %2 answered, %3 to confirm").arg(answered).arg(total).arg(toConfirm)
            : tr("%1 of %2 answered").arg(answered).arg(total));
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(answered);
    const WorkshopSession *workshop = m_session->workshop();
    if (!workshop->hasParticipants())
        return;
    if (workshop->isRatingAlone()) {
        m_progressText->setText(m_progressText->text() + u"\n"_s
            + tr("My ratings (%1): %2 of %3 rated")
                  .arg(workshop->me()->name)
                  .arg(workshop->myRatingCount())
                  .arg(total));
        return;
    }
    // Where the workshop stands: rated by all, revealed, settled with a team level, disputed.
    int ratedByAll = 0;
    int revealed = 0;
    int settled = 0;
    int disputed = 0;
    for (const Parameter &p : m_session->model().parameters()) {
        const ParameterRatings &r = workshop->ratings(p.id);
        ratedByAll += r.ratedBy.size() == workshop->participants().size() ? 1 : 0;
        revealed += r.revealed ? 1 : 0;
        settled += r.revealed && m_session->answer(p.id).isAnswered() ? 1 : 0;
        disputed += r.spread.isDisputed(workshop->disputeThreshold()) ? 1 : 0;
    }
    m_progressText->setText(m_progressText->text() + u"\n"_s
        + tr("Workshop: %1 rated by all, %2 revealed, %3 of them with a consensus, %4 disputed")
              .arg(ratedByAll)
              .arg(revealed)
              .arg(settled)
              .arg(disputed));
}

QString QuestionnairePage::currentParameterId() const
{
    return m_detail->parameterId();
}

void QuestionnairePage::showParameter(const QString &parameterId)
{
    QModelIndex source = m_model->indexOf(parameterId);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Hidden by a filter: clear the filters rather than show a parameter the list hides.
        m_search->clear();
        m_category->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    // Typing in a text field, the next digit would land in the next parameter's text: moving on
    // goes back to the level choice.
    const bool fromText = m_detail->hasFocusInText();
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    m_detail->showParameter(parameterId);
    if (fromText)
        m_detail->focusLevels();
}

void QuestionnairePage::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString id = current.data(QuestionnaireModel::ParameterIdRole).toString();
    if (id.isEmpty())
        return;
    m_detail->showParameter(id);
    m_shownChoice = m_detail->chosenLevelRow();
    m_scroll->ensureVisible(0, 0);
    emit currentParameterChanged(id);
}

QStringList QuestionnairePage::visibleOrder() const
{
    QStringList order;
    for (int c = 0; c < m_filter->rowCount(); ++c) {
        const QModelIndex category = m_filter->index(c, 0);
        for (int r = 0; r < m_filter->rowCount(category); ++r)
            order.append(m_filter->index(r, 0, category).data(QuestionnaireModel::ParameterIdRole).toString());
    }
    return order;
}

void QuestionnairePage::nextParameter()
{
    const QStringList order = visibleOrder();
    const qsizetype i = order.indexOf(currentParameterId());
    if (i + 1 < order.size())
        showParameter(order.at(i + 1));
}

void QuestionnairePage::previousParameter()
{
    const QStringList order = visibleOrder();
    const qsizetype i = order.indexOf(currentParameterId());
    if (i > 0)
        showParameter(order.at(i - 1));
}

void QuestionnairePage::bindActions(const AnswerActions &actions)
{
    ParameterDetailPane *pane = m_detail;
    for (QAction *level : actions.levels)
        connect(level, &QAction::triggered, this, [pane, level] { pane->chooseLevel(level->data().toInt()); });
    connect(actions.notApplicable, &QAction::triggered, pane, &ParameterDetailPane::chooseNotApplicable);
    connect(actions.clearLevel, &QAction::triggered, pane, &ParameterDetailPane::clearAnswer);
    connect(actions.confirmCarried, &QAction::triggered, pane, &ParameterDetailPane::confirmCarriedAnswer);
    connect(actions.toggleFlag, &QAction::triggered, pane, &ParameterDetailPane::toggleReviewFlag);
    connect(actions.addEvidence, &QAction::triggered, pane, &ParameterDetailPane::addEvidence);
    connect(actions.editComment, &QAction::triggered, pane, &ParameterDetailPane::focusComment);
    connect(actions.nextParameter, &QAction::triggered, this, &QuestionnairePage::nextParameter);
    connect(actions.previousParameter, &QAction::triggered, this, &QuestionnairePage::previousParameter);
    connect(actions.enterRatings, &QAction::triggered, pane, &ParameterDetailPane::focusRatings);
    connect(actions.revealRatings, &QAction::triggered, pane, &ParameterDetailPane::revealRatings);
}

bool QuestionnairePage::nextUnanswered()
{
    return nextWhere([](const Answer &a) { return !a.isAnswered(); });
}

bool QuestionnairePage::nextToConfirm()
{
    return nextWhere([](const Answer &a) { return a.awaitsConfirmation(); });
}

bool QuestionnairePage::nextWhere(const std::function<bool(const Answer &)> &wanted)
{
    QStringList order;
    for (const Parameter &p : m_session->model().parameters())
        order.append(p.id);
    const qsizetype start = order.indexOf(currentParameterId());
    for (qsizetype step = 1; step <= order.size(); ++step) {
        const QString &id = order.at((start + step) % order.size());
        if (wanted(m_session->answer(id))) {
            showParameter(id);
            return true;
        }
    }
    return false;
}

void QuestionnairePage::focusSearch()
{
    if (m_presentation)
        setPresentation(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QuestionnairePage::setFocusToList()
{
    if (m_presentation)
        m_detail->setFocus();
    else
        m_tree->setFocus(Qt::OtherFocusReason);
}

void QuestionnairePage::setPresentation(int textPixels)
{
    m_presentation = textPixels > 0;
    m_listPanel->setVisible(!m_presentation);
    m_detail->setPresentation(textPixels);
    // Larger or smaller type moves the chosen level: once laid out again, it is brought back.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_presentation)
                m_scroll->ensureVisible(0, 0); // the heading again, as before presenting
            if (QWidget *row = m_detail->chosenLevelRow())
                m_scroll->ensureWidgetVisible(row, 0, 0);
        },
        Qt::QueuedConnection);
}
