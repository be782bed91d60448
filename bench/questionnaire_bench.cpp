// Questionnaire benchmarks, offscreen: moving to the next parameter with the detail pane fully
// updated (and, separately, painted), and a level change saved durably. See README.md.
#include "BenchGui.h"
#include "BenchStats.h"

#include "demo/DemoData.h"
#include "i18n/LanguageManager.h"
#include "questionnaire/AssessmentSession.h"
#include "questionnaire/ParameterDetailPane.h"
#include "questionnaire/QuestionnairePage.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    BenchGui gui(argc, argv);
    if (!gui.ok())
        return 1;
    QTextStream &out = gui.out();
    BenchDemo &bench = gui.demo();
    Database &db = bench.db();
    const DemoData::Created *demo = &bench.demo();
    LanguageManager languages;
    MainWindow window(db, languages);
    window.resize(1280, 800);
    window.show();
    window.openAssessment(demo->assessmentIds.last(), u"O-1"_s);
    QuestionnairePage *page = window.questionnaire();
    QCoreApplication::processEvents();

    const QStringList order = [&] {
        QStringList ids;
        for (const Parameter &p : page->session()->model().parameters())
            ids.append(p.id);
        return ids;
    }();
    int i = 0;
    auto next = [&] { page->showParameter(order.at(++i % order.size())); };
    benchMedian(out, "next parameter, detail pane updated", 301, next, 16);
    benchMedian(
        out, "next parameter, updated and painted", 301,
        [&] {
            next();
            page->detailPane()->grab();
        },
        16);
    int level = 0;
    benchMedian(
        out, "level change saved durably (with undo entry)", 301, [&] { page->detailPane()->chooseLevel(++level % 5); },
        5);
    if (qEnvironmentVariableIsSet("SIM3_BENCH_DETAIL")) {
        AssessmentSession *session = page->session();
        benchMedian(
            out, "  session apply only", 301,
            [&] {
                Answer a = session->answer(u"O-3"_s);
                a.level = ++level % 5;
                Answer shown = session->answer(a.parameterId);
                static_cast<void>(session->apply(a, shown));
            },
            5);
        benchMedian(
            out, "  repository save only", 301,
            [&] {
                Answer a = session->answer(u"O-4"_s);
                a.level = ++level % 5;
                if (!AssessmentRepository(db).saveAnswer(session->assessment().id, a, u"x"_s))
                    qFatal("saving the answer failed");
            },
            5);
    }
    return 0;
}
