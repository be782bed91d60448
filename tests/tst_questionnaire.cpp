#include "demo/DemoData.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "i18n/LanguageManager.h"
#include "identity/KeyboardUser.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnaireModel.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/ChangeWatcher.h"
#include "shell/MainActions.h"
#include "shell/MainWindow.h"
#include "shell/PresentationMode.h"
#include "start/NewAssessmentDialog.h"
#include "storage/AnswerLog.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/TeamRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/WorkshopSession.h"

#include "ModalDialogs.h"
#include "TempDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Runs `handle` on the next modal dialog, once it is shown (dialogs block in exec()).
// Polls without blocking, so that it works whether the dialog opens now or a little later.
void onNextDialog(const std::function<void(QDialog *)> &handle)
{
    auto *timer = new QTimer(qApp);
    // Owned by the handler: freed with the timer, even when no dialog ever comes.
    const auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, elapsed, handle] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        // Keys go to the dialog only once it is the active window, as for a person.
        if ((!dialog || !dialog->isActiveWindow()) && elapsed->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog)
            QFAIL("no dialog was shown");
        handle(dialog);
        closeModalDialogsIfFailed();
    });
    timer->start(10);
}

// Where a person's key press would go. After a modal dialog the offscreen platform does not
// give activation back by itself, so the main window is activated again, as a window manager does.
QWidget *focus()
{
    if (!QApplication::activeWindow()) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<MainWindow *>(w) && w->isVisible()) {
                w->activateWindow();
                [[maybe_unused]] const bool active = QTest::qWaitForWindowActive(w);
            }
        }
    }
    return QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), static_cast<Qt::Key>(key), modifiers);
}

// Types text as key presses; characters QTest cannot map to a key go as text-only events, the
// way an input method delivers Japanese.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

// A team with one empty sim3-v2i assessment; returns the assessment's id.
qint64 emptyAssessment(Database &db)
{
    const qint64 team = TeamRepository(db).create(u"Team"_s)->id;
    return AssessmentRepository(db).create(team, u"Review"_s, QDate(2026, 1, 1), u"sim3-v2i"_s)->id;
}

// The main window, shown and active, on assessment `id` at `parameterId`; null when it failed.
std::unique_ptr<MainWindow> openWindow(Database &db, LanguageManager &languages, qint64 id, const QString &parameterId)
{
    auto w = std::make_unique<MainWindow>(db, languages);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()) || !w->openAssessment(id, parameterId))
        return nullptr;
    return w;
}

Answer stored(Database &db, qint64 assessmentId, const QString &parameterId)
{
    return AssessmentRepository(db).load(assessmentId).value().answers.value(parameterId);
}

} // namespace

// The questionnaire driven through the real widgets, keyboard only.
class tst_Questionnaire : public QObject
{
    Q_OBJECT

private slots:
    void fromEmptyDatabaseWithKeyboardOnly();
    void returnAtLaunchCreatesATeam();
    void movingOnFromTextGoesBackToTheLevels();
    void zoomedTextKeepsEveryIdWhole();
    void notApplicableNeedsJustification();
    void undoRedoAcrossParameters();
    void newAssessmentFromPreviousAndConfirm();
    void filterAndSearch();
    void languageSwitchesCatalogueContent();
    void reopensWhereLeftOff();
    void presentationModeKeepsKeys();
    void presentationTextHasItsOwnSize();
    void chosenLevelRowIsHighlightedAndInView();
    void commentIsSavedAfterTyping();
    void darkPaletteIsRespected();
    void improvementActionIsSaved();
    void finalAssessmentIsReadOnlyUntilReopened();
    void changesNameThePersonAtTheKeyboard();
    void assessorsAreOnePerLine();
    void evidenceButtonsAddEditAndRemove();
    void newWorkshopStartsWithThePreviousParticipants();
    void workshopRefusesTheSameNameTwice();
    void anotherCopysChangeShowsWithinASecond();
    void sameLevelChangedElsewhereAsksWithBothValues();
    void refusedSaveShowsWhyAndKeepsTheStoredLevel();
};

void tst_Questionnaire::returnAtLaunchCreatesATeam()
{
    TempDatabase t;
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(focus()->objectName(), u"createTeamButton"_s);
    InputDialog::setNextAnswer(u"Red Team"_s);
    onNextDialog([](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }); // no assessment yet
    press(Qt::Key_Return);
    QCOMPARE(TeamRepository(t.db()).all()->size(), 1);
    QCOMPARE(TeamRepository(t.db()).all()->first().name, u"Red Team"_s);
}

void tst_Questionnaire::movingOnFromTextGoesBackToTheLevels()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> w = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(w);
    // Ctrl+M, a comment, Ctrl+Down: the next digit rates O-2, it is not typed into its comment.
    press(Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(focus()->objectName(), u"commentField"_s);
    QTest::keyClicks(focus(), u"Seen in the charter"_s);
    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(w->questionnaire()->currentParameterId(), u"O-2"_s);
    press(Qt::Key_3);
    QCOMPARE(stored(t.db(), id, u"O-2"_s).level, std::optional<int>(3));
    QVERIFY(stored(t.db(), id, u"O-2"_s).comment.isEmpty());
    QCOMPARE(stored(t.db(), id, u"O-1"_s).comment, u"Seen in the charter"_s);
    // Esc in a text field goes back to the level choice, the text kept.
    press(Qt::Key_M, Qt::ControlModifier);
    QTest::keyClicks(focus(), u"Draft"_s);
    press(Qt::Key_Escape);
    QVERIFY(!qobject_cast<QPlainTextEdit *>(focus()));
    press(Qt::Key_1);
    QCOMPARE(stored(t.db(), id, u"O-2"_s).level, std::optional<int>(1));
    QCOMPARE(stored(t.db(), id, u"O-2"_s).comment, u"Draft"_s);
}

