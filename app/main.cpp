#include "cli/CommandLineTool.h"
#include "i18n/LanguageManager.h"
#include "shell/GuiStartup.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
void describeApplication()
{
    // No organisation name: the data folder is then ~/.local/share/sim3-workbench.
    QCoreApplication::setApplicationName(u"sim3-workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIM3_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLineTool::wantsCommandLine(arguments)) {
        // A report paints charts and text, which needs a GUI application, but never a display.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.contains(u"report"_s)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        LanguageManager languages;
        const qsizetype lang = arguments.indexOf(u"--lang"_s);
        languages.setLanguage(lang > 0 && lang + 1 < arguments.size() ? arguments.at(lang + 1) : u"en"_s);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLineTool(out, err).run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"SIM3 Workbench"_s);
    return runGui(app, QCoreApplication::arguments());
}
