#include "catalogue/ModelCatalogue.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/RatingsJson.h"
#include "i18n/LanguageManager.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnaireModel.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/ChangeWatcher.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/ParticipantsDialog.h"
#include "workshop/RatingsStrip.h"
#include "workshop/SpreadPlot.h"
#include "workshop/WorkshopSession.h"

#include "TempDatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

// A round in the room, driven with the keyboard through the real window: type the ratings,
// they stay hidden, reveal them, set the consensus with a level key, note the dissent.
class tst_RatingsStrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aWholeRoundWithTheKeyboard();
    void aMistypedRoundSaysWhyAndStoresNothing();
    void withoutParticipantsThereIsNoStrip();
    void workshopFilterPutsTheWidestDisputeFirst();
    void ratingAloneTheLevelKeysRateForMe();
    void ratingAloneEndsWhenIAmNoLongerAParticipant();
    void participantsDialogEditsThePeopleAndTheThreshold();
    void aRoundOverAnotherCopysRatingAsksFirst();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    template <typename T> T *find(const QString &name) const { return m_window->findChild<T *>(name); }

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_assessment = 0;
};

void tst_RatingsStrip::init()
{
    m_t = std::make_unique<TempDatabase>();
    const qint64 team = TeamRepository(m_t->db()).create(u"Team"_s)->id;
    m_assessment = AssessmentRepository(m_t->db()).create(team, u"Workshop"_s, QDate(2026, 5, 1), u"sim3-v2i"_s)->id;
    QVERIFY(WorkshopRepository(m_t->db()).setParticipants(m_assessment,
        {{0, QString(), u"Aiko"_s, u"team lead"_s}, {0, QString(), u"Ben"_s, QString()},
            {0, QString(), u"Chie"_s, u"SOC"_s}}));
    m_languages = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_t->db(), *m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openAssessment(m_assessment, u"O-1"_s));
}

void tst_RatingsStrip::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_t.reset();
}

void tst_RatingsStrip::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

void tst_RatingsStrip::aWholeRoundWithTheKeyboard()
{
    auto *strip = find<RatingsStrip>(u"ratingsStrip"_s);
    QVERIFY(strip && strip->isVisible());
    auto *status = find<QLabel>(u"ratingsStatus"_s);
    QVERIFY(status->text().contains(u"0 of 3 rated"_s));

    // Ctrl+Shift+T puts the cursor in the round's field; digits go there, not to the level.
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), strip->entryField());
    QTest::keyClicks(strip->entryField(), u"2 3 4"_s);
    press(Qt::Key_Return);
    QVERIFY(!m_window->session()->answer(u"O-1"_s).level); // no consensus was set by typing
    QVERIFY(QApplication::focusWidget() != strip->entryField()); // the level keys work again
    QVERIFY2(status->text().contains(u"3 of 3 rated, hidden"_s), qPrintable(status->text()));
    // Hidden: each cell says who rated, never what; so does the database's answer.
    auto *cell = find<QLabel>(u"ratingCell1"_s);
    QVERIFY2(cell->text().contains(u"✓"_s) && !cell->text().contains(u">3<"_s), qPrintable(cell->text()));
    QCOMPARE(cell->accessibleName(), u"Ben has rated"_s);
    QVERIFY(WorkshopRepository(m_t->db()).forParameter(m_assessment, u"O-1"_s)->ratings.isEmpty());
    QVERIFY(!find<SpreadPlot>(u"spreadPlot"_s)->isVisible());

    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(status->text().contains(u"levels 2–4, median 3: disputed"_s), qPrintable(status->text()));
    QVERIFY(find<QLabel>(u"ratingCell1"_s)->text().contains(u">3<"_s));
    QCOMPARE(find<QLabel>(u"ratingCell1"_s)->accessibleName(), u"Ben: 3"_s);
    QVERIFY(find<SpreadPlot>(u"spreadPlot"_s)->isVisible());
    QVERIFY(find<QLabel>(u"consensusSuggestion"_s)->text().contains(u"Suggested consensus: 3"_s));
    QVERIFY(!find<QPushButton>(u"revealButton"_s)->isVisible());

    // The list's workshop filter finds it among the disputed, and the progress counts it.
    auto *filter = find<QComboBox>(u"statusFilter"_s);
    filter->setCurrentIndex(filter->findText(u"Workshop: disputed"_s));
    auto *tree = find<QTreeView>(u"parameterTree"_s);
    QVERIFY(tree);
    int shown = 0;
    for (int c = 0; c < tree->model()->rowCount(); ++c)
        shown += tree->model()->rowCount(tree->model()->index(c, 0));
    QCOMPARE(shown, 1);
    QVERIFY2(find<QLabel>(u"progressLabel"_s)
                 ->text()
                 .contains(u"1 rated by all, 1 revealed, 0 of them with a consensus, 1 disputed"_s),
        qPrintable(find<QLabel>(u"progressLabel"_s)->text()));
    filter->setCurrentIndex(0);

    // The team settles on 3 with the level key, as without a workshop.
    press(Qt::Key_3);
    QCOMPARE(m_window->session()->answer(u"O-1"_s).level, std::optional<int>(3));
    QVERIFY2(find<QLabel>(u"progressLabel"_s)->text().contains(u"1 revealed, 1 of them with a consensus"_s),
        qPrintable(find<QLabel>(u"progressLabel"_s)->text()));

    // The dissent is kept with the parameter.
    auto *dissent = find<QPlainTextEdit>(u"dissentField"_s);
    QVERIFY(dissent->isVisible());
    dissent->setFocus();
    QTest::keyClicks(dissent, u"Chie held 4: the SOC runbook is approved."_s);
    strip->flush();
    QCOMPARE(WorkshopRepository(m_t->db()).forParameter(m_assessment, u"O-1"_s)->dissent,
        u"Chie held 4: the SOC runbook is approved."_s);

    // The next parameter starts hidden again.
    m_window->questionnaire()->showParameter(u"O-2"_s);
    QVERIFY(status->text().contains(u"0 of 3 rated"_s));
    QVERIFY(!dissent->isVisible());
}