void tst_Questionnaire::zoomedTextKeepsEveryIdWhole()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> w = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(w);
    auto *tree = w->findChild<QTreeView *>(u"parameterTree"_s);
    // Every id's cell is as wide as its delegate needs to draw it whole.
    const auto idsFit = [tree] {
        QStyleOptionViewItem option;
        option.font = tree->font();
        option.fontMetrics = tree->fontMetrics();
        QAbstractItemModel *model = tree->model();
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex category = model->index(c, 0);
            for (int r = 0; r < model->rowCount(category); ++r) {
                const QModelIndex idCell = model->index(r, QuestionnaireModel::IdColumn, category);
                if (tree->visualRect(idCell).width() < tree->itemDelegate()->sizeHint(option, idCell).width())
                    return false;
            }
        }
        return true;
    };
    QVERIFY(idsFit());
    // Up to the largest size, and back.
    for (int step = 0; step < 8; ++step) {
        w->zoom(+1);
        // The new size reaches the list first, then its columns are measured again.
        QTRY_COMPARE(tree->font().pointSizeF(), QApplication::font().pointSizeF());
        QTest::qWait(20);
        QVERIFY2(idsFit(), qPrintable(u"%1 pt"_s.arg(QApplication::font().pointSizeF())));
    }
    w->zoom(0);
    QTRY_COMPARE(tree->font().pointSizeF(), QApplication::font().pointSizeF());
    QTest::qWait(20);
    QVERIFY(idsFit());
}

void tst_Questionnaire::fromEmptyDatabaseWithKeyboardOnly()
{
    TempDatabase t;
    LanguageManager languages;
    {
        MainWindow w(t.db(), languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // The start screen's default button creates a team; the new-assessment dialog follows.
        InputDialog::setNextAnswer(u"Blue Team"_s);
        onNextDialog([](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"newAssessmentDialog"_s);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w.questionnaire() != nullptr);
        QuestionnairePage *page = w.questionnaire();
        QCOMPARE(page->currentParameterId(), u"O-1"_s);
        QCOMPARE(page->session()->model().id(), u"sim3-v2i"_s);

        // Answer all 45 parameters: a digit, then Ctrl+Down to the next one.
        const QList<Parameter> params = page->session()->model().parameters();
        for (qsizetype i = 0; i < params.size(); ++i) {
            QCOMPARE(page->currentParameterId(), params.at(i).id);
            press(Qt::Key_0 + static_cast<int>(i % 5));
            press(Qt::Key_Down, Qt::ControlModifier);
        }
        QCOMPARE(page->session()->answeredCount(), 45);
        QCOMPARE(page->findChild<QLabel *>(u"progressLabel"_s)->text(), u"45 of 45 answered"_s);
        // Ctrl+Shift+Down finds nothing left to answer.
        press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page->currentParameterId(), params.last().id);
    }
    // A new window on the same file, as after closing the application.
    QVERIFY(t.reopen());
    const auto assessments = AssessmentRepository(t.db()).all().value();
    QCOMPARE(assessments.size(), 1);
    QCOMPARE(TeamRepository(t.db()).find(assessments.first().teamId)->name, u"Blue Team"_s);
    const Assessment a = AssessmentRepository(t.db()).load(assessments.first().id).value();
    QCOMPARE(a.answers.size(), 45);
    QCOMPARE(a.answers.value(u"O-1"_s).level, std::optional<int>(0));
    QCOMPARE(a.answers.value(u"O-2"_s).level, std::optional<int>(1));
    QCOMPARE(a.answers.value(u"P-17"_s).level, std::optional<int>(44 % 5));
}

void tst_Questionnaire::notApplicableNeedsJustification()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    {
        MainWindow w(t.db(), languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openAssessment(id, u"O-6"_s));

        // Without a justification the dialog cannot be accepted: Enter only adds a line, Escape
        // cancels, and nothing is stored.
        onNextDialog([](QDialog *dialog) {
            auto *ok = dialog->findChildren<QPushButton *>().first();
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().contains(u"Not Applicable"_s))
                    ok = b;
            }
            QVERIFY(!ok->isEnabled());
            // The dialog says how to confirm from inside the text.
            auto *hint = dialog->findChild<QLabel *>(u"justificationHint"_s);
            QVERIFY(hint && hint->isVisible() && hint->text().contains(u"Ctrl+Return"_s));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(dialog->isVisible());
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
        });
        press(Qt::Key_N);
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(!stored(t.db(), id, u"O-6"_s).isAnswered());

        onNextDialog([](QDialog *dialog) {
            QTest::keyClicks(
                dialog->findChild<QPlainTextEdit *>(u"justificationEdit"_s), u"Press is handled by the group"_s);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        });
        press(Qt::Key_N);
        QTRY_VERIFY(stored(t.db(), id, u"O-6"_s).notApplicable);
        QCOMPARE(stored(t.db(), id, u"O-6"_s).justification, u"Press is handled by the group"_s);
        QVERIFY(w.questionnaire()->findChild<QRadioButton *>(u"notApplicableButton"_s)->isChecked());
        QVERIFY(w.questionnaire()->findChild<QPlainTextEdit *>(u"justificationField"_s)->isVisible());

        press(Qt::Key_Down, Qt::ControlModifier);
        // A level replaces "not applicable".
        press(Qt::Key_2);
        QCOMPARE(stored(t.db(), id, u"O-7"_s).level, std::optional<int>(2));
        w.close();
    }
    // A new window on the reopened file shows what was saved.
    QVERIFY(t.reopen());
    MainWindow again(t.db(), languages);
    QVERIFY(again.questionnaire());
    QCOMPARE(again.questionnaire()->currentParameterId(), u"O-7"_s);
    QVERIFY(again.questionnaire()->findChild<QRadioButton *>(u"levelButton2"_s)->isChecked());
    again.questionnaire()->showParameter(u"O-6"_s);
    QVERIFY(again.questionnaire()->findChild<QRadioButton *>(u"notApplicableButton"_s)->isChecked());
    QCOMPARE(again.questionnaire()->findChild<QPlainTextEdit *>(u"justificationField"_s)->toPlainText(),
        u"Press is handled by the group"_s);
}

