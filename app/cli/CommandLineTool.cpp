#include "CommandLineTool.h"

#include "analysis/GapAnalysis.h"
#include "catalogue/ModelCatalogue.h"
#include "demo/DemoData.h"
#include "exchange/AssessmentExchange.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/Database.h"
#include "storage/ProfileChoice.h"
#include "storage/ProfileRepository.h"
#include "storage/TeamRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption db{u"db"_s, CommandLineTool::tr("Use the database at <path> instead of the default one."),
        CommandLineTool::tr("path")};
    QCommandLineOption json{u"json"_s, CommandLineTool::tr("Print JSON instead of a table.")};
    QCommandLineOption format{
        u"format"_s, CommandLineTool::tr("Export format: json or csv."), CommandLineTool::tr("format")};
    QCommandLineOption out{u"out"_s, CommandLineTool::tr("Write to <file>."), CommandLineTool::tr("file")};
    QCommandLineOption profile{
        u"profile"_s, CommandLineTool::tr("Include the team's target profile <name>."), CommandLineTool::tr("name")};
    QCommandLineOption tlp{u"tlp"_s, CommandLineTool::tr("Traffic Light Protocol marking of the report."),
        CommandLineTool::tr("marking"), u"amber"_s};
    QCommandLineOption page{
        u"page"_s, CommandLineTool::tr("Page size of the report: a4 or letter."), CommandLineTool::tr("size"), u"a4"_s};
    QCommandLineOption lang{u"lang"_s, CommandLineTool::tr("Language of names and texts: en or ja."),
        CommandLineTool::tr("language"), u"en"_s};
};

QString usageText()
{
    return CommandLineTool::tr(
        "Usage: sim3-workbench [--db PATH] [--lang en|ja]          start the application\n"
        "       sim3-workbench models [--json] [--db PATH]         list the SIM3 models\n"
        "       sim3-workbench list [--json] [--db PATH]           list teams and assessments\n"
        "       sim3-workbench import FILE [--db PATH]             import a sim3-assessment JSON file\n"
        "       sim3-workbench export ID --format json|csv --out FILE [--profile NAME] [--lang en|ja] [--db PATH]\n"
        "       sim3-workbench summary ID [--profile NAME] [--json] [--lang en|ja] [--db PATH]\n"
        "       sim3-workbench report ID --out FILE.pdf|.odt|.xlsx|.csv [--lang en|ja] [--profile NAME] [--tlp "
        "clear|green|amber|amber+strict|red] [--page a4|letter] [--db PATH]\n"
        "       sim3-workbench demo [--lang en|ja] [--db PATH]     create a demo team with three assessments\n"
        "       sim3-workbench add-model FILE [--db PATH]          load a custom SIM3 model file\n"
        "       sim3-workbench --help | --version\n"
        "\n"
        "Without --db the database is %1\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

} // namespace

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QStringList CommandLineTool::commands()
{
    return {u"models"_s, u"list"_s, u"import"_s, u"export"_s, u"summary"_s, u"report"_s, u"demo"_s, u"add-model"_s};
}

bool CommandLineTool::wantsCommandLine(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1)) {
        if (a == u"--help"_s || a == u"-h"_s || a == u"--version"_s || a == u"-v"_s || commands().contains(a))
            return true;
    }
    return false;
}

QString CommandLineTool::requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if ((a == u"--lang"_s || a == u"-lang"_s) && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (a.startsWith(u"--lang="_s))
            language = a.mid(7);
        else if (a.startsWith(u"-lang="_s))
            language = a.mid(6);
    }
    return language;
}

