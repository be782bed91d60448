#include "ParameterDetailPane.h"

#include "i18n/DateText.h"
#include "i18n/JapanesePhrases.h"
#include "questionnaire/AnswerTextEditor.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ChangeHistoryView.h"
#include "questionnaire/EvidenceDialog.h"
#include "questionnaire/EvidenceEditor.h"
#include "questionnaire/ImprovementActionEditor.h"
#include "questionnaire/JustificationDialog.h"
#include "questionnaire/LevelChooser.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "widgets/WrappingLabel.h"
#include "workshop/RatingsStrip.h"
#include "workshop/WorkshopSession.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int CommentField = 1;
constexpr int JustificationField = 2;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ParameterDetailPane::ParameterDetailPane(AssessmentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"parameterDetailPane"_s);
    build();
    retranslate();
    // Esc in a text field goes back to the level choice (the ratings strip has its own Esc).
    const auto watch = [this](QWidget *field) {
        if (!m_ratings->isAncestorOf(field))
            field->installEventFilter(this);
    };
    for (QPlainTextEdit *field : findChildren<QPlainTextEdit *>())
        watch(field);
    for (QLineEdit *field : findChildren<QLineEdit *>())
        watch(field);
    connect(m_session, &AssessmentSession::answerChanged, this, [this](const QString &id) {
        if (id == m_parameterId)
            refresh();
    });
}

ParameterDetailPane::~ParameterDetailPane() = default;

void ParameterDetailPane::build()
{
    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(u"parameterIdLabel"_s);
    m_nameLabel = wrappingLabel(this);
    m_nameLabel->setObjectName(u"parameterNameLabel"_s);
    m_categoryLabel = new QLabel(this);
    m_nameNote = wrappingLabel(this);
    m_nameNote->setObjectName(u"parameterNameNote"_s);
    m_nameNote->setForegroundRole(QPalette::PlaceholderText);
    updateHeadingFont();

    m_confirmBanner = new QFrame(this);
    m_confirmBanner->setObjectName(u"confirmBanner"_s);
    m_confirmBanner->setFrameShape(QFrame::StyledPanel);
    m_confirmBanner->setAutoFillBackground(true);
    m_confirmBanner->setBackgroundRole(QPalette::AlternateBase);
    m_confirmText = wrappingLabel(m_confirmBanner);
    m_confirmButton = new QPushButton(m_confirmBanner);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    auto *bannerLayout = new QHBoxLayout(m_confirmBanner);
    bannerLayout->addWidget(m_confirmText, 1);
    bannerLayout->addWidget(m_confirmButton);
    connect(m_confirmButton, &QPushButton::clicked, this, &ParameterDetailPane::confirmCarriedAnswer);

    m_summary = wrappingLabel(this);
    m_summary->setObjectName(u"parameterSummary"_s);

    m_levels = new LevelChooser(this);
    connect(m_levels, &LevelChooser::levelChosen, this, [this](int level) {
        if (!m_refreshing)
            chooseLevel(level);
    });
    connect(m_levels, &LevelChooser::notApplicableChosen, this, [this] {
        if (!m_refreshing)
            chooseNotApplicable();
    });
    m_justification = new AnswerTextEditor(u"justificationField"_s, 0, 4, m_levels);
    m_levels->contentLayout()->addWidget(m_justification);
    connect(m_justification, &AnswerTextEditor::edited, this, &ParameterDetailPane::saveJustification);
    m_ratings = new RatingsStrip(m_session->workshop(), this);
    // After a round is typed (or Escape), the next key is the team's level again.
    connect(m_ratings, &RatingsStrip::entryFinished, this, [this] { m_levels->setFocus(Qt::OtherFocusReason); });
    connect(m_session->workshop(), &WorkshopSession::ratingAloneChanged, this, &ParameterDetailPane::refresh);
    connect(m_session, &AssessmentSession::headerChanged, this, &ParameterDetailPane::updateEditability);
    connect(m_session->workshop(), &WorkshopSession::ratingsChanged, this, [this](const QString &id) {
        if (id == m_parameterId && m_session->workshop()->isRatingAlone())
            refresh(); // a rating typed into the strip shows in the level choice
    });
    m_comment = new AnswerTextEditor(u"commentField"_s, 4, 8, this);
    connect(m_comment, &AnswerTextEditor::edited, this, &ParameterDetailPane::saveComment);

    m_evidence = new EvidenceEditor(this);
    connect(m_evidence, &EvidenceEditor::addRequested, this, &ParameterDetailPane::addEvidence);
    connect(m_evidence, &EvidenceEditor::editRequested, this, &ParameterDetailPane::editEvidence);
    connect(m_evidence, &EvidenceEditor::removeRequested, this, &ParameterDetailPane::removeEvidence);

    m_reviewFlag = new QCheckBox(this);
    m_reviewFlag->setObjectName(u"reviewFlagCheck"_s);
    connect(m_reviewFlag, &QCheckBox::clicked, this, [this] {
        if (!m_refreshing)
            toggleReviewFlag();
    });
    m_action = new ImprovementActionEditor(this);
    connect(m_action, &ImprovementActionEditor::edited, this, &ParameterDetailPane::saveAction);
    m_lastChanged = new QLabel(this);
    m_lastChanged->setObjectName(u"lastChangedLabel"_s);
    m_lastChanged->setForegroundRole(QPalette::PlaceholderText);

    m_history = new ChangeHistoryView(m_session->database(), this);

    auto *header = new QHBoxLayout;
    header->addWidget(m_idLabel);
    header->addSpacing(12);
    header->addWidget(m_nameLabel, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_reviewFlag);
    bottom->addStretch(1);
    bottom->addWidget(m_lastChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_categoryLabel);
    layout->addWidget(m_nameNote);
    layout->addWidget(m_confirmBanner);
    layout->addWidget(m_summary);
    layout->addWidget(m_ratings);
    m_answerLayout = new QBoxLayout(QBoxLayout::TopToBottom);
    m_answerLayout->addWidget(m_levels, 3);
    m_answerLayout->addWidget(m_comment, 2, Qt::AlignTop);
    layout->addLayout(m_answerLayout);
    layout->addWidget(m_evidence);
    layout->addWidget(m_action);
    layout->addLayout(bottom);
    layout->addWidget(m_history);
    layout->addStretch(1);
}