void tst_Questionnaire::undoRedoAcrossParameters()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    {
        MainWindow w(t.db(), languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openAssessment(id, u"O-1"_s));
        QuestionnairePage *page = w.questionnaire();

        press(Qt::Key_3);
        press(Qt::Key_Down, Qt::ControlModifier);
        press(Qt::Key_1);
        press(Qt::Key_4);
        press(Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(page->currentParameterId(), u"O-3"_s);
        QCOMPARE(stored(t.db(), id, u"O-2"_s).level, std::optional<int>(4));

        // Undo from another parameter goes back to the one it changes and shows it.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->currentParameterId(), u"O-2"_s);
        QCOMPARE(stored(t.db(), id, u"O-2"_s).level, std::optional<int>(1));
        QVERIFY(page->findChild<QRadioButton *>(u"levelButton1"_s)->isChecked());
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!stored(t.db(), id, u"O-2"_s).isAnswered());
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->currentParameterId(), u"O-1"_s);
        QVERIFY(!stored(t.db(), id, u"O-1"_s).isAnswered());

        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(3));
        press(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(page->currentParameterId(), u"O-2"_s);
        QCOMPARE(stored(t.db(), id, u"O-2"_s).level, std::optional<int>(1));
        QCOMPARE(page->session()->undoStack()->count(), 3);
        w.close();
    }

    QVERIFY(t.reopen());
    MainWindow again(t.db(), languages);
    QVERIFY(again.questionnaire());
    QCOMPARE(again.questionnaire()->currentParameterId(), u"O-2"_s);
    QVERIFY(again.questionnaire()->findChild<QRadioButton *>(u"levelButton1"_s)->isChecked());
    QCOMPARE(again.session()->answer(u"O-1"_s).level, std::optional<int>(3));
    QVERIFY(!again.session()->answer(u"O-3"_s).isAnswered());
    // Undo history belongs to the window that made the edits.
    QCOMPARE(again.session()->undoStack()->count(), 0);
}

void tst_Questionnaire::newAssessmentFromPreviousAndConfirm()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    QVERIFY(demo.isOk());
    LanguageManager languages;
    qint64 newId = 0;
    {
        MainWindow w(t.db(), languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showBrowser();
        onNextDialog([](QDialog *dialog) {
            auto *startFrom = dialog->findChild<QComboBox *>(u"startFromField"_s);
            QVERIFY(startFrom->currentText().contains(u"Self-assessment 2026"_s));
            auto *title = dialog->findChild<QLineEdit *>(u"titleField"_s);
            title->selectAll();
            QTest::keyClicks(title, u"Review 2027"_s);
            QTest::keyClick(title, Qt::Key_Return);
        });
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(w.questionnaire() != nullptr);
        AssessmentSession *session = w.session();
        newId = session->assessment().id;
        QCOMPARE(session->assessment().title, u"Review 2027"_s);
        QCOMPARE(session->assessment().answers.size(), 45);
        for (const Answer &a : session->assessment().answers)
            QVERIFY2(a.toConfirm, qPrintable(a.parameterId));
        QCOMPARE(session->answer(u"O-1"_s).evidence.size(), 1);
        QCOMPARE(session->answer(u"O-1"_s).level, std::optional<int>(3));

        QuestionnairePage *page = w.questionnaire();
        QVERIFY(page->findChild<QWidget *>(u"confirmBanner"_s)->isVisible());
        press(Qt::Key_Return, Qt::ControlModifier); // confirm O-1 as it is
        QVERIFY(!page->findChild<QWidget *>(u"confirmBanner"_s)->isVisible());
        press(Qt::Key_Down, Qt::ControlModifier);
        press(Qt::Key_2); // change O-2, which confirms it too
        // Carried answers are counted apart: never as answered until someone confirms them.
        QCOMPARE(session->answeredCount(), 2);
        QCOMPARE(session->toConfirmCount(), 43);
        QCOMPARE(page->findChild<QLabel *>(u"progressLabel"_s)->text(), u"2 of 45 answered, 43 to confirm"_s);
        // F8 goes to the next answer waiting for confirmation.
        press(Qt::Key_F8);
        QCOMPARE(page->currentParameterId(), u"O-3"_s);
    }
    QVERIFY(t.reopen());
    const Assessment a = AssessmentRepository(t.db()).load(newId).value();
    QVERIFY(!a.answers.value(u"O-1"_s).toConfirm);
    QCOMPARE(a.answers.value(u"O-1"_s).level, std::optional<int>(3));
    QVERIFY(!a.answers.value(u"O-2"_s).toConfirm);
    QCOMPARE(a.answers.value(u"O-2"_s).level, std::optional<int>(2));
    QVERIFY(a.answers.value(u"O-3"_s).toConfirm);
    // The earlier assessment is untouched.
    QVERIFY(!AssessmentRepository(t.db()).load(demo->assessmentIds.last()).value().answers.value(u"O-1"_s).toConfirm);
}