void tst_RatingsStrip::aMistypedRoundSaysWhyAndStoresNothing()
{
    auto *strip = find<RatingsStrip>(u"ratingsStrip"_s);
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(strip->entryField(), u"2 7 3"_s);
    press(Qt::Key_Return);
    auto *problem = find<QLabel>(u"ratingsProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"\"7\""_s), qPrintable(problem->text()));
    QCOMPARE(strip->entryField()->text(), u"2 7 3"_s); // kept for correcting
    QVERIFY(WorkshopRepository(m_t->db()).forParameter(m_assessment, u"O-1"_s)->ratedBy.isEmpty());
    // Escape leaves the field without saving.
    press(Qt::Key_Escape);
    QVERIFY(QApplication::focusWidget() != strip->entryField());
    QVERIFY(!problem->isVisible());
}

void tst_RatingsStrip::withoutParticipantsThereIsNoStrip()
{
    QVERIFY(WorkshopRepository(m_t->db()).setParticipants(m_assessment, {}));
    QVERIFY(m_window->openAssessment(m_assessment, u"O-1"_s));
    QVERIFY(!find<RatingsStrip>(u"ratingsStrip"_s)->isVisible());
    press(Qt::Key_2);
    QCOMPARE(m_window->session()->answer(u"O-1"_s).level, std::optional<int>(2));
}

void tst_RatingsStrip::workshopFilterPutsTheWidestDisputeFirst()
{
    WorkshopRepository repo(m_t->db());
    const QList<Participant> people = repo.participants(m_assessment).value();
    const auto round = [&](const QString &parameterId, int first, int second) {
        Rating a;
        a.participantUuid = people.at(0).uuid;
        a.parameterId = parameterId;
        a.level = first;
        Rating b = a;
        b.participantUuid = people.at(1).uuid;
        b.level = second;
        return repo.saveRatings(m_assessment, {a, b}, u"Facilitator"_s)
            && repo.reveal(m_assessment, parameterId, u"Facilitator"_s);
    };
    QVERIFY(round(u"O-1"_s, 2, 4)); // two apart
    QVERIFY(round(u"O-3"_s, 0, 4)); // four apart: discussed first
    QVERIFY(m_window->session()->workshop()->reload());
    auto *filter = find<QComboBox>(u"statusFilter"_s);
    auto *tree = find<QTreeView>(u"parameterTree"_s);
    const auto firstTwo = [&] {
        const QModelIndex category = tree->model()->index(0, 0);
        return QStringList{tree->model()->index(0, 0, category).data().toString(),
            tree->model()->index(1, 0, category).data().toString()};
    };
    filter->setCurrentIndex(filter->findText(u"Workshop: disputed"_s));
    QCOMPARE(firstTwo(), (QStringList{u"O-3"_s, u"O-1"_s}));
    filter->setCurrentIndex(0); // all parameters: the model's order again
    QCOMPARE(firstTwo(), (QStringList{u"O-1"_s, u"O-2"_s}));
}

