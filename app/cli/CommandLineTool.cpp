#include "CommandLineTool.h"

#include "cli/CommandOutput.h"

#include "catalogue/ModelCatalogue.h"
#include "demo/DemoData.h"
#include "exchange/AssessmentExchange.h"
#include "exchange/RatingsExchange.h"
#include "identity/KeyboardUser.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomModelRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/IntegrityCheck.h"
#include "storage/PostgresTarget.h"
#include "storage/ProfileRepository.h"
#include "storage/ServerAccess.h"
#include "storage/TeamRepository.h"
#include "json/JsonReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

struct CommandLineTool::Options
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
    QCommandLineOption participant{
        u"participant"_s, CommandLineTool::tr("The participant called <name>."), CommandLineTool::tr("name")};
    QCommandLineOption names{
        u"names"_s, CommandLineTool::tr("Name who held which level where the team disagreed (report).")};
    QCommandLineOption from{u"from"_s, CommandLineTool::tr("Copy from the database <path> (a file or postgresql://…)."),
        CommandLineTool::tr("path")};
    QCommandLineOption to{u"to"_s, CommandLineTool::tr("Copy into the new database <path> (a file or postgresql://…)."),
        CommandLineTool::tr("path")};
    QCommandLineOption as{
        u"as"_s, CommandLineTool::tr("Access to give: reader, assessor or lead."), CommandLineTool::tr("access")};
    QCommandLineOption lang{u"lang"_s, CommandLineTool::tr("Language of names and texts: en or ja."),
        CommandLineTool::tr("language"), u"en"_s};
};

// The commands: one table from which the parser checks arguments, the dispatcher runs, --help is
// written, and the README's list is tested (tst_commandline).
struct CommandLineTool::Command
{
    QString name;
    QString synopsis; // after the name; option names are not translated
    const char *summary; // translated in CommandLineTool's context
    int arguments; // positional arguments after the name
    bool takesId; // the one argument is an assessment id
    int (CommandLineTool::*run)(const CommandLineTool::Invocation &);
};

struct CommandLineTool::Invocation
{
    const QCommandLineParser &parser;
    const Options &options;
    QStringList args;
    QString language;
    qint64 id = 0; // when the command takes an assessment id
    Database *db = nullptr; // open when the command runs
    const ModelCatalogue *catalogue = nullptr;
};

const QList<CommandLineTool::Command> &CommandLineTool::table()
{
    using T = CommandLineTool;
    static const QList<Command> table{
        {u"models"_s, u"[--json] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "the SIM3 models, with parameters per category"), 0, false,
            &T::runModels},
        {u"list"_s, u"[--json] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "teams and assessments with their ids"), 0, false, &T::runList},
        {u"import"_s, u"FILE [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool",
                "import a sim3-assessment file, or a participant's sim3-ratings file into its assessment"),
            1, false, &T::runImport},
        {u"export"_s, u"ID --format json|csv --out FILE [--profile NAME] [--lang en|ja] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "one assessment as a sim3-assessment JSON file or as CSV"), 1, true,
            &T::runExport},
        {u"summary"_s, u"ID [--profile NAME] [--json] [--lang en|ja] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "per category and per parameter: current, target, gap"), 1, true,
            &T::runSummary},
        {u"ratings"_s, u"ID --participant NAME --out FILE [--lang en|ja] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool",
                "a participant's sim3-ratings file: their ratings so far, every other parameter left to fill in"),
            1, true, &T::runRatings},
        {u"report"_s,
            u"ID --out FILE.pdf|.odt|.xlsx|.csv [--lang en|ja] [--profile NAME] [--tlp "
            u"clear|green|amber|amber+strict|red] "
            "[--page a4|letter] [--names] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "the management report"), 1, true, &T::runReport},
        {u"demo"_s, u"[--lang en|ja] [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "a demo team: three yearly assessments and a target profile"), 0,
            false, &T::runDemo},
        {u"copy"_s, u"--from PATH --to PATH"_s,
            QT_TRANSLATE_NOOP("CommandLineTool",
                "copy a whole database into a new, empty one: a file into a shared PostgreSQL database, or back"),
            0, false, &T::runCopy},
        {u"admin"_s,
            u"init | list | grant TEAM ROLE --as reader|assessor|lead | revoke TEAM ROLE --db postgresql://…"_s,
            QT_TRANSLATE_NOOP("CommandLineTool",
                "a shared database's access per team, enforced by the server: set it up, list, grant, revoke"),
            -1, false, &T::runAdmin},
        {u"add-model"_s, u"FILE [--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool", "load a custom SIM3 model file into the database"), 1, false,
            &T::runAddModel},
        {u"check"_s, u"[--db PATH]"_s,
            QT_TRANSLATE_NOOP("CommandLineTool",
                "check a database file from end to end (SQLite's integrity check): intact, or where it is damaged"),
            0, false, &T::runCheck},
    };
    return table;
}