void tst_Questionnaire::filterAndSearch()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    // The demo rates every parameter; P-2 is made "not applicable" for the filter below.
    {
        AssessmentRepository repo(t.db());
        Answer na = repo.load(demo->assessmentIds.last()).value().answers.value(u"P-2"_s);
        const qint64 version = na.version;
        na.parameterId = u"P-2"_s;
        na.level.reset();
        na.notApplicable = true;
        na.justification = u"Handled by group communications."_s;
        const auto saved = repo.saveAnswerAt(demo->assessmentIds.last(), na, version, u"test"_s);
        QVERIFY(saved && !saved->conflict);
    }
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(demo->assessmentIds.last()));
    QuestionnairePage *page = w.questionnaire();
    auto *tree = page->findChild<QTreeView *>(u"parameterTree"_s);
    auto countRows = [tree] {
        int n = 0;
        for (int c = 0; c < tree->model()->rowCount(); ++c)
            n += tree->model()->rowCount(tree->model()->index(c, 0));
        return n;
    };
    QCOMPARE(countRows(), 45);

    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focus()->objectName(), u"searchField"_s);
    QTest::keyClicks(focus(), u"resilient"_s);
    QCOMPARE(countRows(), 3); // T-5, T-6, T-7
    // The field has its clear button once there is text, and the button clears the filter.
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search->isClearButtonEnabled());
    auto *clearButton = search->findChild<QAction *>(u"_q_qlineeditclearaction"_s);
    QVERIFY(clearButton);
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(page->currentParameterId(), u"T-5"_s);

    QToolButton *clearIcon = nullptr;
    for (auto *button : search->findChildren<QToolButton *>())
        if (button->defaultAction() == clearButton)
            clearIcon = button;
    QVERIFY(clearIcon && clearIcon->isVisibleTo(search));
    QTest::mouseClick(clearIcon, Qt::LeftButton);
    QTRY_VERIFY(search->text().isEmpty());
    QCOMPARE(countRows(), 45);
    QTest::keyClicks(search, u"resilient"_s);
    QCOMPARE(countRows(), 3);
    search->clear();
    auto *status = page->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(3); // only flagged
    QCOMPARE(countRows(), 2); // H-7, P-16
    status->setCurrentIndex(4); // only not applicable
    QCOMPARE(countRows(), 1); // P-2
    status->setCurrentIndex(0);
    auto *category = page->findChild<QComboBox *>(u"categoryFilter"_s);
    category->setCurrentIndex(2); // H
    QCOMPARE(countRows(), 7);
    // Going to a parameter the filter hides clears the filter.
    page->showParameter(u"P-1"_s);
    QCOMPARE(countRows(), 45);
}

void tst_Questionnaire::languageSwitchesCatalogueContent()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    LanguageManager languages;
    languages.setLanguage(u"en"_s);
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(demo->assessmentIds.last(), u"O-1"_s));
    auto *name = w.questionnaire()->findChild<QLabel *>(u"parameterNameLabel"_s);
    // v2 interim's names are assumed from v1: marked, and the reason written under the heading
    // (a tooltip alone would be out of a keyboard user's reach).
    QCOMPARE(name->text(), u"Mandate\u00a0†"_s);
    auto *note = w.questionnaire()->findChild<QLabel *>(u"parameterNameNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"assumed unchanged from SIM3 v1"_s), qPrintable(note->text()));
    QCOMPARE(name->accessibleDescription(), note->text());
    w.actions()->japanese->trigger();
    QTRY_COMPARE(name->text(), u"任務（マンデート）\u00a0†"_s);
    QVERIFY2(note->text().contains(u"公式文書で確認できていない"_s), qPrintable(note->text()));
    QVERIFY(w.questionnaire()->findChild<QRadioButton *>(u"levelButton1"_s)->text().contains(u"暗黙的"_s));
    QVERIFY(w.questionnaire()->findChild<QLabel *>(u"progressLabel"_s)->text().contains(u"45"_s));
    QVERIFY(!w.questionnaire()->findChild<QLabel *>(u"progressLabel"_s)->text().contains(u"answered"_s));
    QTRY_VERIFY(w.actions()->nextParameter->text().contains(u"次"_s));
    w.actions()->english->trigger();
    QTRY_COMPARE(name->text(), u"Mandate\u00a0†"_s);
}

void tst_Questionnaire::reopensWhereLeftOff()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    LanguageManager languages;
    {
        MainWindow w(t.db(), languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openAssessment(demo->assessmentIds.at(1), u"T-4"_s));
        press(Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(w.questionnaire()->currentParameterId(), u"T-5"_s);
        w.close();
    }
    MainWindow again(t.db(), languages);
    QVERIFY(again.questionnaire());
    QCOMPARE(again.session()->assessment().id, demo->assessmentIds.at(1));
    QCOMPARE(again.questionnaire()->currentParameterId(), u"T-5"_s);
    // The list of assessments is not made until it is asked for (a part of every start)...
    QVERIFY(!again.findChild<QTreeWidget *>(u"assessmentTree"_s));
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    // ...and then shows every assessment, the one just left selected, and its actions enabled.
    press(Qt::Key_Home, Qt::AltModifier);
    auto *list = again.findChild<QTreeWidget *>(u"assessmentTree"_s);
    QVERIFY(list && list->isVisible());
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(0), AssessmentRepository(t.db()).find(demo->assessmentIds.at(1))->title);
    QVERIFY(again.actions()->openAssessment->isEnabled());
}

