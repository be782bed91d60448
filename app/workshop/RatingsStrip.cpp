#include "RatingsStrip.h"

#include "domain/LevelText.h"
#include "domain/RatingInput.h"
#include "questionnaire/AnswerTextEditor.h"
#include "widgets/WrappingLabel.h"
#include "workshop/SpreadPlot.h"
#include "workshop/WorkshopSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int CellsPerRow = 6;

} // namespace

RatingsStrip::RatingsStrip(WorkshopSession *workshop, QWidget *parent)
    : QFrame(parent)
    , m_workshop(workshop)
{
    setObjectName(u"ratingsStrip"_s);
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status = new WrappingLabel(this);
    m_status->setObjectName(u"ratingsStatus"_s);
    m_status->setWordWrap(true);
    m_revealButton = new QPushButton(this);
    m_revealButton->setObjectName(u"revealButton"_s);
    connect(m_revealButton, &QPushButton::clicked, this, &RatingsStrip::reveal);
    m_cells = new QGridLayout;
    m_cells->setHorizontalSpacing(12);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(u"ratingsEntry"_s);
    m_entry->installEventFilter(this);
    connect(m_entry, &QLineEdit::returnPressed, this, &RatingsStrip::submit);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"ratingsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b"_s);
    m_problem->hide();
    m_plot = new SpreadPlot(this);
    m_suggestion = new WrappingLabel(this);
    m_suggestion->setObjectName(u"consensusSuggestion"_s);
    m_suggestion->setWordWrap(true);
    m_dissent = new AnswerTextEditor(u"dissentField"_s, 2, 5, this);
    connect(m_dissent, &AnswerTextEditor::edited, this,
        [this](const QString &text) { m_workshop->setDissent(m_parameterId, text); });
    m_myNote = new AnswerTextEditor(u"myRatingNote"_s, 2, 5, this);
    connect(m_myNote, &AnswerTextEditor::edited, this, &RatingsStrip::saveMyNote);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addWidget(m_status, 1);
    head->addWidget(m_revealButton);
    auto *spread = new QHBoxLayout;
    spread->addWidget(m_plot);
    spread->addWidget(m_suggestion, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(m_cells);
    layout->addWidget(m_entry);
    layout->addWidget(m_problem);
    layout->addLayout(spread);
    layout->addWidget(m_dissent);
    layout->addWidget(m_myNote);

    connect(m_workshop, &WorkshopSession::ratingsChanged, this, [this](const QString &id) {
        if (id == m_parameterId)
            refresh();
    });
    connect(m_workshop, &WorkshopSession::participantsChanged, this, &RatingsStrip::refresh);
    connect(m_workshop, &WorkshopSession::ratingAloneChanged, this, [this] {
        m_entry->clear();
        m_problem->hide();
        retranslate();
    });
    retranslate();
}

void RatingsStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool RatingsStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_entry->clear();
        m_problem->hide();
        emit entryFinished();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void RatingsStrip::retranslate()
{
    const bool alone = m_workshop->isRatingAlone();
    m_title->setText(alone ? tr("My rating") : tr("Ratings"));
    m_revealButton->setText(tr("Reveal (Ctrl+Shift+R)"));
    m_revealButton->setAccessibleName(tr("Reveal the ratings"));
    m_entry->setPlaceholderText(alone
            ? tr("The level keys set your rating; or type it here: 0–4, n = N/A, a = abstain, - = remove, then Return")
            : tr("Type the levels in the order above, e.g. 2 3 3 2 4, then Return (n = N/A, a = abstain, - = skip)"));
    m_entry->setAccessibleName(alone ? tr("My rating") : tr("Ratings of the participants, in order"));
    m_dissent->setTexts(tr("Dissent:"), tr("Dissent"), tr("Where the team disagreed: who held which level, and why"));
    m_myNote->setTexts(tr("My note:"), tr("My note"), tr("Why you chose this level (goes into your ratings file)"));
    refresh();
}

void RatingsStrip::showParameter(const QString &parameterId)
{
    flush();
    m_parameterId = parameterId;
    m_entry->clear();
    m_problem->hide();
    refresh();
}

void RatingsStrip::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

void RatingsStrip::focusEntry()
{
    if (!isVisible() || !m_entry->isEnabled())
        return;
    m_entry->setFocus(Qt::ShortcutFocusReason);
}

void RatingsStrip::reveal()
{
    if (m_editable && !m_parameterId.isEmpty())
        m_workshop->reveal(m_parameterId);
}

void RatingsStrip::flush()
{
    m_dissent->flush();
    m_myNote->flush();
}

void RatingsStrip::submit()
{
    const bool alone = m_workshop->isRatingAlone();
    const auto entries
        = RatingInput::parse(m_entry->text(), alone ? 1 : static_cast<int>(m_workshop->participants().size()));
    if (!entries) {
        m_problem->setText(entries.error());
        m_problem->show();
        return;
    }
    m_problem->hide();
    if (alone) {
        // One's own rating, keeping its note; "-" removes it.
        std::optional<Rating> mine = entries->isEmpty() ? std::nullopt : entries->first();
        if (mine)
            mine->note = m_myNote->field()->toPlainText();
        if (!m_workshop->setMyRating(m_parameterId, mine))
            return;
    } else if (!m_workshop->enterRatings(m_parameterId, entries.value())) {
        return; // the error is shown; what was typed stays for another try
    }
    m_entry->clear();
    emit entryFinished();
}

