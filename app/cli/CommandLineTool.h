#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;
class ModelCatalogue;
class QTextStream;

// The command line of sim3-workbench: models, list, import, export, ratings, summary, report,
// demo, copy, admin, add-model, check. Runs
// without a display. Exit status 0 on success, 1 on an error, 2 on a usage error.
class CommandLineTool final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CommandLineTool(QTextStream &out, QTextStream &err);

    // Whether `arguments` (argv, program name first) ask for the command line rather than the
    // window: a known command, --help or --version.
    static bool wantsCommandLine(const QStringList &arguments);
    // The value of --lang, in either form the parser accepts ("--lang ja", "--lang=ja"), or an
    // empty string; read before parsing, to load the translation the messages need.
    static QString requestedLanguage(const QStringList &arguments);
    static QStringList commands();
    // Each command's name, synopsis and (untranslated) summary, in --help's order.
    struct CommandHelp
    {
        QString name;
        QString synopsis;
        QString summary;
    };
    static QList<CommandHelp> commandHelp();

    int run(const QStringList &arguments);

private:
    struct Options;
    struct Command;
    // One run of a command; the run functions below are the command table's entries.
    struct Invocation;
    static const QList<Command> &table();
    static const Command *find(const QString &name);
    static QString usageText();

    int runModels(const Invocation &call);
    int runList(const Invocation &call);
    int runImport(const Invocation &call);
    int runExport(const Invocation &call);
    int runRatings(const Invocation &call);
    int runSummary(const Invocation &call);
    int runReport(const Invocation &call);
    int runDemo(const Invocation &call);
    int runAddModel(const Invocation &call);
    int runCheck(const Invocation &call);
    int runCopy(const Invocation &call);
    int runAdmin(const Invocation &call);

    int usageError(const QString &message);
    int failure(const QString &message);
    // A usage error found before the database is opened, or an empty string.
    QString usageProblem(const Command &command, const Invocation &call) const;

    QTextStream &m_out;
    QTextStream &m_err;
};
