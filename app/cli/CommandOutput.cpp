#include "CommandOutput.h"

#include "analysis/GapAnalysis.h"
#include "catalogue/ModelCatalogue.h"
#include "cli/CommandLineTool.h"
#include "domain/LevelText.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ProfileChoice.h"
#include "storage/ProfileRepository.h"
#include "storage/WorkshopRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

int CommandOutput::models(const ModelCatalogue &catalogue, bool json, const QString &language)
{
    QJsonArray array;
    for (const Sim3Model &m : catalogue.models()) {
        QJsonObject counts;
        QStringList countTexts;
        for (const Category &c : m.categories()) {
            counts.insert(c.id, m.parameterCount(c.id));
            countTexts.append(u"%1 %2"_s.arg(c.id, QString::number(m.parameterCount(c.id))));
        }
        array.append(QJsonObject{{u"id"_s, m.id()}, {u"name"_s, m.name().text(language)}, {u"version"_s, m.version()},
            {u"parameters"_s, m.parameters().size()}, {u"categories"_s, counts},
            {u"bundled"_s, ModelCatalogue::isBundledId(m.id())}});
        if (!json)
            m_out << tr("%1  %2  %3 parameters (%4)")
                         .arg(m.id(), m.name().text(language), QString::number(m.parameters().size()),
                             countTexts.join(u", "_s))
                  << '\n';
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
    return CommandLineTool::Success;
}

namespace {

QString stateKey(ParameterResult::State state)
{
    switch (state) {
    case ParameterResult::State::Below:
        return u"below"_s;
    case ParameterResult::State::Above:
        return u"above"_s;
    case ParameterResult::State::OnTarget:
        return u"on-target"_s;
    case ParameterResult::State::NoTarget:
        return u"no-target"_s;
    case ParameterResult::State::NotApplicable:
        return u"not-applicable"_s;
    case ParameterResult::State::Unanswered:
        return u"unanswered"_s;
    }
    return {};
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const CategorySummary &s)
{
    return QJsonObject{
        {u"parameters"_s, s.parameters},
        {u"answered"_s, s.answered},
        {u"notApplicable"_s, s.notApplicable},
        {u"unanswered"_s, s.unanswered},
        {u"averageCurrent"_s, optionalNumber(s.averageCurrent)},
        {u"averageTarget"_s, optionalNumber(s.averageTarget)},
        {u"withTarget"_s, s.withTarget},
        {u"meetingTarget"_s, s.meeting},
        {u"belowTarget"_s, s.below},
        {u"aboveTarget"_s, s.above},
        {u"shareAtTarget"_s, optionalNumber(s.shareAtTarget())},
    };
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : u"-"_s;
}

// How the room rated one parameter: who rated, and once revealed the spread. Before the
// reveal the spread is null, as in the application.
QJsonObject ratingsJson(const ParameterRatings &p, int threshold)
{
    QJsonObject o{{u"rated"_s, static_cast<int>(p.ratedBy.size())}, {u"revealed"_s, p.revealed}};
    const RatingSpread &s = p.spread;
    const bool shown = p.revealed;
    QJsonArray counts;
    for (int c : s.counts)
        counts.append(c);
    o.insert(u"n"_s, shown ? QJsonValue(s.levels) : QJsonValue(QJsonValue::Null));
    o.insert(u"min"_s, shown ? optionalInt(s.min) : QJsonValue(QJsonValue::Null));
    o.insert(u"max"_s, shown ? optionalInt(s.max) : QJsonValue(QJsonValue::Null));
    o.insert(u"median"_s, shown && s.median ? QJsonValue(*s.median) : QJsonValue(QJsonValue::Null));
    o.insert(u"counts"_s, shown ? QJsonValue(counts) : QJsonValue(QJsonValue::Null));
    o.insert(u"notApplicable"_s, shown ? QJsonValue(s.notApplicable) : QJsonValue(QJsonValue::Null));
    o.insert(u"abstained"_s, shown ? QJsonValue(s.abstained) : QJsonValue(QJsonValue::Null));
    o.insert(u"disputed"_s, shown ? QJsonValue(s.isDisputed(threshold)) : QJsonValue(QJsonValue::Null));
    o.insert(u"dissent"_s, p.dissent);
    return o;
}

} // namespace

int CommandOutput::summary(Database &db, const ModelCatalogue &catalogue, qint64 assessmentId,
    const QString &profileName, bool json, const QString &language)
{
    const Result<Assessment> assessment = AssessmentRepository(db).load(assessmentId);
    if (!assessment) {
        m_err << tr("sim3-workbench: %1").arg(assessment.error()) << '\n';
        return CommandLineTool::Failure;
    }
    const Sim3Model *model = catalogue.find(assessment->modelId);
    if (!model) {
        m_err << tr("sim3-workbench: %1")
                     .arg(tr("The SIM3 model \"%1\" of this assessment is not known here.").arg(assessment->modelId))
              << '\n';
        return CommandLineTool::Failure;
    }
    const auto profile = ProfileChoice::resolve(db, assessment->teamId, profileName);
    if (!profile) {
        m_err << tr("sim3-workbench: %1").arg(profile.error()) << '\n';
        return CommandLineTool::Failure;
    }
    const TargetProfile *target = profile.value() ? &*profile.value() : nullptr;
    const GapAnalysis analysis(*model, assessment.value(), target);

    if (json) {
        // With participants, each parameter says how the room rated it (only once revealed).
        const Result<QList<Participant>> people = WorkshopRepository(db).participants(assessmentId);
        const Result<QHash<QString, ParameterRatings>> ratings = WorkshopRepository(db).forAssessment(assessmentId);
        if (!people || !ratings) {
            m_err << tr("sim3-workbench: %1").arg(people ? ratings.error() : people.error()) << '\n';
            return CommandLineTool::Failure;
        }
        const int threshold = WorkshopRepository(db).disputeThreshold();
        QJsonArray categories;
        for (const CategorySummary &c : analysis.categories()) {
            QJsonObject o = summaryJson(c);
            o.insert(u"id"_s, c.categoryId);
            o.insert(u"name"_s, model->category(c.categoryId)->name.text(language));
            categories.append(o);
        }
        QJsonArray parameters;
        for (const ParameterResult &r : analysis.parameters()) {
            QJsonObject o{{u"id"_s, r.parameterId}, {u"category"_s, r.categoryId},
                {u"current"_s, optionalInt(r.current)}, {u"target"_s, optionalInt(r.target)},
                {u"gap"_s, optionalInt(r.gap())}, {u"state"_s, stateKey(r.state)}};
            if (!people->isEmpty())
                o.insert(u"ratings"_s, ratingsJson(ratings->value(r.parameterId), threshold));
            parameters.append(o);
        }
        const QJsonObject root{
            {u"assessment"_s,
                QJsonObject{{u"id"_s, assessment->id}, {u"title"_s, assessment->title},
                    {u"date"_s, assessment->date.toString(Qt::ISODate)}, {u"modelId"_s, assessment->modelId}}},
            {u"profile"_s,
                target ? QJsonValue(QJsonObject{{u"id"_s, target->id}, {u"name"_s, target->name}})
                       : QJsonValue(QJsonValue::Null)},
            {u"categories"_s, categories},
            {u"overall"_s, summaryJson(analysis.overall())},
            {u"parameters"_s, parameters},
        };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CommandLineTool::Success;
    }

    m_out << tr("%1 (%2), %3, compared with %4")
                 .arg(assessment->title, assessment->date.toString(Qt::ISODate), model->id(),
                     target ? u"\"%1\""_s.arg(target->name) : tr("no target profile"))
          << "\n\n";
    // Padded cells joined by hand: a chain of arg() calls would substitute a "%2" found in a
    // category name. A negative width aligns left.
    const auto columns = [](const QList<std::pair<QString, int>> &cells) {
        QStringList texts;
        for (const auto &[text, width] : cells)
            texts.append(width < 0 ? text.leftJustified(-width) : text.rightJustified(width));
        return texts.join(u' ');
    };
    const auto n = [](int value) { return QString::number(value); };
    auto row = [&](const QString &name, const CategorySummary &s) {
        m_out << columns({{name, -22}, {n(s.parameters), 6}, {n(s.answered), 8}, {n(s.notApplicable), 4},
            {number(s.averageCurrent), 8}, {number(s.averageTarget), 8}, {n(s.meeting), 8}, {n(s.below), 6},
            {n(s.above), 6}})
              << '\n';
    };
    m_out << columns({{tr("Category"), -22}, {tr("Params"), 6}, {tr("Answered"), 8}, {tr("N/A"), 4}, {tr("Current"), 8},
        {tr("Target"), 8}, {tr("Meeting"), 8}, {tr("Below"), 6}, {tr("Above"), 6}})
          << '\n';
    for (const CategorySummary &c : analysis.categories())
        row(c.categoryId + u' ' + model->category(c.categoryId)->name.text(language), c);
    row(tr("All"), analysis.overall());
    m_out << '\n'
          << columns({{tr("Parameter"), -10}, {tr("Current"), 8}, {tr("Target"), 8}, {tr("Gap"), 4}}) << u"  "_s
          << tr("State") << '\n';
    for (const ParameterResult &r : analysis.parameters()) {
        m_out << columns({{r.parameterId, -10},
            {r.state == ParameterResult::State::NotApplicable ? LevelText::notApplicable()
                                                              : LevelText::of(r.current, u"-"_s),
                8},
            {LevelText::of(r.target, u"-"_s), 8}, {LevelText::of(r.gap(), u"-"_s), 4}})
              << u"  "_s << stateKey(r.state) << '\n';
    }
    m_out.flush();
    return CommandLineTool::Success;
}