void ParameterDetailPane::updateHeadingFont()
{
    QFont big = font();
    if (big.pixelSize() > 0)
        big.setPixelSize(qRound(big.pixelSize() * 1.5));
    else
        big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_idLabel->setFont(big);
    m_nameLabel->setFont(big);
}

void ParameterDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateHeadingFont(); // zoomed, or presenting
        updateAnswerLayout();
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshTexts();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ParameterDetailPane::retranslate()
{
    m_confirmButton->setText(tr("Con&firm"));
    m_confirmButton->setAccessibleName(tr("Confirm the carried-over answer"));
    m_justification->setTexts(tr("&Justification for \"not applicable\":"), tr("Justification for not applicable"));
    m_comment->setTexts(tr("C&omment:"), tr("Comment"), tr("What the team said, what is missing, what to do next…"));
    m_reviewFlag->setText(tr("F&lag for review"));
    m_reviewFlag->setAccessibleName(tr("Flag for review"));
}

void ParameterDetailPane::setLanguage(const QString &language)
{
    m_language = language;
    refreshTexts();
    refresh();
}

void ParameterDetailPane::setPresentation(int textPixels)
{
    const bool on = textPixels > 0;
    m_presenting = on;
    if (on) {
        QFont f = parentWidget() ? parentWidget()->font() : QApplication::font();
        f.setPixelSize(textPixels);
        setFont(f);
    } else {
        setFont(QFont()); // no font of its own: it follows the application's zoom again
    }
    // On the projector only what the room decides on: the levels and, beside them, the comment.
    m_history->setVisible(!on);
    m_categoryLabel->setVisible(!on);
    m_nameNote->setVisible(!on && !m_nameNote->text().isEmpty());
    m_evidence->setVisible(!on);
    m_levels->setPresentation(on);
    updateAnswerLayout();
}

