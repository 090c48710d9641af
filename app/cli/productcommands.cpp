// clientele-cli products list | add
#include "commands.h"
#include "output.h"

#include "common/clock.h"
#include "common/money.h"
#include "products/productjson.h"
#include "products/productrepository.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

OptionSpec jsonOption()
{
    return {QStringLiteral("json"), {}, Text::tr("Print JSON instead of text")};
}

CommandSpec listSpec()
{
    return {QStringLiteral("products list"),
            QStringLiteral("products list [--archived] [--json]"),
            Text::tr("List the products (not those in the trash), sorted by name.\n"
                     "With --json, print an array with every detail of each product."),
            {},
            {{QStringLiteral("archived"), {}, Text::tr("Include archived products")}, jsonOption(), databaseOption()}};
}

CommandSpec addSpec()
{
    return {QStringLiteral("products add"),
            QStringLiteral("products add --name NAME --price PRICE [--tax RATE] [--unit UNIT] [--sku SKU] "
                           "[--category CATEGORY] [--json]"),
            Text::tr("Add a product in the business currency and print its id (with --json, the product).\n"
                     "PRICE is a plain number with at most the currency's decimals (4.50); RATE is a\n"
                     "percentage (7, 19 or 7.5) that order lines of the product take."),
            {},
            {{QStringLiteral("name"), QStringLiteral("NAME"), Text::tr("The product's name")},
             {QStringLiteral("price"), QStringLiteral("PRICE"), Text::tr("The price of one unit")},
             {QStringLiteral("tax"), QStringLiteral("RATE"), Text::tr("The tax rate in percent (default 0)")},
             {QStringLiteral("unit"), QStringLiteral("UNIT"), Text::tr("The unit it is sold in (default pcs)")},
             {QStringLiteral("sku"), QStringLiteral("SKU"), Text::tr("The stock-keeping unit or article number")},
             {QStringLiteral("category"), QStringLiteral("CATEGORY"), Text::tr("A category such as Bread")},
             jsonOption(),
             databaseOption()}};
}

QString groupHelp()
{
    return Text::tr("Usage: clientele-cli products COMMAND [ARGUMENTS]\n"
                    "\n"
                    "Commands:\n"
                    "  list       List the products\n"
                    "  add        Add a product\n"
                    "\n"
                    "Run 'clientele-cli products COMMAND --help' for the options of a command.\n");
}

/// Prints "FIELD: message" and returns ExitFailure: a value the user gave is wrong.
int fieldError(const QString &field, const QString &message)
{
    printError(field + QStringLiteral(": ") + message);
    return ExitFailure;
}

int listProducts(const GlobalOptions &global, const QStringList &words)
{
    int exitCode = ExitOk;
    const auto parsed = parseCommand(listSpec(), words, exitCode);
    if (!parsed)
        return exitCode;
    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const bool archived = parsed->isSet(QStringLiteral("archived"));
    const QList<Product> products = ProductRepository(database->connection(), database->clock()).list(archived);

    if (parsed->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Product &product : products)
            array.append(productToJson(product));
        printJson(array);
        return ExitOk;
    }
    if (products.isEmpty()) {
        printOut(Text::tr("No products yet.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Product &p : products) {
        QStringList row = {QString::number(p.id),
                           p.name,
                           p.sku,
                           p.category,
                           formatMoney(p.price),
                           p.unit,
                           plainDecimal(p.taxRateBp, 2) + QStringLiteral(" %")};
        if (archived)
            row.append(p.active ? QString() : Text::tr("archived"));
        rows.append(row);
    }
    QStringList headers = {Text::tr("ID"),    Text::tr("Name"), Text::tr("SKU"), Text::tr("Category"),
                           Text::tr("Price"), Text::tr("Unit"), Text::tr("Tax")};
    if (archived)
        headers.append(Text::tr("Archived"));
    printTable(headers, rows);
    return ExitOk;
}

int addProduct(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = addSpec();
    int exitCode = ExitOk;
    const auto parsed = parseCommand(spec, words, exitCode);
    if (!parsed)
        return exitCode;
    if (!parsed->isSet(QStringLiteral("name")))
        return usageError(Text::tr("a product needs --name NAME"), spec.name);
    if (!parsed->isSet(QStringLiteral("price")))
        return usageError(Text::tr("a product needs --price PRICE"), spec.name);

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    Product product;
    product.name = parsed->value(QStringLiteral("name"));
    product.sku = parsed->value(QStringLiteral("sku"));
    product.category = parsed->value(QStringLiteral("category"));
    if (parsed->isSet(QStringLiteral("unit")))
        product.unit = parsed->value(QStringLiteral("unit"));
    product.price.currency = BusinessSettings(database->connection()).currency();
    const auto price = parsePlainAmount(parsed->value(QStringLiteral("price")), product.price.currency);
    if (!price)
        return fieldError(QStringLiteral("--price"), price.errorMessage());
    product.price.minor = *price;
    if (parsed->isSet(QStringLiteral("tax"))) {
        const auto rate = parsePlainDecimal(parsed->value(QStringLiteral("tax")), 2);
        if (!rate)
            return fieldError(QStringLiteral("--tax"), rate.errorMessage());
        product.taxRateBp = int(qMin<qint64>(*rate, std::numeric_limits<int>::max()));
    }

    ProductRepository repository(database->connection(), database->clock());
    const auto id = repository.create(product);
    if (!id) {
        static const QMap<QString, QString> options = {{QStringLiteral("name"), QStringLiteral("--name")},
                                                       {QStringLiteral("price"), QStringLiteral("--price")},
                                                       {QStringLiteral("taxRate"), QStringLiteral("--tax")}};
        const Error &error = id.error();
        if (const auto it = options.constFind(error.field); it != options.constEnd())
            return fieldError(*it, error.message);
        printError(error.message);
        return ExitFailure;
    }
    if (!parsed->isSet(QStringLiteral("json"))) {
        printOut(QString::number(*id) + QLatin1Char('\n'));
        return ExitOk;
    }
    const auto stored = repository.get(*id);
    if (!stored) {
        printError(stored.errorMessage());
        return ExitFailure;
    }
    printJson(productToJson(*stored));
    return ExitOk;
}

} // namespace

int runProducts(const GlobalOptions &global, const QStringList &words)
{
    if (words.isEmpty())
        return usageError(Text::tr("missing products command (list or add)"), QStringLiteral("products"));
    const QString command = words.constFirst();
    const QStringList rest = words.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        printOut(groupHelp());
        return ExitOk;
    }
    if (command == QLatin1String("list"))
        return listProducts(global, rest);
    if (command == QLatin1String("add"))
        return addProduct(global, rest);
    return usageError(Text::tr("unknown products command '%1'").arg(command), QStringLiteral("products"));
}

} // namespace clientele::cli
