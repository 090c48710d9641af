// clientele-cli: Clientele's command-line tool. It only reads arguments and prints results;
// everything it does is a call into clientele_core, exactly as the desktop application does.
#include "commands.h"
#include "output.h"

#include "db/databaselocation.h"

#include <QCoreApplication>
#ifdef CLIENTELE_HAVE_DOCUMENTS
#include <QGuiApplication>
#endif

#include <memory>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

QString globalHelp()
{
    return Text::tr("Usage: clientele-cli [--db PATH] COMMAND [ARGUMENTS]\n"
                    "\n"
                    "Work with a Clientele customer database from the command line.\n"
                    "\n"
                    "Commands:\n"
                    "  init [--sample bakery]   Create or update the database, optionally with the sample bakery\n"
                    "  contacts list            List the contacts\n"
                    "  contacts show ID         Show one contact\n"
                    "  contacts add             Add a person\n"
                    "  search QUERY             Search contacts by name, company, email, phone, tag or note\n"
                    "  check                    Check the database for damage\n"
                    "  import FILE              Import contacts or orders (csv, xlsx, ods, vcf) as one batch\n"
                    "  imports                  List past imports\n"
                    "  undo-import BATCH_ID     Revert an import\n"
                    "  duplicates               List contacts that may be the same customer\n"
                    "  merge KEEP_ID OTHER_ID   Merge a contact into another\n"
                    "  orders list              List the orders\n"
                    "  orders show ORDER        Show one order by id or number\n"
                    "  orders add               Add an order\n"
                    "  orders status ORDER S    Move an order to another status\n"
                    "  orders pay ORDER AMOUNT  Record a payment\n"
                    "  orders pdf ORDER         Save an order slip, quote or invoice as PDF\n"
                    "  products list            List the products\n"
                    "  products add             Add a product\n"
                    "\n"
                    "Options:\n"
                    "  --db PATH      The database file; without it $CLIENTELE_DB, else\n"
                    "                 %1\n"
                    "  -h, --help     Show this help\n"
                    "  --version      Show the version\n"
                    "\n"
                    "Run 'clientele-cli COMMAND --help' for the options of a command.\n"
                    "Exit status: 0 on success, 1 when the operation failed, 2 for a wrong command line.\n")
        .arg(defaultDatabasePath());
}

int run(const QStringList &words)
{
    GlobalOptions global;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("-h") || word == QLatin1String("--help")) {
            printOut(globalHelp());
            return ExitOk;
        }
        if (word == QLatin1String("--version")) {
            printOut(QStringLiteral("clientele-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        if (word == QLatin1String("--db")) {
            if (i + 1 >= words.size())
                return usageError(Text::tr("option '--db' needs a value (PATH)"));
            global.database = words.at(++i);
            continue;
        }
        if (word.startsWith(QLatin1String("--db="))) {
            global.database = word.mid(5);
            continue;
        }
        if (word.startsWith(QLatin1Char('-')))
            return usageError(Text::tr("unknown option '%1'").arg(word));
        break;
    }
    if (i >= words.size())
        return usageError(Text::tr("no command given"));

    const QString command = words.at(i);
    const QStringList rest = words.mid(i + 1);
    if (command == QLatin1String("init"))
        return runInit(global, rest);
    if (command == QLatin1String("contacts"))
        return runContacts(global, rest);
    if (command == QLatin1String("search"))
        return runSearch(global, rest);
    if (command == QLatin1String("check"))
        return runCheck(global, rest);
    if (command == QLatin1String("import"))
        return runImport(global, rest);
    if (command == QLatin1String("imports"))
        return runImports(global, rest);
    if (command == QLatin1String("undo-import"))
        return runUndoImport(global, rest);
    if (command == QLatin1String("duplicates"))
        return runDuplicates(global, rest);
    if (command == QLatin1String("merge"))
        return runMerge(global, rest);
    if (command == QLatin1String("orders"))
        return runOrders(global, rest);
    if (command == QLatin1String("products"))
        return runProducts(global, rest);
    if (command == QLatin1String("help")) {
        printOut(globalHelp());
        return ExitOk;
    }
    return usageError(Text::tr("unknown command '%1'").arg(command));
}

} // namespace

/// Whether the command line runs `orders pdf`, which lays out text and so needs a
/// QGuiApplication (fonts); every other command stays a plain QCoreApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "orders") == 0)
            return qstrcmp(argv[i + 1], "pdf") == 0;
    }
    return false;
}

} // namespace clientele::cli

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
#ifdef CLIENTELE_HAVE_DOCUMENTS
    if (clientele::cli::needsGui(argc, argv)) {
        // A PDF needs fonts but no screen: the offscreen platform works without a display (over
        // SSH, in cron, in CI), so it is the default unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    return clientele::cli::run(QCoreApplication::arguments().mid(1));
}