void ParameterDetailPane::updateAnswerLayout()
{
    // The width the scroll area offers, not the pane's own (which grows to what it holds).
    const int offered = parentWidget() ? parentWidget()->width() : width();
    const int commentWidth = fontMetrics().averageCharWidth() * 24;
    const bool beside = m_presenting && offered >= m_levels->minimumSizeHint().width() + commentWidth;
    m_answerLayout->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ParameterDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateAnswerLayout();
}

QWidget *ParameterDetailPane::chosenLevelRow() const
{
    return m_levels->chosenRow();
}

void ParameterDetailPane::showParameter(const QString &parameterId)
{
    if (parameterId == m_parameterId)
        return;
    keepHeldEdits();
    flushPendingEdits();
    m_parameterId = parameterId;
    m_ratings->showParameter(parameterId);
    refreshTexts();
    refresh();
    if (m_heldComments.contains(parameterId))
        m_comment->showHeldEdit(m_heldComments.take(parameterId));
    if (m_heldJustifications.contains(parameterId))
        m_justification->showHeldEdit(m_heldJustifications.take(parameterId));
}

void ParameterDetailPane::keepHeldEdits()
{
    if (m_parameterId.isEmpty())
        return;
    if (const std::optional<QString> text = m_comment->takeHeldEdit())
        m_heldComments.insert(m_parameterId, *text);
    if (const std::optional<QString> text = m_justification->takeHeldEdit())
        m_heldJustifications.insert(m_parameterId, *text);
}

void ParameterDetailPane::saveHeldEdits()
{
    const QHash<QString, QString> comments = std::exchange(m_heldComments, {});
    const QHash<QString, QString> justifications = std::exchange(m_heldJustifications, {});
    for (auto it = comments.cbegin(); it != comments.cend(); ++it)
        saveCommentOf(it.key(), it.value());
    for (auto it = justifications.cbegin(); it != justifications.cend(); ++it)
        saveJustificationOf(it.key(), it.value());
}

QString ParameterDetailPane::title() const
{
    const Parameter *p = m_session->model().parameter(m_parameterId);
    return p ? u"%1 %2"_s.arg(p->id, p->name.text(m_language)) : m_parameterId;
}

void ParameterDetailPane::refreshTexts()
{
    const Parameter *p = m_session->model().parameter(m_parameterId);
    setEnabled(p != nullptr);
    if (!p)
        return;
    const Sim3Model &model = m_session->model();
    m_idLabel->setText(p->id);
    m_nameLabel->setText(p->markedName(m_language));
    // Below the heading, in words: a tooltip alone would hide it from the keyboard.
    m_nameNote->setText(
        p->nameIsVerified() ? QString() : NameProvenance::marker() + u' ' + NameProvenance::explanation(p->provenance));
    m_nameNote->setVisible(!m_presenting && !p->nameIsVerified());
    m_nameLabel->setAccessibleDescription(m_nameNote->text());
    const Category *category = model.category(p->categoryId);
    m_categoryLabel->setText(category ? category->name.text(m_language) : p->categoryId);
    m_summary->setText(JapanesePhrases::forDisplay(p->summary.text(m_language), m_language));

    m_levels->showTexts(*p, model, m_language);
    m_confirmText->setText(
        tr("Carried over from the previous assessment. Confirm it if it still holds, or change it."));
}

void ParameterDetailPane::refresh()
{
    if (!m_session->model().parameter(m_parameterId))
        return;
    m_refreshing = true;
    const Answer a = m_session->answer(m_parameterId);

    if (const WorkshopSession *workshop = m_session->workshop(); workshop->isRatingAlone()) {
        // Rating alone, the level choice is one's own rating, not the team's level.
        const std::optional<Rating> mine = workshop->myRating(m_parameterId);
        m_levels->showChoice(
            mine ? mine->levelValue() : std::nullopt, mine && mine->kind == Rating::Kind::NotApplicable);
    } else {
        m_levels->showChoice(a.level, a.notApplicable);
    }

    m_justification->setVisible(a.notApplicable);
    m_justification->showText(a.justification);
    m_comment->showText(a.comment);

    m_confirmBanner->setVisible(a.toConfirm);

    m_evidence->showEvidence(a.evidence);
    m_reviewFlag->setChecked(a.reviewFlag);
    m_action->showAction(a.actionOwner, a.actionDue);
    if (a.changedAt.isValid())
        m_lastChanged->setText(
            tr("Last changed by %1, %2")
                .arg(a.changedBy.isEmpty() ? tr("a person whose name was not recorded") : a.changedBy,
                    DateText::dateTime(a.changedAt)));
    else
        m_lastChanged->setText(tr("Not answered yet"));
    m_history->showAnswer(m_session->assessment().id, m_parameterId);
    updateEditability();
    m_refreshing = false;
}

