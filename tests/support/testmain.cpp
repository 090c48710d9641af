// Catch2 main for every Clientele test binary: tests need a Qt application object (resources,
// QSqlDatabase, event loop), in a private HOME and XDG folders. The GUI tests have their own main.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testenvironment.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const TestEnvironment environment;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("clientele-tests"));
    return Catch::Session().run(argc, argv);
}
