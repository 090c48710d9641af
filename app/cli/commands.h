#pragma once

#include "commandline.h"

#include "db/database.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace clientele::cli {

/// What the command line says before the command: currently only --db.
struct GlobalOptions
{
    QString database; ///< --db PATH; empty: CLIENTELE_DB, then the default location
};

/// The --db option every command accepts after its name, too.
OptionSpec databaseOption();

/// The database file a command works on: its own --db, the global --db, CLIENTELE_DB, or the
/// default location.
QString databasePath(const GlobalOptions &global, const ParsedArguments &arguments);

/// Opens the database, printing the reason (locked, newer than this program, ...) when it
/// cannot; nullptr then, and the command exits with ExitFailure.
std::unique_ptr<Database> openDatabase(const QString &path, Database::Mode mode);

// Each command parses its own arguments (words after the command name) and returns the exit code.
int runInit(const GlobalOptions &global, const QStringList &words);
int runContacts(const GlobalOptions &global, const QStringList &words);
int runSearch(const GlobalOptions &global, const QStringList &words);
int runCheck(const GlobalOptions &global, const QStringList &words);
int runImport(const GlobalOptions &global, const QStringList &words);
int runImports(const GlobalOptions &global, const QStringList &words);
int runUndoImport(const GlobalOptions &global, const QStringList &words);
int runDuplicates(const GlobalOptions &global, const QStringList &words);
int runMerge(const GlobalOptions &global, const QStringList &words);
int runOrders(const GlobalOptions &global, const QStringList &words);
/// orders pdf: an order slip, quote, invoice or credit note as a PDF file (needs Qt Gui).
int runOrderPdf(const GlobalOptions &global, const QStringList &words);
int runProducts(const GlobalOptions &global, const QStringList &words);

} // namespace clientele::cli