void RatingsStrip::saveMyNote(const QString &note)
{
    std::optional<Rating> mine = m_workshop->myRating(m_parameterId);
    if (!mine || mine->note == note)
        return;
    mine->note = note;
    static_cast<void>(m_workshop->setMyRating(m_parameterId, mine)); // a failure is reported by the session
}

void RatingsStrip::refresh()
{
    const QList<Participant> &people = m_workshop->participants();
    setVisible(!people.isEmpty());
    if (people.isEmpty() || m_parameterId.isEmpty())
        return;
    while (QLayoutItem *item = m_cells->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool alone = m_workshop->isRatingAlone();
    m_myNote->setVisible(alone);
    for (QWidget *roomOnly : std::initializer_list<QWidget *>{m_revealButton, m_plot, m_suggestion, m_dissent})
        roomOnly->setVisible(!alone);
    if (alone) {
        refreshAlone();
        return;
    }
    const ParameterRatings r = m_workshop->ratings(m_parameterId);

    for (qsizetype i = 0; i < people.size(); ++i) {
        const Participant &p = people.at(i);
        const bool rated = r.ratedBy.contains(p.uuid);
        QString value = rated ? u"✓"_s : u"–"_s;
        if (r.revealed) {
            const auto own = std::find_if(r.ratings.cbegin(), r.ratings.cend(),
                [&p](const Rating &rating) { return rating.participantUuid == p.uuid; });
            value = own == r.ratings.cend() ? u"–"_s : LevelText::of(*own);
        }
        // The name as typed (escaped: it is user text), the value large enough for the room.
        auto *cell = new QLabel(
            u"%1<br><span style=\"font-size:x-large; font-weight:bold\">%2</span>"_s.arg(p.name.toHtmlEscaped(), value),
            this);
        cell->setTextFormat(Qt::RichText);
        cell->setObjectName(u"ratingCell%1"_s.arg(i));
        cell->setAlignment(Qt::AlignCenter);
        cell->setToolTip(p.role);
        cell->setAccessibleName(r.revealed
                ? tr("%1: %2").arg(p.name, value)
                : (rated ? tr("%1 has rated").arg(p.name) : tr("%1 has not rated yet").arg(p.name)));
        m_cells->addWidget(cell, static_cast<int>(i / CellsPerRow), static_cast<int>(i % CellsPerRow));
    }

    const int rated = static_cast<int>(r.ratedBy.size());
    const int total = static_cast<int>(people.size());
    const RatingSpread &s = r.spread;
    if (!r.revealed) {
        m_status->setText(tr("%1 of %2 rated, hidden until revealed").arg(rated).arg(total));
    } else if (!s.min) {
        m_status->setText(tr("Revealed: %1 of %2 rated, no level among them").arg(rated).arg(total));
    } else {
        const QString range = *s.min == *s.max ? QString::number(*s.min) : u"%1–%2"_s.arg(*s.min).arg(*s.max);
        m_status->setText(s.isDisputed(m_workshop->disputeThreshold())
                ? tr("Revealed: %1 of %2 rated, levels %3, median %4: disputed")
                      .arg(rated)
                      .arg(total)
                      .arg(range, QLocale().toString(*s.median, 'g', 2))
                : tr("Revealed: %1 of %2 rated, levels %3, median %4")
                      .arg(rated)
                      .arg(total)
                      .arg(range, QLocale().toString(*s.median, 'g', 2)));
    }
    m_revealButton->setVisible(!r.revealed);
    m_revealButton->setEnabled(m_editable && rated > 0);
    m_entry->setEnabled(m_editable);
    m_plot->setVisible(r.revealed && s.min.has_value());
    m_plot->setSpread(s);
    m_suggestion->setVisible(r.revealed && s.min.has_value());
    if (const std::optional<int> suggested = s.suggestedConsensus())
        m_suggestion->setText(
            tr("Suggested consensus: %1 (the median). Press a level key to set the team's level.").arg(*suggested));
    m_dissent->setVisible(r.revealed);
    m_dissent->setReadOnly(!m_editable);
    m_dissent->showText(r.dissent);
}

void RatingsStrip::refreshAlone()
{
    const Participant *me = m_workshop->me();
    const std::optional<Rating> mine = m_workshop->myRating(m_parameterId);
    const QString value = mine ? LevelText::of(*mine) : u"–"_s;
    auto *cell = new QLabel(
        u"%1<br><span style=\"font-size:x-large; font-weight:bold\">%2</span>"_s.arg(me->name.toHtmlEscaped(), value),
        this);
    cell->setTextFormat(Qt::RichText);
    cell->setObjectName(u"ratingCell0"_s);
    cell->setAlignment(Qt::AlignCenter);
    cell->setAccessibleName(mine ? tr("Your rating: %1").arg(value) : tr("You have not rated this parameter yet"));
    m_cells->addWidget(cell, 0, 0);
    m_status->setText(tr("Rating alone as %1: %n of the parameters rated. Nobody else sees these until the "
                         "facilitator imports your file. File > Export My Ratings… writes it.",
        nullptr, m_workshop->myRatingCount())
                          .arg(me->name));
    m_entry->setEnabled(m_editable);
    m_myNote->setReadOnly(!m_editable || !mine);
    m_myNote->showText(mine ? mine->note : QString());
}