void tst_Questionnaire::presentationModeKeepsKeys()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(id, u"H-1"_s));
    press(Qt::Key_F11);
    QVERIFY(w.questionnaire()->isPresentation());
    QVERIFY(!w.questionnaire()->findChild<QTreeView *>(u"parameterTree"_s)->isVisible());
    press(Qt::Key_2);
    press(Qt::Key_PageDown);
    press(Qt::Key_3);
    QCOMPARE(stored(t.db(), id, u"H-1"_s).level, std::optional<int>(2));
    QCOMPARE(stored(t.db(), id, u"H-2"_s).level, std::optional<int>(3));
    press(Qt::Key_Escape);
    QVERIFY(!w.questionnaire()->isPresentation());
}

void tst_Questionnaire::presentationTextHasItsOwnSize()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> w = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(w);
    auto *pane = w->findChild<ParameterDetailPane *>();
    auto *comment = w->findChild<QPlainTextEdit *>(u"commentField"_s);
    auto *levels = w->findChild<QWidget *>(u"levelChooser"_s);
    const qreal appSize = QApplication::font().pointSizeF();
    QVERIFY(comment->mapTo(pane, QPoint(0, 0)).y() > levels->mapTo(pane, QPoint(0, 0)).y() + levels->height() - 1);

    press(Qt::Key_F11);
    QVERIFY(w->questionnaire()->isPresentation());
    const int screenSize = PresentationMode::textPixelSize(w->screen()->geometry().height(), 0);
    QCOMPARE(pane->font().pixelSize(), screenSize);
    // The comment sits beside the levels, not below them.
    QTRY_VERIFY(comment->mapTo(pane, QPoint(0, 0)).x() >= levels->mapTo(pane, QPoint(0, 0)).x() + levels->width());
    // Ctrl++ and Ctrl+- change the presentation's size, not the application's.
    press(Qt::Key_Plus, Qt::ControlModifier);
    press(Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(pane->font().pixelSize(), PresentationMode::textPixelSize(w->screen()->geometry().height(), 2));
    QVERIFY(pane->font().pixelSize() > screenSize);
    press(Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(pane->font().pixelSize(), PresentationMode::textPixelSize(w->screen()->geometry().height(), 1));
    QCOMPARE(QApplication::font().pointSizeF(), appSize);

    // Leaving: exactly the size from before, and the pane follows the application's zoom again.
    press(Qt::Key_Escape);
    QVERIFY(!w->questionnaire()->isPresentation());
    QCOMPARE(pane->font().pointSizeF(), appSize);
    QTRY_VERIFY(comment->mapTo(pane, QPoint(0, 0)).y() > levels->mapTo(pane, QPoint(0, 0)).y());
    w->zoom(+2);
    QTRY_COMPARE(pane->font().pointSizeF(), appSize + 2);
    w->zoom(0);
    QTRY_COMPARE(pane->font().pointSizeF(), appSize);
}

void tst_Questionnaire::chosenLevelRowIsHighlightedAndInView()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> w = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(w);
    auto *scroll = w->findChild<QScrollArea *>(u"detailScrollArea"_s);
    const auto highlighted = [&w](int level) {
        const auto *row = w->findChild<QWidget *>(u"levelRow%1"_s.arg(level));
        return row->autoFillBackground() && row->backgroundRole() == QPalette::Highlight;
    };
    const auto inView = [&w, scroll](int level) {
        const auto *row = w->findChild<QWidget *>(u"levelRow%1"_s.arg(level));
        const int top = row->mapTo(scroll->viewport(), QPoint(0, 0)).y();
        return top >= 0 && top + row->height() <= scroll->viewport()->height();
    };
    for (int level = 0; level <= 4; ++level)
        QVERIFY(!highlighted(level));
    press(Qt::Key_F11);
    // Type so large that the levels cannot all be seen at once.
    for (int step = 0; step < PresentationMode::MaximumZoomSteps && inView(4); ++step) {
        press(Qt::Key_Plus, Qt::ControlModifier);
        QTest::qWait(20); // laid out again
    }
    QVERIFY(!inView(4));
    press(Qt::Key_4);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(4));
    QVERIFY(highlighted(4));
    QTRY_VERIFY(inView(4));
    press(Qt::Key_0);
    QVERIFY(highlighted(0));
    QVERIFY(!highlighted(4));
    QTRY_VERIFY(inView(0));
    // The highlight tells the text apart from its background.
    const auto *text = w->findChild<QWidget *>(u"levelRow0"_s)->findChild<QLabel *>();
    QCOMPARE(text->palette().color(QPalette::WindowText), text->palette().color(QPalette::HighlightedText));
    press(Qt::Key_Escape);
}

void tst_Questionnaire::commentIsSavedAfterTyping()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(id, u"P-11"_s));
    press(Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(focus()->objectName(), u"commentField"_s);
    // Digits typed in the comment are text, not levels.
    typeText(focus(), u"TLP 2.0 since 2025 — 日本語も"_s);
    QTRY_COMPARE(stored(t.db(), id, u"P-11"_s).comment, u"TLP 2.0 since 2025 — 日本語も"_s);
    QVERIFY(!stored(t.db(), id, u"P-11"_s).level.has_value());
    // Consecutive typing is one undo step.
    QCOMPARE(w.session()->undoStack()->count(), 1);
    // Moving on saves what is still pending.
    QTest::keyClicks(focus(), u"!"_s);
    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(stored(t.db(), id, u"P-11"_s).comment, u"TLP 2.0 since 2025 — 日本語も!"_s);
}

