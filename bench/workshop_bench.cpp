// Workshop benchmarks, offscreen: a room of 12 participants rating the demo team's newest
// assessment (45 parameters). A rating saved durably is set beside the same for an answer (the
// reference, both fsync'd commits); the reveal reads every rating with its spread; the list's
// workshop filter re-sorts the questionnaire; the Agreement tab re-reads and re-sorts all
// parameters. See README.md.
#include "BenchGui.h"
#include "BenchStats.h"

#include "i18n/LanguageManager.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/AgreementView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    BenchGui gui(argc, argv);
    if (!gui.ok())
        return 1;
    QTextStream &out = gui.out();
    BenchDemo &bench = gui.demo();
    Database &db = bench.db();
    const qint64 id = bench.demo().assessmentIds.last();
    WorkshopRepository workshop(db);
    QList<Participant> room;
    for (int i = 0; i < 12; ++i)
        room.append({0, QString(), u"Participant %1"_s.arg(i + 1), QString()});
    const auto people = workshop.setParticipants(id, room);
    if (!people) {
        out << people.error() << Qt::endl;
        return 1;
    }
    const Assessment assessment = AssessmentRepository(db).load(id).value();

    int n = 0;
    const double answer = benchMedian(
        out, "save one answer durably (reference)", 101,
        [&] {
            Answer a = assessment.answers.value(u"O-1"_s);
            a.level = ++n % 5;
            a.notApplicable = false;
            static_cast<void>(AssessmentRepository(db).saveAnswer(id, a, u"Bench"_s));
        },
        5);
    const double rating = benchMedian(
        out, "save one rating durably", 101,
        [&] {
            Rating r;
            r.participantUuid = people->at(n % 12).uuid;
            r.parameterId = u"O-1"_s;
            r.level = ++n % 5;
            static_cast<void>(workshop.saveRating(id, r, u"Bench"_s));
        },
        5);
    out << "  rating / answer: " << Qt::fixed << qSetRealNumberPrecision(2) << rating / answer << Qt::endl;

    // Every participant rates every parameter, and every parameter is revealed.
    const Sim3Model model = *ModelCatalogue::bundled().find(assessment.modelId);
    for (const Parameter &p : model.parameters()) {
        QList<Rating> round;
        for (int i = 0; i < 12; ++i) {
            Rating r;
            r.participantUuid = people->at(i).uuid;
            r.parameterId = p.id;
            r.level = (i + static_cast<int>(p.id.size())) % 5;
            round.append(r);
        }
        if (!workshop.saveRatings(id, round, u"Bench"_s) || !workshop.reveal(id, p.id, u"Bench"_s))
            return 1;
    }
    benchMedian(
        out, "read 45 × 12 revealed ratings with their spreads", 101,
        [&] { static_cast<void>(workshop.forAssessment(id)); }, 16);

    LanguageManager languages;
    MainWindow window(db, languages);
    window.resize(1280, 720);
    window.show();
    window.openAssessment(id, u"O-1"_s);
    QCoreApplication::processEvents();
    auto *filter = window.findChild<QComboBox *>(u"statusFilter"_s);
    const int disputed = filter->findText(u"Workshop: disputed"_s);
    if (disputed < 0) {
        out << "no workshop filter" << Qt::endl;
        return 1;
    }
    int flip = 0;
    benchMedian(
        out, "the list's workshop filter, on and off", 101,
        [&] { filter->setCurrentIndex(++flip % 2 == 0 ? 0 : disputed); }, 16);

    // The dashboard's Agreement tab: every parameter across categories, re-read and re-sorted.
    auto *dashboard = window.findChild<QAction *>(u"actionDashboard"_s);
    dashboard->trigger();
    QCoreApplication::processEvents();
    auto *agreement = window.findChild<AgreementView *>(u"agreementView"_s);
    if (!agreement) {
        out << "no agreement view" << Qt::endl;
        return 1;
    }
    if (auto *tabs = window.findChild<QTabWidget *>(); tabs && tabs->indexOf(agreement) >= 0)
        tabs->setCurrentWidget(agreement);
    QCoreApplication::processEvents();
    benchMedian(
        out, "the agreement view, re-read, sorted by what to discuss, drawn", 101,
        [&] {
            agreement->refresh(u"en"_s);
            agreement->setOrder(++flip % 2 == 0 ? AgreementView::Order::Model : AgreementView::Order::MostToDiscuss);
            agreement->table()->viewport()->repaint();
        },
        16);
    return 0;
}
