// clientele-cli init [--sample bakery]
#include "commands.h"
#include "output.h"

#include "common/clock.h"
#include "contacts/contactrepository.h"
#include "sample/bakerysample.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

CommandSpec initSpec()
{
    return {
        QStringLiteral("init"),
        QStringLiteral("init [--sample bakery]"),
        Text::tr("Create the database, or bring an existing one up to this version's schema.\n"
                 "With --sample bakery, fill a new database with \"Rosie's Bakery\", a sample shop\n"
                 "with customers, orders, deals and follow-ups to explore."),
        {},
        {{QStringLiteral("sample"), QStringLiteral("NAME"), Text::tr("Add sample data; the only sample is 'bakery'")},
         databaseOption()}};
}

} // namespace

int runInit(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = initSpec();
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    const bool withSample = parsed->isSet(QStringLiteral("sample"));
    if (withSample && parsed->value(QStringLiteral("sample")) != QLatin1String("bakery"))
        return usageError(
            Text::tr("unknown sample '%1'; the only sample is 'bakery'").arg(parsed->value(QStringLiteral("sample"))),
            spec.name);

    const QString path = databasePath(global, *parsed);
    const bool existed = QFileInfo::exists(path);
    const auto database = openDatabase(path, Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    const QString shownPath = QDir::toNativeSeparators(database->path());
    printOut((existed ? Text::tr("The database %1 is ready (schema version %2).\n")
                      : Text::tr("Created the database %1 (schema version %2).\n"))
                 .arg(shownPath)
                 .arg(database->schemaVersion()));

    if (withSample) {
        if (auto status = BakerySample::populate(database->connection(), database->clock()); !status) {
            printError(status.errorMessage());
            return ExitFailure;
        }
        ContactListQuery everyone;
        everyone.limit = 0;
        const int contacts = ContactRepository(database->connection(), database->clock()).count(everyone);
        printOut(Text::tr("Added the sample bakery \"Rosie's Bakery\" with %1 contacts.\n").arg(contacts));
    }
    return ExitOk;
}

} // namespace clientele::cli
