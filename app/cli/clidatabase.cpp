#include "commands.h"
#include "output.h"

#include "db/databaselocation.h"

#include <QCoreApplication>

namespace clientele::cli {

OptionSpec databaseOption()
{
    return {QStringLiteral("db"), QStringLiteral("PATH"),
            QCoreApplication::translate("ClienteleCli", "The database file (default: $CLIENTELE_DB, else %1)")
                .arg(defaultDatabasePath())};
}

QString databasePath(const GlobalOptions &global, const ParsedArguments &arguments)
{
    const QString own = arguments.value(QStringLiteral("db"));
    return resolveDatabasePath(own.isEmpty() ? global.database : own);
}

std::unique_ptr<Database> openDatabase(const QString &path, Database::Mode mode)
{
    auto opened = Database::open(path, mode, systemClock());
    if (!opened) {
        printError(opened.errorMessage());
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace clientele::cli