void tst_Questionnaire::darkPaletteIsRespected()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    // Start the next assessment from the demo's newest, so the "to confirm" banner shows too.
    QStringList ids;
    for (int i = 1; i <= 11; ++i)
        ids << u"O-%1"_s.arg(i);
    const auto next = AssessmentRepository(t.db()).createFrom(
        demo->assessmentIds.last(), u"Next"_s, QDate(2027, 1, 1), u"sim3-v2i"_s, {}, ids, u"me"_s);
    QVERIFY(next.isOk());
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    dark.setColor(QPalette::Base, QColor(28, 28, 30));
    dark.setColor(QPalette::AlternateBase, QColor(52, 52, 58));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    dark.setColor(QPalette::Button, QColor(58, 58, 62));
    dark.setColor(QPalette::ButtonText, QColor(235, 235, 235));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Highlight, QColor(42, 110, 200));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    {
        LanguageManager languages;
        MainWindow w(t.db(), languages);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openAssessment(next->id, u"O-1"_s));
        QVERIFY(w.questionnaire()->findChild<QWidget *>(u"confirmBanner"_s)->isVisible());
        const QImage image = w.grab().toImage();
        if (qEnvironmentVariableIsSet("SIM3_SCREENSHOT_DIR"))
            image.save(qEnvironmentVariable("SIM3_SCREENSHOT_DIR") + u"/questionnaire-dark.png"_s);
        // Nothing paints a light background of its own: the window stays dark overall.
        qint64 light = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                light += QColor(image.pixel(x, y)).lightness() > 160;
        }
        const qint64 samples = qint64((image.height() + 3) / 4) * ((image.width() + 3) / 4);
        const double share = double(light) / double(samples);
        QVERIFY2(share < 0.12, qPrintable(u"%1 of the window is light"_s.arg(share)));
    }
    QApplication::setPalette(original);
}

void tst_Questionnaire::improvementActionIsSaved()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openAssessment(id, u"H-2"_s));
    auto *owner = w.questionnaire()->findChild<QLineEdit *>(u"actionOwnerField"_s);
    owner->setFocus();
    QTest::keyClicks(owner, u"Kim Lee"_s);
    QTest::keyClick(owner, Qt::Key_Tab);
    QCOMPARE(stored(t.db(), id, u"H-2"_s).actionOwner, u"Kim Lee"_s);
    w.questionnaire()->findChild<QCheckBox *>(u"actionDueCheck"_s)->setChecked(true);
    w.questionnaire()->findChild<QDateEdit *>(u"actionDueField"_s)->setDate(QDate(2027, 3, 31));
    QCOMPARE(stored(t.db(), id, u"H-2"_s).actionDue, QDate(2027, 3, 31));
    // An action alone is not an answer.
    QVERIFY(!stored(t.db(), id, u"H-2"_s).isAnswered());
}

void tst_Questionnaire::finalAssessmentIsReadOnlyUntilReopened()
{
    TempDatabase t;
    const auto demo = DemoData::create(t.db(), u"en"_s);
    QVERIFY(demo);
    const qint64 id = demo->assessmentIds.first(); // the demo's oldest assessment is final
    QCOMPARE(AssessmentRepository(t.db()).find(id)->status, Assessment::Status::Final);
    const std::optional<int> before = AssessmentRepository(t.db()).load(id)->answers.value(u"O-1"_s).level;
    QVERIFY(before && *before != 4);
    LanguageManager languages;
    const std::unique_ptr<MainWindow> window = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(window);
    MainWindow &w = *window;
    auto *banner = w.findChild<QLabel *>(u"finalBanner"_s);
    QVERIFY(banner && banner->isVisible());
    // A digit changes nothing, silently or not: the level actions are off and the pane is read-only.
    press(Qt::Key_4);
    QCOMPARE(AssessmentRepository(t.db()).load(id)->answers.value(u"O-1"_s).level, before);
    QVERIFY(!w.findChild<QAction *>(u"actionLevel4"_s)->isEnabled());
    QVERIFY(w.findChild<QPlainTextEdit *>(u"commentField"_s)->isReadOnly());
    QCOMPARE(w.findChild<QAction *>(u"actionToggleFinal"_s)->text(), u"Reopen as Dra&ft"_s);

    // Reopening asks, is recorded with the name of the person at the keyboard, and unlocks.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.findChild<QAction *>(u"actionToggleFinal"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"recorded"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(AssessmentRepository(t.db()).find(id)->status, Assessment::Status::Draft);
    const auto log = AssessmentRepository(t.db()).statusHistory(id).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().status, Assessment::Status::Draft);
    QVERIFY(!banner->isVisible());
    QVERIFY(w.findChild<QAction *>(u"actionLevel4"_s)->isEnabled());
    press(Qt::Key_4);
    QCOMPARE(AssessmentRepository(t.db()).load(id)->answers.value(u"O-1"_s).level, std::optional<int>(4));
}

void tst_Questionnaire::changesNameThePersonAtTheKeyboard()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    KeyboardUser::remember(u"Aiko Tanaka"_s);
    LanguageManager languages;
    const std::unique_ptr<MainWindow> window = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(window);
    MainWindow &w = *window;
    press(Qt::Key_3);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).changedBy, u"Aiko Tanaka"_s);
    QVERIFY(w.findChild<QLabel *>(u"lastChangedLabel"_s)->text().contains(u"Aiko Tanaka"_s));

    // Someone else takes the keyboard: Assessment > Who Is at the Keyboard.
    InputDialog::setNextAnswer(u"Ben Ito"_s);
    w.findChild<QAction *>(u"actionWhoAtKeyboard"_s)->trigger();
    QCOMPARE(KeyboardUser::remembered(), u"Ben Ito"_s);
    press(Qt::Key_2);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).changedBy, u"Ben Ito"_s);
    const auto history = AnswerLog(t.db()).history(id, u"O-1"_s).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).changedBy, u"Aiko Tanaka"_s);
    QCOMPARE(history.at(1).changedBy, u"Ben Ito"_s);
    auto *list = w.findChild<QListWidget *>(u"historyList"_s);
    QVERIFY(list);
    auto *box = qobject_cast<QGroupBox *>(list->parentWidget());
    if (box && box->isCheckable())
        box->setChecked(true);
    QTRY_VERIFY(list->count() >= 2);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY2(!list->item(i)->text().contains(u"()"_s), qPrintable(list->item(i)->text()));
    QVERIFY(list->item(0)->text().contains(u"(Ben Ito)"_s));
}