void tst_RatingsStrip::ratingAloneTheLevelKeysRateForMe()
{
    // Ben, at home with the assessment he was sent, rates alone.
    auto *rateAlone = find<QAction>(u"actionRateAlone"_s);
    QVERIFY(rateAlone->isEnabled());
    QVERIFY(!find<QAction>(u"actionExportMyRatings"_s)->isEnabled());
    InputDialog::setNextAnswer(u"Ben"_s);
    rateAlone->trigger();
    QVERIFY(rateAlone->isChecked());
    WorkshopSession *workshop = m_window->session()->workshop();
    QVERIFY(workshop->isRatingAlone());
    QCOMPARE(workshop->me()->name, u"Ben"_s);
    QVERIFY(!find<QAction>(u"actionToggleFlag"_s)->isEnabled()); // the team's answer is not his to change
    QVERIFY(find<QAction>(u"actionExportMyRatings"_s)->isEnabled());
    QCOMPARE(find<QLabel>(u"ratingCell0"_s)->accessibleName(), u"You have not rated this parameter yet"_s);
    QVERIFY(!find<QLabel>(u"ratingCell1"_s)); // nobody else's cell
    QVERIFY(!find<QPushButton>(u"revealButton"_s)->isVisible());

    // The level key sets his rating, not the team's level; he sees it, the room does not.
    m_window->questionnaire()->setFocusToList();
    press(Qt::Key_3);
    QVERIFY(!m_window->session()->answer(u"O-1"_s).isAnswered());
    const QString ben = workshop->me()->uuid;
    const auto stored = [&] { return WorkshopRepository(m_t->db()).ratingsOf(m_assessment, ben).value(); };
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().levelValue(), std::optional<int>(3));
    QCOMPARE(find<QLabel>(u"ratingCell0"_s)->accessibleName(), u"Your rating: 3"_s);
    QVERIFY(WorkshopRepository(m_t->db()).forParameter(m_assessment, u"O-1"_s)->ratings.isEmpty()); // hidden
    auto *tree = find<QTreeView>(u"parameterTree"_s);
    const QModelIndex o1 = tree->currentIndex().siblingAtColumn(QuestionnaireModel::LevelColumn);
    QCOMPARE(o1.data().toString(), u"3"_s); // the list shows his own ratings
    QCOMPARE(o1.siblingAtColumn(QuestionnaireModel::StatusColumn).data().toString(), u"● Rated"_s);
    QCOMPARE(
        o1.siblingAtColumn(QuestionnaireModel::StatusColumn).siblingAtRow(1).data().toString(), u"○ Not rated yet"_s);

    // A note for his rating, kept with it.
    auto *note = find<QPlainTextEdit>(u"myRatingNote"_s);
    QVERIFY(note->isVisible() && !note->isReadOnly());
    note->setFocus();
    QTest::keyClicks(note, u"The policy exists but nobody approved it."_s);
    m_window->questionnaire()->detailPane()->flushPendingEdits();
    QCOMPARE(stored().first().note, u"The policy exists but nobody approved it."_s);
    QCOMPARE(stored().first().levelValue(), std::optional<int>(3));

    // N is "not applicable" for him, without the team's justification dialog; Delete removes it.
    m_window->questionnaire()->setFocusToList();
    press(Qt::Key_N);
    QCOMPARE(stored().first().kind, Rating::Kind::NotApplicable);
    QCOMPARE(stored().first().note, u"The policy exists but nobody approved it."_s); // the note stays
    press(Qt::Key_Delete);
    QVERIFY(stored().isEmpty());
    // Abstaining is typed into the field.
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(find<RatingsStrip>(u"ratingsStrip"_s)->entryField(), u"a"_s);
    press(Qt::Key_Return);
    QCOMPARE(stored().first().kind, Rating::Kind::Abstain);
    QVERIFY(o1.data().toString().isEmpty());
    QCOMPARE(o1.siblingAtColumn(QuestionnaireModel::StatusColumn).data().toString(), u"– Abstained"_s);
    m_window->questionnaire()->showParameter(u"O-2"_s);
    press(Qt::Key_2);
    QCOMPARE(stored().size(), 2);

    // His file for the facilitator: his ratings, and every other parameter left empty.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ben.json"_s);
    FileDialog::setNextPath(path);
    find<QAction>(u"actionExportMyRatings"_s)->trigger();
    const Result<RatingsFile> file = RatingsJson::readFile(path, ModelCatalogue::bundled());
    QVERIFY2(file, qPrintable(file ? QString() : file.error()));
    QCOMPARE(file->participant.name, u"Ben"_s);
    QCOMPARE(file->ratings.size(), 2);

    // Back in the room, the level keys set the team's level again.
    rateAlone->trigger();
    QVERIFY(!workshop->isRatingAlone());
    QVERIFY(!rateAlone->isChecked());
    m_window->questionnaire()->setFocusToList();
    press(Qt::Key_1);
    QCOMPARE(m_window->session()->answer(u"O-2"_s).level, std::optional<int>(1));
    QCOMPARE(stored().size(), 2);
}

