#pragma once

#include "catalogue/ModelCatalogue.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"

#include <QUuid>

// The benchmarks' large database: one team with `count` assessments of 45 answers, each with a
// comment and two evidence items (1,000 assessments: 90,000 evidence items). Returns the id of
// the last assessment, or 0 when it could not be made.
inline qint64 makeLargeDatabase(const QString &path, int count)
{
    using namespace Qt::StringLiterals;
    const Sim3Model model = *ModelCatalogue::bundled().find(u"sim3-v2i"_s);
    auto opened = Database::open(path);
    if (!opened)
        return 0;
    Database &db = *opened.value();
    SqlTransaction all(db);
    const qint64 team = TeamRepository(db).create(u"Bench team"_s)->id;
    AssessmentRepository repo(db);
    qint64 lastId = 0;
    for (int i = 0; i < count; ++i) {
        Assessment a;
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.teamId = team;
        a.title = u"Assessment %1"_s.arg(i);
        a.date = QDate(2000, 1, 1).addDays(i);
        a.modelId = model.id();
        a.createdAt = db.now();
        for (const Parameter &p : model.parameters()) {
            Answer answer;
            answer.parameterId = p.id;
            answer.level = (i + static_cast<int>(p.id.size())) % 5;
            answer.comment = u"A comment of ordinary length for %1, written during the workshop."_s.arg(p.id);
            answer.evidence
                = {Evidence{0, QString(), u"Policy document"_s, u"https://intranet/doc"_s, QDate(2020, 1, 1)},
                    Evidence{0, QString(), u"Minutes"_s, u"Wiki"_s, QDate()}};
            a.answers.insert(p.id, answer);
        }
        const Result<Assessment> stored = repo.insert(a);
        if (!stored)
            return 0;
        lastId = stored->id;
    }
    return all.commit() ? lastId : 0;
}