const CommandLineTool::Command *CommandLineTool::find(const QString &name)
{
    for (const Command &c : table()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString CommandLineTool::usageText()
{
    QString text = CommandLineTool::tr("Usage:") + u'\n';
    const auto entry = [&text](const QString &synopsis, const QString &summary) {
        text += u"  sim3-workbench"_s + (synopsis.isEmpty() ? QString() : u' ' + synopsis) + u'\n';
        text += u"      "_s + summary + u'\n';
    };
    entry(u"[--db PATH] [--lang en|ja] [FILE]"_s,
        CommandLineTool::tr("start the application; given a sim3-assessment, sim3-ratings or sim3-target-profile FILE, "
                            "import it after asking"));
    for (const Command &c : table())
        entry(c.name + u' ' + c.synopsis, CommandLineTool::tr(c.summary));
    entry(u"--help | --version"_s, CommandLineTool::tr("this help, or the version"));
    text += u'\n'
        + CommandLineTool::tr("Without --db the database is %1").arg(QDir::toNativeSeparators(Database::defaultPath()))
        + u'\n';
    return text;
}

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

bool CommandLineTool::wantsCommandLine(const QStringList &arguments)
{
    const QStringList given = arguments.mid(1);
    return std::any_of(given.cbegin(), given.cend(), [](const QString &a) {
        return a == u"--help"_s || a == u"-h"_s || a == u"--version"_s || a == u"-v"_s || commands().contains(a);
    });
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

QStringList CommandLineTool::commands()
{
    QStringList names;
    for (const Command &c : table())
        names.append(c.name);
    return names;
}

QList<CommandLineTool::CommandHelp> CommandLineTool::commandHelp()
{
    QList<CommandHelp> help;
    for (const Command &c : table())
        help.append({c.name, c.synopsis, QString::fromUtf8(c.summary)});
    return help;
}

int CommandLineTool::usageError(const QString &message)
{
    m_err << tr("sim3-workbench: %1").arg(message) << '\n' << usageText();
    m_err.flush();
    return UsageError;
}

int CommandLineTool::failure(const QString &message)
{
    m_err << tr("sim3-workbench: %1").arg(message) << '\n';
    m_err.flush();
    return Failure;
}

int CommandLineTool::run(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(
        {o.db, o.json, o.format, o.out, o.profile, o.participant, o.names, o.lang, o.tlp, o.page, o.from, o.to, o.as});
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);

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
    const Command *command = find(positional.first());
    if (!command)
        return usageError(tr("unknown command \"%1\"").arg(positional.first()));
    Invocation call{parser, o, positional.mid(1), parser.value(o.lang)};
    if (call.language != u"en"_s && call.language != u"ja"_s)
        return usageError(tr("--lang must be en or ja, not \"%1\"").arg(call.language));
    if (command->arguments >= 0 && call.args.size() != command->arguments)
        return usageError(command->arguments == 0 ? tr("\"%1\" takes no arguments").arg(command->name)
                                                  : tr("\"%1\" takes exactly one argument").arg(command->name));
    if (command->takesId) {
        bool ok = false;
        call.id = call.args.first().toLongLong(&ok);
        if (!ok)
            return usageError(
                tr("\"%1\" is not an assessment id; \"sim3-workbench list\" shows them").arg(call.args.first()));
    }
    // Usage errors are found before the database is opened (or created).
    if (const QString problem = usageProblem(*command, call); !problem.isEmpty())
        return usageError(problem);

    // "models" without --db lists only the bundled models and touches no database.
    if (command->name == u"models"_s && !parser.isSet(o.db))
        return CommandOutput(m_out, m_err).models(ModelCatalogue::bundled(), parser.isSet(o.json), call.language);

    if (command->name == u"copy"_s)
        return runCopy(call); // opens two databases of its own

    const QString dbPath = parser.isSet(o.db) ? parser.value(o.db) : Database::defaultPath();
    // A file this account may not write is read as it is: lists, reports and exports work, a
    // command that writes says why it cannot.
    // The full integrity check reads the whole file; a command that only reads does not need it
    // (SQLite reports damage on any page it reads), so it runs before the first write, and on
    // request ("check").
    Result<std::unique_ptr<Database>> opened = Database::isReadOnlyFile(dbPath)
        ? Database::openReadOnly(dbPath)
        : Database::open(dbPath, Database::Verification::BeforeFirstWrite);
    if (!opened)
        return failure(opened.error());
    if (const QString warning = opened.value()->networkFileSystemWarning(); !warning.isEmpty())
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    call.db = opened.value().get();
    // The models (the built-in ones and those stored in the database) for the commands that read
    // answers against them; listing and checking do not, and do not pay for reading them.
    const bool readsModels = command->run != &CommandLineTool::runList && command->run != &CommandLineTool::runCheck;
    std::optional<Result<ModelCatalogue>> models;
    if (readsModels) {
        models.emplace(CustomModelRepository(*opened.value()).catalogue());
        if (!*models)
            return failure(models->error());
        call.catalogue = &models->value();
    }
    return (this->*(command->run))(call);
}

QString CommandLineTool::usageProblem(const Command &command, const Invocation &call) const
{
    const QCommandLineParser &parser = call.parser;
    const Options &o = call.options;
    if (command.name == u"export"_s) {
        if (!parser.isSet(o.format))
            return tr("export needs --format json or --format csv");
        if (!parser.isSet(o.out))
            return tr("export needs --out FILE");
        const QString format = parser.value(o.format);
        if (format != u"json"_s && format != u"csv"_s)
            return tr("--format must be json or csv, not \"%1\"").arg(format);
    }
    if (command.name == u"ratings"_s) {
        if (!parser.isSet(o.participant) || parser.value(o.participant).trimmed().isEmpty())
            return tr("ratings needs --participant NAME");
        if (!parser.isSet(o.out))
            return tr("ratings needs --out FILE");
    }
    if (command.name == u"admin"_s) {
        const QString what = call.args.value(0);
        const qsizetype wanted = what == u"grant"_s || what == u"revoke"_s ? 3 : 1;
        if (what != u"init"_s && what != u"list"_s && what != u"grant"_s && what != u"revoke"_s)
            return tr("admin needs init, list, grant or revoke");
        if (call.args.size() != wanted)
            return what == u"grant"_s || what == u"revoke"_s ? tr("admin %1 needs TEAM and ROLE").arg(what)
                                                             : tr("admin %1 takes no more arguments").arg(what);
        if (what == u"grant"_s && !ServerAccess::levelFromKey(parser.value(o.as)))
            return tr("admin grant needs --as reader, --as assessor or --as lead");
        if (!parser.isSet(o.db) || !PostgresTarget::looksLikeServer(parser.value(o.db)))
            return tr("admin works on a shared database: give --db postgresql://…");
    }
    if (command.name == u"copy"_s) {
        if (!parser.isSet(o.from) || !parser.isSet(o.to))
            return tr("copy needs --from PATH and --to PATH");
        if (parser.isSet(o.db))
            return tr("copy takes --from and --to, not --db");
    }
    if (command.name == u"report"_s) {
        if (!parser.isSet(o.out))
            return tr("report needs --out FILE");
        if (!ReportWriter::formatFor(parser.value(o.out)))
            return tr("the report file must end in .pdf, .odt, .xlsx or .csv");
        if (ReportData::tlpFromKey(parser.value(o.tlp)).isEmpty())
            return tr("--tlp must be clear, green, amber, amber+strict or red, not \"%1\"").arg(parser.value(o.tlp));
        const QString page = parser.value(o.page).toLower();
        if (page != u"a4"_s && page != u"letter"_s)
            return tr("--page must be a4 or letter, not \"%1\"").arg(parser.value(o.page));
    }
    return {};
}

int CommandLineTool::runModels(const Invocation &call)
{
    return CommandOutput(m_out, m_err).models(*call.catalogue, call.parser.isSet(call.options.json), call.language);
}

int CommandLineTool::runList(const Invocation &call)
{
    const bool json = call.parser.isSet(call.options.json);
    const Result<QList<Team>> teams = TeamRepository(*call.db).all();
    if (!teams)
        return failure(teams.error());
    AssessmentRepository assessments(*call.db);
    QJsonArray array;
    for (const Team &t : teams.value()) {
        const Result<QList<Assessment>> list = assessments.forTeam(t.id);
        if (!list)
            return failure(list.error());
        if (json) {
            QJsonArray items;
            for (const Assessment &a : list.value()) {
                items.append(QJsonObject{{u"id"_s, a.id}, {u"uuid"_s, a.uuid}, {u"title"_s, a.title},
                    {u"date"_s, a.date.toString(Qt::ISODate)}, {u"modelId"_s, a.modelId},
                    {u"status"_s, Assessment::statusKey(a.status)}});
            }
            array.append(
                QJsonObject{{u"id"_s, t.id}, {u"uuid"_s, t.uuid}, {u"name"_s, t.name}, {u"assessments"_s, items}});
            continue;
        }
        m_out << tr("Team %1: %2").arg(QString::number(t.id), t.name) << '\n';
        // Translated once, not per line: a team may have a thousand assessments.
        const QString final = tr("final");
        const QString draft = tr("draft");
        for (const Assessment &a : list.value()) {
            m_out << "  " << QString::number(a.id).rightJustified(4) << "  " << a.date.toString(Qt::ISODate) << "  "
                  << a.modelId << "  " << (a.status == Assessment::Status::Final ? final : draft) << "  " << a.title
                  << '\n';
        }
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (teams->isEmpty())
        m_out << tr("No teams yet. Create one in the application, or run \"sim3-workbench demo\".") << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::runImport(const Invocation &call)
{
    const Result<QJsonObject> json = JsonReader::readObjectFile(call.args.first());
    if (json && RatingsJson::claimsToBeRatings(json.value())) {
        const auto ratings
            = RatingsExchange(*call.db, *call.catalogue).importFile(call.args.first(), KeyboardUser::current());
        if (!ratings)
            return failure(ratings.error());
        m_out << tr("Imported %n rating(s) of %1 into assessment %2 \"%3\".", nullptr, ratings->ratings)
                     .arg(ratings->participantName, QString::number(ratings->assessmentId), ratings->assessmentTitle)
              << '\n';
        if (ratings->participantAdded)
            m_out << tr("%1 was added to the assessment's participants.").arg(ratings->participantName) << '\n';
        m_out.flush();
        return Success;
    }
    AssessmentExchange exchange(*call.db, *call.catalogue);
    const auto outcome = exchange.importFile(call.args.first());
    if (!outcome)
        return failure(outcome.error());
    m_out << tr("Imported assessment %1 into team %2%3.")
                 .arg(outcome->assessmentId)
                 .arg(outcome->teamId)
                 .arg(outcome->teamCreated ? tr(" (new team)") : QString())
          << '\n';
    if (outcome->profileId != 0)
        m_out << tr("Target profile \"%1\" is available as id %2.")
                     .arg(outcome->profileName, QString::number(outcome->profileId))
              << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::runExport(const Invocation &call)
{
    const QCommandLineParser &parser = call.parser;
    const Options &o = call.options;
    const Result<Assessment> assessment = AssessmentRepository(*call.db).find(call.id);
    if (!assessment)
        return failure(assessment.error());
    std::optional<qint64> profileId;
    if (parser.isSet(o.profile)) {
        const Result<QList<TargetProfile>> profiles = ProfileRepository(*call.db).forTeam(assessment->teamId);
        if (!profiles)
            return failure(profiles.error());
        for (const TargetProfile &p : profiles.value()) {
            if (p.name == parser.value(o.profile))
                profileId = p.id;
        }
        if (!profileId)
            return failure(tr("The team has no target profile named \"%1\".").arg(parser.value(o.profile)));
    }
    AssessmentExchange exchange(*call.db, *call.catalogue);
    const Status written = exchange.exportFile(call.id, parser.value(o.out),
        parser.value(o.format) == u"json"_s ? AssessmentExchange::Format::Json : AssessmentExchange::Format::Csv,
        profileId, call.language);
    if (!written)
        return failure(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(o.out))) << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::runRatings(const Invocation &call)
{
    const QString path = call.parser.value(call.options.out);
    const Status written = RatingsExchange(*call.db, *call.catalogue)
                               .exportFile(call.id, call.parser.value(call.options.participant), path, call.language);
    if (!written)
        return failure(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::runSummary(const Invocation &call)
{
    return CommandOutput(m_out, m_err)
        .summary(*call.db, *call.catalogue, call.id, call.parser.value(call.options.profile),
            call.parser.isSet(call.options.json), call.language);
}

int CommandLineTool::runReport(const Invocation &call)
{
    const QCommandLineParser &parser = call.parser;
    const Options &o = call.options;
    Result<ReportData> data
        = ReportData::collect(*call.db, *call.catalogue, call.id, parser.value(o.profile), call.language);
    if (!data)
        return failure(data.error());
    data.value().tlp = ReportData::tlpFromKey(parser.value(o.tlp));
    data.value().namedRatings = parser.isSet(o.names);
    data.value().pageSize
        = parser.value(o.page).toLower() == u"letter"_s ? ReportData::PageSize::Letter : ReportData::PageSize::A4;
    const auto format = ReportWriter::formatFor(parser.value(o.out));
    if (const Status written = ReportWriter::write(data.value(), parser.value(o.out), *format); !written)
        return failure(written.error());
    m_out << tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(o.out))) << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::runAdmin(const Invocation &call)
{
    const QString what = call.args.first();
    if (what == u"init"_s) {
        if (const Status done = ServerAccess::init(*call.db); !done)
            return failure(done.error());
        m_out << tr("Access per team is set up in %1. Give each person's role access with \"admin grant\".")
                     .arg(call.db->path())
              << '\n';
        return Success;
    }
    if (what == u"grant"_s) {
        const ServerAccess::Grant grant{
            call.args.at(1), call.args.at(2), *ServerAccess::levelFromKey(call.parser.value(call.options.as))};
        const Result<bool> made = ServerAccess::grant(*call.db, grant);
        if (!made)
            return failure(made.error());
        if (made.value())
            m_out << tr("Created the team \"%1\".").arg(grant.team) << '\n';
        m_out << tr("%1 is now %2 of the team \"%3\".").arg(grant.role, ServerAccess::key(grant.level), grant.team)
              << '\n';
        return Success;
    }
    if (what == u"revoke"_s) {
        if (const Status done = ServerAccess::revoke(*call.db, call.args.at(1), call.args.at(2)); !done)
            return failure(done.error());
        m_out << tr("%1 has no access to the team \"%2\" any more.").arg(call.args.at(2), call.args.at(1)) << '\n';
        return Success;
    }
    const Result<QList<ServerAccess::Grant>> grants = ServerAccess::grants(*call.db);
    if (!grants)
        return failure(grants.error());
    for (const ServerAccess::Grant &g : grants.value())
        m_out << u"%1\t%2\t%3"_s.arg(g.team, g.role, ServerAccess::key(g.level)) << '\n';
    if (grants->isEmpty())
        m_out << tr("Nobody has been given access yet.") << '\n';
    return Success;
}

int CommandLineTool::runCopy(const Invocation &call)
{
    const QString fromPath = call.parser.value(call.options.from);
    const QString toPath = call.parser.value(call.options.to);
    if (!PostgresTarget::looksLikeServer(fromPath) && !QFileInfo::exists(fromPath))
        return failure(tr("\"%1\" does not exist; name the database to copy from.").arg(fromPath));
    Result<std::unique_ptr<Database>> from = Database::open(fromPath);
    if (!from)
        return failure(from.error());
    const bool newFile = !PostgresTarget::looksLikeServer(toPath) && !QFileInfo::exists(toPath);
    Result<std::unique_ptr<Database>> to = Database::open(toPath);
    if (!to)
        return failure(to.error());
    const Result<DatabaseCopy::Counts> copied = DatabaseCopy::copy(*from.value(), *to.value());
    if (!copied) {
        // A file made for the copy goes again; nothing was written into anything else.
        if (newFile) {
            const QString made = to.value()->path();
            to.value().reset();
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(made + suffix);
        }
        return failure(copied.error());
    }
    m_out << tr("Copied %1 teams, %2 assessments (%3 rows) from %4 to %5.")
                 .arg(copied->teams)
                 .arg(copied->assessments)
                 .arg(copied->rows)
                 .arg(from.value()->path(), to.value()->path())
          << '\n';
    return Success;
}

int CommandLineTool::runDemo(const Invocation &call)
{
    const auto created = DemoData::create(*call.db, call.language);
    if (!created)
        return failure(created.error());
    QStringList ids;
    for (qint64 id : created->assessmentIds)
        ids.append(QString::number(id));
    m_out << tr("Created the demo team (id %1) with assessments %2 and target profile %3 in %4.")
                 .arg(QString::number(created->teamId), ids.join(u", "_s), QString::number(created->profileId),
                     QDir::toNativeSeparators(call.db->path()))
          << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::runCheck(const Invocation &call)
{
    const QString where = QDir::toNativeSeparators(call.db->path());
    if (call.db->isServer()) {
        m_out << tr("%1 is a database server, which guards its own files; there is nothing to check here.").arg(where)
              << '\n';
        return Success;
    }
    if (const Status intact = IntegrityCheck::run(call.db->connection(), call.db->path()); !intact)
        return failure(intact.error());
    m_out << tr("The database %1 is intact.").arg(where) << '\n';
    return Success;
}

int CommandLineTool::runAddModel(const Invocation &call)
{
    const Result<Sim3Model> added = CustomModelRepository(*call.db).addFile(call.args.first());
    if (!added)
        return failure(added.error());
    m_out << tr("Loaded the model \"%1\" with %2 parameters.")
                 .arg(added->id(), QString::number(added->parameters().size()))
          << '\n';
    m_out.flush();
    return Success;
}
