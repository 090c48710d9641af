// Catch2 main for the GUI tests: a QApplication on the offscreen platform (also when CTest lists
// the tests at build time, where no environment is set), with settings kept out of the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/theme.h"
#include "common/translations.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QApplication::setApplicationName(QStringLiteral("clientele-ui-tests"));
    clientele::theme::applyAppearance(app);
    // Dates and amounts in the assertions are written the American way.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    clientele::installTranslations(QLocale());
    return Catch::Session().run(argc, argv);
}
