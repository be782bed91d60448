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
        const QString language = CommandLineTool::requestedLanguage(arguments);
        languages.setLanguage(language.isEmpty() ? u"en"_s : language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int status = CommandLineTool(out, err).run(QCoreApplication::arguments());
        // Output that could not be written (a full disk, a closed pipe) is a failure, not success.
        out.flush();
        if (out.status() != QTextStream::Ok) {
            err << QCoreApplication::translate("main", "sim3-workbench: the output could not be written.") << '\n';
            return 1;
        }
        return status;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"SIM3 Workbench"_s);
    // The installed desktop entry (and on Wayland the app id); the icon is set by runGui.
    QGuiApplication::setDesktopFileName(u"io.github.sim3workbench.Sim3Workbench"_s);
    return runGui(QCoreApplication::arguments());
}