int CommandLineTool::run(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({o.db, o.json, o.format, o.out, o.profile, o.lang, o.tlp, o.page});
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);

    auto usageError = [&](const QString &message) {
        m_err << tr("sim3-workbench: %1").arg(message) << '\n' << usageText();
        m_err.flush();
        return UsageError;
    };
    auto failure = [&](const QString &message) {
        m_err << tr("sim3-workbench: %1").arg(message) << '\n';
        m_err.flush();
        return Failure;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << usageText();
        m_out.flush();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    if (!commands().contains(command))
        return usageError(tr("unknown command \"%1\"").arg(command));
    const QString language = parser.value(o.lang);
    if (language != u"en"_s && language != u"ja"_s)
        return usageError(tr("--lang must be en or ja, not \"%1\"").arg(language));

    auto expectArguments = [&](int count) { return args.size() == count; };
    if ((command == u"import"_s || command == u"export"_s || command == u"add-model"_s || command == u"summary"_s
            || command == u"report"_s)
        && !expectArguments(1))
        return usageError(tr("\"%1\" takes exactly one argument").arg(command));
    if ((command == u"models"_s || command == u"list"_s || command == u"demo"_s) && !expectArguments(0))
        return usageError(tr("\"%1\" takes no arguments").arg(command));

    // "models" without --db lists only the bundled models and touches no database.
    if (command == u"models"_s && !parser.isSet(o.db))
        return printModels(ModelCatalogue::bundled(), parser.isSet(o.json), language);

    const QString dbPath = parser.isSet(o.db) ? parser.value(o.db) : Database::defaultPath();
    Result<std::unique_ptr<Database>> opened = Database::open(dbPath);
    if (!opened)
        return failure(opened.error());
    Database &db = *opened.value();
    const Result<ModelCatalogue> models = CustomModelRepository(db).catalogue();
    if (!models)
        return failure(models.error());
    const ModelCatalogue &catalogue = models.value();

    if (command == u"models"_s)
        return printModels(catalogue, parser.isSet(o.json), language);

    if (command == u"list"_s) {
        const Result<QList<Team>> teams = TeamRepository(db).all();
        if (!teams)
            return failure(teams.error());
        AssessmentRepository assessments(db);
        QJsonArray array;
        for (const Team &t : teams.value()) {
            const Result<QList<Assessment>> list = assessments.forTeam(t.id);
            if (!list)
                return failure(list.error());
            QJsonArray items;
            if (!parser.isSet(o.json))
                m_out << tr("Team %1: %2").arg(QString::number(t.id), t.name) << '\n';
            for (const Assessment &a : list.value()) {
                items.append(QJsonObject{{u"id"_s, a.id}, {u"uuid"_s, a.uuid}, {u"title"_s, a.title},
                    {u"date"_s, a.date.toString(Qt::ISODate)}, {u"modelId"_s, a.modelId},
                    {u"status"_s, Assessment::statusKey(a.status)}});
                if (!parser.isSet(o.json))
                    m_out << u"  %1  %2  %3  %4  %5"_s.arg(a.id, 4).arg(a.date.toString(Qt::ISODate), a.modelId,
                        a.status == Assessment::Status::Final ? tr("final") : tr("draft"), a.title)
                          << '\n';
            }
            array.append(
                QJsonObject{{u"id"_s, t.id}, {u"uuid"_s, t.uuid}, {u"name"_s, t.name}, {u"assessments"_s, items}});
        }
        if (parser.isSet(o.json))
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        else if (teams->isEmpty())
            m_out << tr("No teams yet. Create one in the application, or run \"sim3-workbench demo\".") << '\n';
        m_out.flush();
        return Success;
    }

    if (command == u"import"_s) {
        AssessmentExchange exchange(db, catalogue);
        const auto outcome = exchange.importFile(args.first());
        if (!outcome)
            return failure(outcome.error());
        m_out << tr("Imported assessment %1 into team %2%3.")
                     .arg(outcome->assessmentId)
                     .arg(outcome->teamId)
                     .arg(outcome->teamCreated ? tr(" (new team)") : QString())
              << '\n';
        if (outcome->profileId != 0)
            m_out
                << tr("Target profile \"%1\" is available as id %2.")
                       .arg(outcome->profileName, QString::number(outcome->profileId))
                << '\n';
        m_out.flush();
        return Success;
    }

    if (command == u"export"_s) {
        bool ok = false;
        const qint64 id = args.first().toLongLong(&ok);
        if (!ok)
            return usageError(
                tr("\"%1\" is not an assessment id; \"sim3-workbench list\" shows them").arg(args.first()));
        if (!parser.isSet(o.format))
            return usageError(tr("export needs --format json or --format csv"));
        if (!parser.isSet(o.out))
            return usageError(tr("export needs --out FILE"));
        const QString format = parser.value(o.format);
        if (format != u"json"_s && format != u"csv"_s)
            return usageError(tr("--format must be json or csv, not \"%1\"").arg(format));
        const Result<Assessment> assessment = AssessmentRepository(db).find(id);
        if (!assessment)
            return failure(assessment.error());
        std::optional<qint64> profileId;
        if (parser.isSet(o.profile)) {
            const Result<QList<TargetProfile>> profiles = ProfileRepository(db).forTeam(assessment->teamId);
            if (!profiles)
                return failure(profiles.error());
            for (const TargetProfile &p : profiles.value()) {
                if (p.name == parser.value(o.profile))
                    profileId = p.id;
            }
            if (!profileId)
                return failure(tr("The team has no target profile named \"%1\".").arg(parser.value(o.profile)));
        }
        AssessmentExchange exchange(db, catalogue);
        const Status written = exchange.exportFile(id, parser.value(o.out),
            format == u"json"_s ? AssessmentExchange::Format::Json : AssessmentExchange::Format::Csv, profileId,
            language);
        if (!written)
            return failure(written.error());
        m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(o.out))) << '\n';
        m_out.flush();
        return Success;
    }

    if (command == u"summary"_s) {
        bool ok = false;
        const qint64 id = args.first().toLongLong(&ok);
        if (!ok)
            return usageError(
                tr("\"%1\" is not an assessment id; \"sim3-workbench list\" shows them").arg(args.first()));
        return printSummary(db, catalogue, id, parser.value(o.profile), parser.isSet(o.json), language);
    }

    if (command == u"report"_s) {
        bool ok = false;
        const qint64 id = args.first().toLongLong(&ok);
        if (!ok)
            return usageError(
                tr("\"%1\" is not an assessment id; \"sim3-workbench list\" shows them").arg(args.first()));
        if (!parser.isSet(o.out))
            return usageError(tr("report needs --out FILE"));
        const auto format = ReportWriter::formatFor(parser.value(o.out));
        if (!format)
            return usageError(tr("the report file must end in .pdf, .odt, .xlsx or .csv"));
        const QString tlp = ReportData::tlpFromKey(parser.value(o.tlp));
        if (tlp.isEmpty())
            return usageError(
                tr("--tlp must be clear, green, amber, amber+strict or red, not \"%1\"").arg(parser.value(o.tlp)));
        const QString page = parser.value(o.page).toLower();
        if (page != u"a4"_s && page != u"letter"_s)
            return usageError(tr("--page must be a4 or letter, not \"%1\"").arg(parser.value(o.page)));
        Result<ReportData> data = ReportData::collect(db, catalogue, id, parser.value(o.profile), language);
        if (!data)
            return failure(data.error());
        data.value().tlp = tlp;
        data.value().pageSize = page == u"letter"_s ? ReportData::PageSize::Letter : ReportData::PageSize::A4;
        if (const Status written = ReportWriter::write(data.value(), parser.value(o.out), *format); !written)
            return failure(written.error());
        m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(o.out))) << '\n';
        m_out.flush();
        return Success;
    }

    if (command == u"demo"_s) {
        const auto created = DemoData::create(db, language);
        if (!created)
            return failure(created.error());
        QStringList ids;
        for (qint64 id : created->assessmentIds)
            ids.append(QString::number(id));
        m_out << tr("Created the demo team (id %1) with assessments %2 and target profile %3 in %4.")
                     .arg(QString::number(created->teamId), ids.join(u", "_s),
                         QString::number(created->profileId), QDir::toNativeSeparators(db.path()))
              << '\n';
        m_out.flush();
        return Success;
    }

    // add-model
    const Result<Sim3Model> added = CustomModelRepository(db).addFile(args.first());
    if (!added)
        return failure(added.error());
    m_out << tr("Loaded the model \"%1\" with %2 parameters.").arg(added->id(), QString::number(added->parameters().size())) << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::printModels(const ModelCatalogue &catalogue, bool json, const QString &language)
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
    return Success;
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

} // namespace

