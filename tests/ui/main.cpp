// Catch2 main for the GUI tests: a QApplication on the offscreen platform (also when CTest lists
// the tests at build time, where no environment is set), in a private HOME and XDG folders.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testenvironment.h"

#include "common/theme.h"
#include "common/translations.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

namespace {

QtMessageHandler s_defaultHandler = nullptr;

// The offscreen platform has no window manager, so it says so whenever a window would be raised,
// resized within limits or grab the keyboard ("This plugin does not support raise()"). These are
// facts about the test platform, not about Clientele, and they buried real warnings; every other
// message still goes through.
void dropOffscreenPlatformNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support ")))
        return;
    s_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    const TestEnvironment environment;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        s_defaultHandler = qInstallMessageHandler(dropOffscreenPlatformNotices);
    QApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QApplication::setApplicationName(QStringLiteral("clientele-ui-tests"));
    clientele::theme::applyAppearance(app);
    // Dates and amounts in the assertions are written the American way.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    clientele::installTranslations(QLocale());
    return Catch::Session().run(argc, argv);
}