void ParameterDetailPane::updateEditability()
{
    // A final assessment is a record: everything stays readable (texts selectable, evidence
    // openable), nothing can be changed.
    // Rating alone, only one's own rating changes: the team's answer stays as it is. Offline
    // (the server went away), nothing changes; what is in the editors stays there.
    // A database open read-only: the same, for good.
    const bool editable = m_session->assessment().status != Assessment::Status::Final && !m_session->isOffline()
        && !m_session->database().isReadOnly();
    const bool team = editable && !m_session->workshop()->isRatingAlone();
    m_levels->setEditable(editable);
    m_justification->setReadOnly(!team);
    m_comment->setReadOnly(!team);
    m_justification->setHeld(m_session->isOffline());
    m_comment->setHeld(m_session->isOffline());
    if (m_offline && !m_session->isOffline())
        saveHeldEdits(); // the server is back: what was typed for other parameters meanwhile
    m_offline = m_session->isOffline();
    m_confirmButton->setEnabled(team);
    m_evidence->setEditable(team);
    m_reviewFlag->setEnabled(team);
    m_ratings->setEditable(editable);
    m_action->setEditable(team);
}

bool ParameterDetailPane::rateAlone(std::optional<Rating::Kind> kind, int level)
{
    WorkshopSession *workshop = m_session->workshop();
    if (!workshop->isRatingAlone())
        return false;
    flushPendingEdits();
    std::optional<Rating> mine;
    if (kind) {
        mine = workshop->myRating(m_parameterId).value_or(Rating{});
        mine->kind = *kind;
        mine->level = level;
    }
    static_cast<void>(workshop->setMyRating(m_parameterId, mine)); // a failure is reported by the session
    refresh();
    return true;
}

void ParameterDetailPane::chooseLevel(int level)
{
    if (m_parameterId.isEmpty() || level < 0 || level > 4)
        return;
    if (rateAlone(Rating::Kind::Level, level))
        return;
    flushPendingEdits();
    Answer a = m_session->answer(m_parameterId);
    a.level = level;
    a.notApplicable = false;
    a.toConfirm = false;
    if (!m_session->change(a, tr("Set %1 to level %2").arg(m_parameterId, QString::number(level))))
        refresh();
}

void ParameterDetailPane::chooseNotApplicable()
{
    if (m_parameterId.isEmpty() || rateAlone(Rating::Kind::NotApplicable, 0))
        return;
    flushPendingEdits();
    Answer a = m_session->answer(m_parameterId);
    JustificationDialog dialog(title(), a.justification, this);
    if (dialog.exec() == QDialog::Accepted) {
        a.level.reset();
        a.notApplicable = true;
        a.toConfirm = false;
        a.justification = dialog.justification();
        if (m_session->change(a, tr("Mark %1 not applicable").arg(m_parameterId)))
            return;
    }
    refresh(); // cancelled or refused: show the stored answer again
}

void ParameterDetailPane::clearAnswer()
{
    if (m_parameterId.isEmpty() || rateAlone(std::nullopt, 0))
        return;
    Answer a = m_session->answer(m_parameterId);
    a.level.reset();
    a.notApplicable = false;
    a.toConfirm = false;
    if (!m_session->change(a, tr("Clear the level of %1").arg(m_parameterId)))
        refresh();
}

void ParameterDetailPane::toggleReviewFlag()
{
    if (m_parameterId.isEmpty())
        return;
    Answer a = m_session->answer(m_parameterId);
    a.reviewFlag = !a.reviewFlag;
    if (!m_session->change(a,
            a.reviewFlag ? tr("Flag %1 for review").arg(m_parameterId)
                         : tr("Remove the review flag of %1").arg(m_parameterId)))
        refresh();
}