void tst_Questionnaire::assessorsAreOnePerLine()
{
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    NewAssessmentDialog dialog(catalogue, {}, {}, u"ja"_s);
    auto *field = dialog.findChild<QPlainTextEdit *>(u"assessorsField"_s);
    QVERIFY(field);
    QVERIFY(field->tabChangesFocus());
    field->setPlainText(u"Aiko Tanaka\n  田中、佐藤チーム\n\n Ito, Ben \n"_s);
    QCOMPARE(dialog.assessors(), (QStringList{u"Aiko Tanaka"_s, u"田中、佐藤チーム"_s, u"Ito, Ben"_s}));
}

void tst_Questionnaire::newWorkshopStartsWithThePreviousParticipants()
{
    TempDatabase t;
    const qint64 previous = emptyAssessment(t.db());
    QVERIFY(WorkshopRepository(t.db()).setParticipants(
        previous, {{0, QString(), u"Aiko"_s, u"team lead"_s}, {0, QString(), u"Ben"_s, QString()}}));
    LanguageManager languages;
    MainWindow w(t.db(), languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showBrowser();
    onNextDialog([](QDialog *dialog) {
        auto *workshop = dialog->findChild<QCheckBox *>(u"workshopField"_s);
        QVERIFY(workshop && workshop->isChecked()); // the last assessment was a workshop
        auto *people = dialog->findChild<QPlainTextEdit *>(u"assessorsField"_s);
        QCOMPARE(people->toPlainText(), u"Aiko\nBen"_s);
        // Ben is away this year; Chie joins.
        people->setPlainText(u"aiko\nChie"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"titleField"_s), Qt::Key_Return);
    });
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(w.questionnaire() != nullptr);
    const QList<Participant> people = w.session()->workshop()->participants();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).name, u"aiko"_s); // as typed this time
    QCOMPARE(people.at(0).role, u"team lead"_s); // and still the team lead
    QCOMPARE(people.at(1).name, u"Chie"_s);
    QCOMPARE(w.session()->assessment().assessors, (QStringList{u"aiko"_s, u"Chie"_s}));
    QVERIFY(w.questionnaire()->findChild<QWidget *>(u"ratingsStrip"_s)->isVisible());
    const qint64 first = w.session()->assessment().id;

    // Without the workshop box, the next one has assessors but no participants.
    onNextDialog([](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(u"workshopField"_s)->setChecked(false);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"titleField"_s), Qt::Key_Return);
    });
    w.showBrowser();
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(w.session() != nullptr && w.session()->assessment().id != first);
    QCOMPARE(w.session()->assessment().assessors.size(), 2);
    QVERIFY(w.session()->workshop()->participants().isEmpty());
    QVERIFY(!w.questionnaire()->findChild<QWidget *>(u"ratingsStrip"_s)->isVisible());
}

void tst_Questionnaire::workshopRefusesTheSameNameTwice()
{
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    NewAssessmentDialog dialog(catalogue, {}, {}, u"en"_s);
    dialog.findChild<QCheckBox *>(u"workshopField"_s)->setChecked(true);
    dialog.findChild<QPlainTextEdit *>(u"assessorsField"_s)->setPlainText(u"Aiko\nBen\n aiko "_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(MessageBox::lastText().contains(u"\"aiko\" is listed twice"_s), qPrintable(MessageBox::lastText()));
    // Without a workshop, a list of names is only a list.
    dialog.findChild<QCheckBox *>(u"workshopField"_s)->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_Questionnaire::anotherCopysChangeShowsWithinASecond()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> w = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(w);
    // Ben, at another copy on the same file, sets O-1 while Aiko only looks.
    auto other = Database::open(t.path());
    QVERIFY2(other, qPrintable(other ? QString() : other.error()));
    const auto benSets = [&](const QString &parameterId, int level) {
        Answer a;
        a.parameterId = parameterId;
        a.level = level;
        return AssessmentRepository(*other.value()).saveAnswer(id, a, u"Ben Ito"_s);
    };
    QVERIFY(benSets(u"O-1"_s, 4));
    QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QRadioButton *>(u"levelButton4"_s)->isChecked(), 10000);
    QCOMPARE(w->session()->answer(u"O-1"_s).level, std::optional<int>(4));
    QCOMPARE(w->session()->undoStack()->count(), 0); // nothing was written from here

    // Aiko types a comment on O-1 while Ben sets O-2: what she types stays, and both are kept.
    auto *comment = w->findChild<QPlainTextEdit *>(u"commentField"_s);
    comment->setFocus();
    QTest::keyClicks(comment, u"Draft by Aiko"_s);
    QVERIFY(benSets(u"O-2"_s, 1));
    QTRY_COMPARE_WITH_TIMEOUT(w->session()->answer(u"O-2"_s).level, std::optional<int>(1), 10000);
    QCOMPARE(comment->toPlainText(), u"Draft by Aiko"_s);
    w->questionnaire()->detailPane()->flushPendingEdits();
    const Assessment stored = AssessmentRepository(t.db()).load(id).value();
    QCOMPARE(stored.answers.value(u"O-1"_s).level, std::optional<int>(4));
    QCOMPARE(stored.answers.value(u"O-1"_s).comment, u"Draft by Aiko"_s);
    QCOMPARE(stored.answers.value(u"O-2"_s).level, std::optional<int>(1));
}