int CommandLineTool::printSummary(Database &db, const ModelCatalogue &catalogue, qint64 assessmentId,
    const QString &profileName, bool json, const QString &language)
{
    const Result<Assessment> assessment = AssessmentRepository(db).load(assessmentId);
    if (!assessment) {
        m_err << tr("sim3-workbench: %1").arg(assessment.error()) << '\n';
        return Failure;
    }
    const Sim3Model *model = catalogue.find(assessment->modelId);
    if (!model) {
        m_err << tr("sim3-workbench: %1")
                     .arg(tr("The SIM3 model \"%1\" of this assessment is not known here.").arg(assessment->modelId))
              << '\n';
        return Failure;
    }
    const auto profile = ProfileChoice::resolve(db, assessment->teamId, profileName);
    if (!profile) {
        m_err << tr("sim3-workbench: %1").arg(profile.error()) << '\n';
        return Failure;
    }
    const TargetProfile *target = profile.value() ? &*profile.value() : nullptr;
    const GapAnalysis analysis(*model, assessment.value(), target);

    if (json) {
        QJsonArray categories;
        for (const CategorySummary &c : analysis.categories()) {
            QJsonObject o = summaryJson(c);
            o.insert(u"id"_s, c.categoryId);
            o.insert(u"name"_s, model->category(c.categoryId)->name.text(language));
            categories.append(o);
        }
        QJsonArray parameters;
        for (const ParameterResult &r : analysis.parameters())
            parameters.append(QJsonObject{{u"id"_s, r.parameterId}, {u"category"_s, r.categoryId},
                {u"current"_s, optionalInt(r.current)}, {u"target"_s, optionalInt(r.target)},
                {u"gap"_s, optionalInt(r.gap())}, {u"state"_s, stateKey(r.state)}});
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
        return Success;
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
    m_out << columns({{tr("Category"), -22}, {tr("Params"), 6}, {tr("Answered"), 8}, {tr("N/A"), 4},
                 {tr("Current"), 8}, {tr("Target"), 8}, {tr("Meeting"), 8}, {tr("Below"), 6}, {tr("Above"), 6}})
          << '\n';
    for (const CategorySummary &c : analysis.categories())
        row(c.categoryId + u' ' + model->category(c.categoryId)->name.text(language), c);
    row(tr("All"), analysis.overall());
    m_out << '\n'
          << columns({{tr("Parameter"), -10}, {tr("Current"), 8}, {tr("Target"), 8}, {tr("Gap"), 4}}) << u"  "_s
          << tr("State") << '\n';
    for (const ParameterResult &r : analysis.parameters()) {
        const auto text = [](const std::optional<int> &v) { return v ? QString::number(*v) : u"-"_s; };
        m_out << columns({{r.parameterId, -10},
                     {r.state == ParameterResult::State::NotApplicable ? tr("N/A") : text(r.current), 8},
                     {text(r.target), 8}, {text(r.gap()), 4}})
              << u"  "_s << stateKey(r.state) << '\n';
    }
    m_out.flush();
    return Success;
}
