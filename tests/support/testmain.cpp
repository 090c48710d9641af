// Catch2 main for every Clientele test binary: tests need a Qt application object (resources,
// QSqlDatabase, event loop). GUI test binaries define CLIENTELE_TEST_GUI to get a QApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("clientele-tests"));
    return Catch::Session().run(argc, argv);
}
