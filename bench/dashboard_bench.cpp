// Dashboard benchmarks, offscreen: refreshing the dashboard of one assessment after an answer
// changed, and the history of a team with 30 assessments. See README.md.
#include "BenchGui.h"
#include "BenchStats.h"

#include "BenchLargeDatabase.h"
#include "analysis/TeamHistory.h"
#include "catalogue/ModelCatalogue.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoData.h"
#include "i18n/LanguageManager.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"

#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// The demo team with 30 assessments: the dashboard refreshed after an answer, and the history.
bool benchThirtyAssessments(BenchDemo &bench, LanguageManager &languages, QTextStream &out)
{
    Database &db = bench.db();
    const DemoData::Created *demo = &bench.demo();
    // 27 more yearly assessments of the demo team: 30 in all.
    AssessmentRepository repo(db);
    Assessment base = repo.load(demo->assessmentIds.last()).value();
    for (int year = 0; year < 27; ++year) {
        Assessment a = base;
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.title = u"Review %1"_s.arg(1990 + year);
        a.date = QDate(1990 + year, 6, 1);
        for (Answer &answer : a.answers) {
            for (Evidence &e : answer.evidence)
                e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (answer.level)
                answer.level = (*answer.level + year) % 5;
        }
        if (const auto inserted = repo.insert(a); !inserted) {
            out << inserted.error() << Qt::endl;
            return false;
        }
    }

    MainWindow window(db, languages);
    window.resize(1280, 800);
    window.show();
    window.openAssessment(demo->assessmentIds.last(), u"O-1"_s);
    window.setDashboard(true);
    QCoreApplication::processEvents();
    AssessmentSession *session = window.session();

    int level = 0;
    benchMedian(
        out, "dashboard refresh after an answer changed, all of it", 51,
        [&] {
            Answer a = session->answer(u"O-3"_s);
            a.level = ++level % 5;
            Answer shown = session->answer(a.parameterId);
            // The dashboard recomputes the analysis, radar and tables at once, then, after a paint,
            // the history and the comparison on the tabs not in view.
            static_cast<void>(session->apply(a, shown));
            while (!window.dashboard()->isUpToDate())
                QCoreApplication::processEvents();
        },
        50);
    benchMedian(
        out, "dashboard refreshed and painted (what is in view)", 51,
        [&] {
            Answer a = session->answer(u"O-3"_s);
            a.level = ++level % 5;
            Answer shown = session->answer(a.parameterId);
            static_cast<void>(session->apply(a, shown));
            window.dashboard()->grab();
        },
        50);
    while (!window.dashboard()->isUpToDate()) // the last preparation, before the next measure
        QCoreApplication::processEvents();

    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const TargetProfile profile = ProfileRepository(db).load(demo->profileId).value();
    QList<Assessment> all;
    for (const Assessment &h : repo.forTeam(base.teamId).value())
        all.append(repo.load(h.id).value());
    out << "team history over " << all.size() << " assessments:" << Qt::endl;
    benchMedian(
        out, "history of 30 assessments, computed", 51, [&] { TeamHistory history(catalogue, all, &profile); }, 50);
    benchMedian(
        out, "history of 30 assessments, loaded and computed", 51,
        [&] {
            QList<Assessment> loaded;
            for (const Assessment &h : repo.forTeam(base.teamId).value())
                loaded.append(repo.load(h.id).value());
            TeamHistory history(catalogue, loaded, &profile);
        },
        50);

    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchGui gui(argc, argv);
    if (!gui.ok())
        return 1;
    QTextStream &out = gui.out();
    BenchDemo &bench = gui.demo();
    LanguageManager languages;
    // --thousand: only the team of 1,000 assessments (to profile its opening alone).
    if (!QCoreApplication::arguments().contains(u"--thousand"_s) && !benchThirtyAssessments(bench, languages, out))
        return 1;

    // A team of 1,000 assessments: the dashboard opened for the first time (issue 13's goal:
    // 100 ms), the team's other assessments read with their answers.
    QTemporaryDir bigDir;
    const QString bigPath = bigDir.filePath(u"thousand.sqlite"_s);
    const qint64 last = makeLargeDatabase(bigPath, 1000);
    auto big = Database::open(bigPath);
    if (last == 0 || !big) {
        out << "could not create the database of 1,000 assessments" << Qt::endl;
        return 1;
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    // The window and the questionnaire are made first; only the dashboard's opening is timed.
    QList<double> opening;
    QList<double> prepared;
    QList<double> historyTab;
    QList<double> answerBehind;
    for (int run = 0; run < 7; ++run) {
        MainWindow bigWindow(*big.value(), languages);
        bigWindow.resize(1280, 800);
        bigWindow.show();
        bigWindow.openAssessment(last, u"O-1"_s);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        bigWindow.setDashboard(true);
        // What is due before the first paint (layouts) and that paint; not the timers, one of
        // which prepares the tabs not in view, timed apart below.
        QCoreApplication::sendPostedEvents();
        bigWindow.dashboard()->grab();
        opening.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // Then, with nobody asking, the tabs not in view (the history above all) are prepared.
        timer.restart();
        while (!bigWindow.dashboard()->isUpToDate() && timer.elapsed() < 10000)
            QCoreApplication::processEvents();
        prepared.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        auto *tabs = bigWindow.dashboard()->findChild<QTabWidget *>(u"dashboardTabs"_s);
        auto *history = bigWindow.dashboard()->findChild<QWidget *>(u"historyView"_s);
        timer.restart();
        tabs->setCurrentWidget(history->parentWidget());
        QCoreApplication::processEvents();
        bigWindow.dashboard()->grab();
        historyTab.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // Back to the questionnaire, the dashboard built behind it: a level chosen, saved and
        // shown (the dashboard only notes that it is out of date).
        bigWindow.setDashboard(false);
        QCoreApplication::processEvents();
        QuestionnairePage *page = bigWindow.questionnaire();
        const int nextLevel = (page->session()->answer(u"O-1"_s).level.value_or(0) + 1) % 5; // a change
        timer.restart();
        page->detailPane()->chooseLevel(nextLevel);
        QCoreApplication::processEvents();
        answerBehind.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    out << "team of 1,000 assessments (median of 7; goals 100 ms and 50 ms):" << Qt::endl
        << "  dashboard opened and painted  " << Qt::fixed << qSetRealNumberPrecision(1) << medianOf(opening) << " ms"
        << Qt::endl
        << "  then the tabs not in view prepared (history, comparison) " << medianOf(prepared) << " ms" << Qt::endl
        << "  History tab shown and painted " << medianOf(historyTab) << " ms" << Qt::endl
        << "  a level chosen in the questionnaire, the dashboard built behind it " << medianOf(answerBehind) << " ms"
        << Qt::endl;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "  peak memory of this benchmark " << usage.ru_maxrss / 1024 << " MiB (goal 80 MiB; "
        << before.ru_maxrss / 1024 << " MiB before the team of 1,000 was opened)" << Qt::endl;
    return 0;
}