void tst_RatingsStrip::ratingAloneEndsWhenIAmNoLongerAParticipant()
{
    WorkshopSession *workshop = m_window->session()->workshop();
    InputDialog::setNextAnswer(u"Chie (SOC)"_s);
    find<QAction>(u"actionRateAlone"_s)->trigger();
    QCOMPARE(workshop->me()->name, u"Chie"_s);
    QList<Participant> people = workshop->participants();
    people.removeLast();
    QVERIFY(workshop->setParticipants(people));
    QVERIFY(!workshop->isRatingAlone());
    m_window->questionnaire()->setFocusToList();
    press(Qt::Key_4);
    QCOMPARE(m_window->session()->answer(u"O-1"_s).level, std::optional<int>(4));
    // Cancelling the question leaves the room as it was.
    InputDialog::setNextAnswer(std::nullopt);
    find<QAction>(u"actionRateAlone"_s)->trigger();
    QVERIFY(!workshop->isRatingAlone());
    QVERIFY(!find<QAction>(u"actionRateAlone"_s)->isChecked());
}

void tst_RatingsStrip::participantsDialogEditsThePeopleAndTheThreshold()
{
    WorkshopSession *workshop = m_window->session()->workshop();
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(find<RatingsStrip>(u"ratingsStrip"_s)->entryField(), u"1 3 2"_s);
    press(Qt::Key_Return);
    QVERIFY(workshop->reveal(u"O-1"_s));
    QVERIFY(workshop->ratings(u"O-1"_s).spread.isDisputed(workshop->disputeThreshold()));
    const QString benUuid = workshop->participants().at(1).uuid;

    ParticipantsDialog dialog(workshop, m_window.get());
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(dialog.thresholdField()->value(), 2);
    table->item(1, 0)->setText(u"Ben Ito"_s);
    dialog.addRow(u"Dan"_s, u"analyst"_s);
    dialog.thresholdField()->setValue(3);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(workshop->participants().size(), 4);
    QCOMPARE(workshop->participants().at(1).name, u"Ben Ito"_s);
    QCOMPARE(workshop->participants().at(1).uuid, benUuid); // renamed, still the same person
    QCOMPARE(WorkshopRepository(m_t->db()).disputeThreshold(), 3);
    // Two levels apart is no longer disputed; the list and the progress follow at once.
    QVERIFY(!workshop->ratings(u"O-1"_s).spread.isDisputed(workshop->disputeThreshold()));
    QVERIFY2(find<QLabel>(u"progressLabel"_s)->text().contains(u", 0 disputed"_s),
        qPrintable(find<QLabel>(u"progressLabel"_s)->text()));

    // Removing someone who rated asks first; cancelled, nothing changes.
    ParticipantsDialog again(workshop, m_window.get());
    again.table()->setCurrentCell(0, 0);
    again.table()->removeRow(0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY2(MessageBox::lastText().contains(u"Aiko"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(workshop->participants().size(), 4);
}

void tst_RatingsStrip::aRoundOverAnotherCopysRatingAsksFirst()
{
    m_window->findChild<ChangeWatcher *>()->setPaused(true); // the conflict happens between two ticks
    // Ben rates O-1 himself in another copy after this window read it.
    auto other = Database::open(m_t->path());
    QVERIFY(other);
    WorkshopRepository theirs(*other.value());
    const QList<Participant> people = theirs.participants(m_assessment).value();
    Rating ben;
    ben.participantUuid = people.at(1).uuid;
    ben.parameterId = u"O-1"_s;
    ben.level = 4;
    QVERIFY(theirs.saveRating(m_assessment, ben, u"Ben"_s));

    // The facilitator types the round: asked first, told whose and by whom, never what (hidden).
    MessageBox::setNextAnswer(QMessageBox::No);
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(find<RatingsStrip>(u"ratingsStrip"_s)->entryField(), u"2 3 1"_s);
    press(Qt::Key_Return);
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(u"Ben: entered by Ben"_s), qPrintable(asked));
    // Ben's line says who and when, nothing of what (the time's digits are no level).
    static const QRegularExpression hiddenLine(
        uR"(^Ben: entered by Ben \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$)"_s, QRegularExpression::MultilineOption);
    QVERIFY2(hiddenLine.match(asked).hasMatch(), qPrintable(asked));
    // No keeps Ben's own rating; Aiko's and Chie's are saved.
    QVERIFY(WorkshopRepository(m_t->db()).reveal(m_assessment, u"O-1"_s, u"F"_s));
    const ParameterRatings stored = WorkshopRepository(m_t->db()).forParameter(m_assessment, u"O-1"_s).value();
    QCOMPARE(stored.ratings.size(), 3);
    QCOMPARE(stored.ratings.at(0).levelValue(), std::optional<int>(2));
    QCOMPARE(stored.ratings.at(1).levelValue(), std::optional<int>(4));
    QCOMPARE(stored.ratings.at(2).levelValue(), std::optional<int>(1));
}

QTEST_MAIN(tst_RatingsStrip)
#include "tst_ratingsstrip.moc"
