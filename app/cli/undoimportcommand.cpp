// clientele-cli undo-import BATCH_ID: reverts one import (see `imports` for the ids).
#include "commands.h"
#include "output.h"

#include "common/clock.h"
#include "import/importbatchrepository.h"
#include "import/importer.h"

#include <QCoreApplication>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

} // namespace

int runUndoImport(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec {
        QStringLiteral("undo-import"),
        QStringLiteral("undo-import BATCH_ID"),
        Text::tr("Revert a whole import: delete the contacts and orders it created and put back the\n"
                 "values it overwrote. 'imports' lists the batch ids."),
        {{QStringLiteral("BATCH_ID"), false}},
        {databaseOption()}};
    const auto parsed = parseArguments(spec, words);
    if (!parsed)
        return usageError(parsed.errorMessage(), spec.name);
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        return ExitOk;
    }
    const QString text = parsed->arguments().value(0);
    const auto batchId = parsePositive(text);
    if (!batchId)
        return usageError(Text::tr("BATCH_ID must be a positive whole number, not '%1'").arg(text), spec.name);

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    const auto batch = ImportBatchRepository(database->connection()).get(*batchId);
    if (auto s = Importer::undo(database->connection(), database->clock(), *batchId); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    printOut(Text::tr("Import %1 (%2) undone: what it created is removed and what it changed is restored.\n")
                 .arg(*batchId)
                 .arg(batch ? batch->sourceFile : QString()));
    return ExitOk;
}

} // namespace clientele::cli
