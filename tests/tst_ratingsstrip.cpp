#include "i18n/LanguageManager.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/RatingsStrip.h"
#include "workshop/SpreadPlot.h"
#include "workshop/WorkshopSession.h"

#include "TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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
    QVERIFY2(find<QLabel>(u"progressLabel"_s)->text().contains(u"1 rated by all, 1 revealed, 1 disputed"_s),
        qPrintable(find<QLabel>(u"progressLabel"_s)->text()));
    filter->setCurrentIndex(0);

    // The team settles on 3 with the level key, as without a workshop.
    press(Qt::Key_3);
    QCOMPARE(m_window->session()->answer(u"O-1"_s).level, std::optional<int>(3));

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

QTEST_MAIN(tst_RatingsStrip)
#include "tst_ratingsstrip.moc"