void tst_Questionnaire::sameLevelChangedElsewhereAsksWithBothValues()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> w = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(w);
    // Aiko's copy does not look for changes now: the conflict happens, as between two ticks.
    w->findChild<ChangeWatcher *>()->setPaused(true);
    auto other = Database::open(t.path());
    QVERIFY(other);
    const auto benSets = [&](int level) {
        Answer a = AssessmentRepository(*other.value()).load(id).value().answers.value(u"O-1"_s);
        a.parameterId = u"O-1"_s;
        a.level = level;
        return AssessmentRepository(*other.value()).saveAnswer(id, a, u"Ben Ito"_s);
    };
    QVERIFY(benSets(2));
    // Aiko presses 3 before her copy noticed: both values are shown; Return keeps Ben's.
    w->questionnaire()->setFocusToList();
    onNextDialog([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"conflictDialog"_s);
        auto *table = dialog->findChild<QTableWidget *>(u"conflictTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"2"_s);
        QCOMPARE(table->item(0, 2)->text(), u"3"_s);
        QVERIFY(table->horizontalHeaderItem(1)->text().contains(u"Ben Ito"_s));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    press(Qt::Key_3);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(2));
    QVERIFY(w->findChild<QRadioButton *>(u"levelButton2"_s)->isChecked());
    QCOMPARE(w->session()->undoStack()->count(), 0);

    // Again, and this time Aiko keeps hers, knowingly; undo gives Ben's 2 back.
    QVERIFY(benSets(1));
    onNextDialog([](QDialog *dialog) { dialog->findChild<QPushButton *>(u"keepMineButton"_s)->click(); });
    press(Qt::Key_3);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(3));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(1));
}

void tst_Questionnaire::evidenceButtonsAddEditAndRemove()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> window = openWindow(t.db(), languages, id, u"O-2"_s);
    QVERIFY(window);
    MainWindow &w = *window;
    auto *table = w.findChild<QTableWidget *>(u"evidenceTable"_s);
    auto *edit = w.findChild<QPushButton *>(u"editEvidenceButton"_s);
    auto *remove = w.findChild<QPushButton *>(u"removeEvidenceButton"_s);
    QVERIFY(table && edit && remove);
    QVERIFY(!edit->isEnabled() && !remove->isEnabled()); // nothing selected yet

    onNextDialog([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"evidenceDialog"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"evidenceTitle"_s), u"Constituency list"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"evidenceLocation"_s), u"wiki/constituency"_s);
        dialog->accept();
    });
    w.findChild<QPushButton *>(u"addEvidenceButton"_s)->click();
    QCOMPARE(stored(t.db(), id, u"O-2"_s).evidence.size(), 1);
    QCOMPARE(table->rowCount(), 1);
    const QString uuid = stored(t.db(), id, u"O-2"_s).evidence.first().uuid;

    table->setCurrentCell(0, 0);
    QVERIFY(edit->isEnabled() && remove->isEnabled());
    onNextDialog([](QDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(u"evidenceTitle"_s);
        QCOMPARE(title->text(), u"Constituency list"_s);
        title->setText(u"Constituency list 2026"_s);
        dialog->accept();
    });
    edit->click();
    const Evidence edited = stored(t.db(), id, u"O-2"_s).evidence.value(0);
    QCOMPARE(edited.title, u"Constituency list 2026"_s);
    QCOMPARE(edited.uuid, uuid); // the same item, edited in place

    table->setCurrentCell(0, 0);
    remove->click();
    QVERIFY(stored(t.db(), id, u"O-2"_s).evidence.isEmpty());
    QCOMPARE(table->rowCount(), 0);
    // Undo brings it back, with its identity.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(t.db(), id, u"O-2"_s).evidence.value(0).uuid, uuid);
}

void tst_Questionnaire::refusedSaveShowsWhyAndKeepsTheStoredLevel()
{
    TempDatabase t;
    const qint64 id = emptyAssessment(t.db());
    LanguageManager languages;
    const std::unique_ptr<MainWindow> window = openWindow(t.db(), languages, id, u"O-1"_s);
    QVERIFY(window);
    MainWindow &w = *window;
    press(Qt::Key_2);
    QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(2));
    QVERIFY(TempDatabase::refuseWrites(t.db(), true));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    press(Qt::Key_4);
    QVERIFY2(MessageBox::lastText().contains(u"readonly"_s, Qt::CaseInsensitive)
            || MessageBox::lastText().contains(u"read-only"_s, Qt::CaseInsensitive),
        qPrintable(MessageBox::lastText()));
    QVERIFY(TempDatabase::refuseWrites(t.db(), false));
    // The screen, the stack and the database agree: still level 2, one undo step.
    QCOMPARE(stored(t.db(), id, u"O-1"_s).level, std::optional<int>(2));
    QCOMPARE(w.session()->answer(u"O-1"_s).level, std::optional<int>(2));
    QCOMPARE(w.session()->undoStack()->count(), 1);
    const QList<QRadioButton *> buttons = w.findChildren<QRadioButton *>();
    for (QRadioButton *b : buttons) {
        if (b->text().startsWith(u"4 "_s))
            QVERIFY(!b->isChecked());
        if (b->text().startsWith(u"2 "_s))
            QVERIFY(b->isChecked());
    }
}

QTEST_MAIN(tst_Questionnaire)
#include "tst_questionnaire.moc"