void ParameterDetailPane::confirmCarriedAnswer()
{
    Answer a = m_session->answer(m_parameterId);
    if (!a.toConfirm)
        return;
    a.toConfirm = false;
    if (!m_session->change(a, tr("Confirm %1").arg(m_parameterId)))
        refresh();
}

void ParameterDetailPane::saveComment(const QString &text)
{
    if (!m_parameterId.isEmpty())
        saveCommentOf(m_parameterId, text);
}

void ParameterDetailPane::saveCommentOf(const QString &parameterId, const QString &text)
{
    Answer a = m_session->answer(parameterId);
    if (a.comment == text)
        return;
    a.comment = text;
    m_session->change(
        a, tr("Edit the comment of %1").arg(parameterId), AssessmentSession::Merge::WithPreviousEdit, CommentField);
}

void ParameterDetailPane::saveJustification(const QString &text)
{
    if (!m_parameterId.isEmpty())
        saveJustificationOf(m_parameterId, text);
}

void ParameterDetailPane::saveJustificationOf(const QString &parameterId, const QString &text)
{
    Answer a = m_session->answer(parameterId);
    if (!a.notApplicable || a.justification == text)
        return;
    if (text.trimmed().isEmpty()) {
        // Refused by the rules: "not applicable" keeps a justification. Show the stored one again.
        if (parameterId == m_parameterId)
            m_justification->resetText(a.justification);
        return;
    }
    a.justification = text;
    m_session->change(a, tr("Edit the justification of %1").arg(parameterId),
        AssessmentSession::Merge::WithPreviousEdit, JustificationField);
}

void ParameterDetailPane::saveAction(const QString &owner, const QDate &due)
{
    if (m_parameterId.isEmpty() || m_refreshing)
        return;
    Answer a = m_session->answer(m_parameterId);
    a.actionOwner = owner;
    a.actionDue = due;
    m_session->change(a, tr("Edit the improvement action of %1").arg(m_parameterId));
}

void ParameterDetailPane::flushPendingEdits()
{
    m_comment->flush();
    m_ratings->flush();
    m_justification->flush();
}

void ParameterDetailPane::addEvidence()
{
    if (m_parameterId.isEmpty())
        return;
    flushPendingEdits();
    EvidenceDialog dialog(Evidence{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Answer a = m_session->answer(m_parameterId);
    a.evidence.append(dialog.evidence());
    m_session->change(a, tr("Add evidence to %1").arg(m_parameterId));
    refresh();
    m_evidence->selectRow(static_cast<int>(a.evidence.size() - 1));
}

void ParameterDetailPane::editEvidence(int row)
{
    Answer a = m_session->answer(m_parameterId);
    if (row < 0 || row >= a.evidence.size())
        return;
    flushPendingEdits();
    EvidenceDialog dialog(a.evidence.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    a.evidence[row] = dialog.evidence();
    m_session->change(a, tr("Edit evidence of %1").arg(m_parameterId));
    refresh();
    m_evidence->selectRow(row);
}

void ParameterDetailPane::removeEvidence(int row)
{
    Answer a = m_session->answer(m_parameterId);
    if (row < 0 || row >= a.evidence.size())
        return;
    a.evidence.removeAt(row);
    m_session->change(a, tr("Remove evidence from %1").arg(m_parameterId));
    refresh();
}

void ParameterDetailPane::openEvidence()
{
    m_evidence->openSelected();
}

void ParameterDetailPane::focusRatings()
{
    m_ratings->focusEntry();
}

void ParameterDetailPane::revealRatings()
{
    m_ratings->reveal();
}

void ParameterDetailPane::focusLevels()
{
    m_levels->setFocus(Qt::OtherFocusReason);
}

bool ParameterDetailPane::hasFocusInText() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && isAncestorOf(focus) && !m_ratings->isAncestorOf(focus)
        && (qobject_cast<const QPlainTextEdit *>(focus) || qobject_cast<const QLineEdit *>(focus)
            || qobject_cast<const QAbstractSpinBox *>(focus));
}

bool ParameterDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        flushPendingEdits();
        focusLevels();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ParameterDetailPane::focusComment()
{
    m_comment->field()->setFocus(Qt::ShortcutFocusReason);
    m_comment->field()->moveCursor(QTextCursor::End);
}
