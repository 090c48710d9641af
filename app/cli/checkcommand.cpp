// clientele-cli check
#include "commands.h"
#include "output.h"

#include "db/databasecheck.h"

#include <QCoreApplication>
#include <QDir>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

CommandSpec checkSpec()
{
    return {QStringLiteral("check"),
            QStringLiteral("check"),
            Text::tr("Check the database for damage without changing it: SQLite's integrity check, records that\n"
                     "refer to missing ones, the schema version and the search index. Works while Clientele has\n"
                     "the database open."),
            {},
            {databaseOption()}};
}

} // namespace

int runCheck(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = checkSpec();
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    // Read-only: a check must never migrate or lock the file it is asked about.
    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const CheckReport report = checkDatabase(database->connection());
    if (report.ok) {
        printOut(Text::tr("Database OK (schema version %1)\n").arg(report.schemaVersion));
        return ExitOk;
    }
    printError(QCoreApplication::translate("ClienteleCli", "the database %1 has %n problem(s):", nullptr,
                                           static_cast<int>(report.problems.size()))
                   .arg(QDir::toNativeSeparators(database->path())));
    for (const QString &problem : report.problems)
        printErrorText(QStringLiteral("  - ") + problem + QLatin1Char('\n'));
    return ExitFailure;
}

} // namespace clientele::cli
