// clientele-cli orders list | show | add | status | pay
#include "commands.h"
#include "orderlookup.h"
#include "orderview.h"
#include "output.h"

#include "common/clock.h"
#include "common/money.h"
#include "common/timeformat.h"
#include "orders/orderjson.h"
#include "orders/orderrepository.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

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

QString statusNames()
{
    QStringList names;
    for (const OrderStatus status : allOrderStatuses())
        names.append(toString(status));
    return names.join(QStringLiteral(", "));
}

CommandSpec listSpec()
{
    return {QStringLiteral("orders list"),
            QStringLiteral("orders list [--status S]... [--from DATE] [--to DATE] [--contact ID] [--limit N] [--json]"),
            Text::tr("List the orders (not those in the trash), newest first. Every match is printed unless\n"
                     "--limit is given. With --json, print an array with every detail of each order."),
            {},
            {{QStringLiteral("status"), QStringLiteral("S"),
              Text::tr("Only orders with this status (repeatable): %1").arg(statusNames()), true},
             {QStringLiteral("from"), QStringLiteral("DATE"),
              Text::tr("Only orders placed on or after this day (2026-05-14)")},
             {QStringLiteral("to"), QStringLiteral("DATE"), Text::tr("Only orders placed on or before this day")},
             {QStringLiteral("contact"), QStringLiteral("ID"), Text::tr("Only orders of this contact")},
             {QStringLiteral("limit"), QStringLiteral("N"), Text::tr("At most N orders")},
             jsonOption(),
             databaseOption()}};
}

CommandSpec showSpec()
{
    return {QStringLiteral("orders show"),
            QStringLiteral("orders show ORDER [--json]"),
            Text::tr("Show every detail of an order and its lines.") + QLatin1Char('\n') + orderArgumentHelp(),
            {{QStringLiteral("ORDER")}},
            {jsonOption(), databaseOption()}};
}

CommandSpec addSpec()
{
    return {
        QStringLiteral("orders add"),
        QStringLiteral("orders add --contact ID [--due DATETIME] --line \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\"... "
                       "[--deposit AMOUNT] [--draft] [--json]"),
        Text::tr("Add an order in the business currency and print it. Amounts are plain numbers with a point\n"
                 "and at most the currency's decimals (12.50); QTY may have up to three decimals (0.5);\n"
                 "TAX_RATE is a percentage (7, 19 or 7.5). Prices are taken with or without tax as the\n"
                 "business settings say. Nothing is stored when any value is wrong."),
        {},
        {{QStringLiteral("contact"), QStringLiteral("ID"), Text::tr("The customer's contact id")},
         {QStringLiteral("due"), QStringLiteral("DATETIME"),
          Text::tr("Pickup or delivery time: 2026-05-14T15:00 (local time) or 2026-05-14T13:00Z")},
         {QStringLiteral("line"), QStringLiteral("LINE"),
          Text::tr("An order line \"DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]\" (repeatable)"), true},
         {QStringLiteral("deposit"), QStringLiteral("AMOUNT"), Text::tr("A deposit paid when ordering")},
         {QStringLiteral("draft"), {}, Text::tr("Save as a draft instead of a confirmed order")},
         jsonOption(),
         databaseOption()}};
}

CommandSpec statusSpec()
{
    return {QStringLiteral("orders status"),
            QStringLiteral("orders status ORDER STATUS [--json]"),
            Text::tr("Move an order to another status: %1. An order moves forward only;\n"
                     "collected, delivered and cancelled are final.")
                    .arg(statusNames())
                + QLatin1Char('\n') + orderArgumentHelp(),
            {{QStringLiteral("ORDER")}, {QStringLiteral("STATUS")}},
            {jsonOption(), databaseOption()}};
}

CommandSpec paySpec()
{
    return {QStringLiteral("orders pay"),
            QStringLiteral("orders pay ORDER AMOUNT [--method cash|card|transfer|other] [--json]"),
            Text::tr("Record a payment in the order's currency and print the order. The amount is a plain\n"
                     "number (12.50) and may not take the paid amount above the total.")
                + QLatin1Char('\n') + orderArgumentHelp(),
            {{QStringLiteral("ORDER")}, {QStringLiteral("AMOUNT")}},
            {{QStringLiteral("method"), QStringLiteral("METHOD"),
              Text::tr("How it was paid: cash, card, transfer or other (the default)")},
             jsonOption(),
             databaseOption()}};
}

QString groupHelp()
{
    return Text::tr("Usage: clientele-cli orders COMMAND [ARGUMENTS]\n"
                    "\n"
                    "Commands:\n"
                    "  list                  List the orders\n"
                    "  show ORDER            Show one order\n"
                    "  add                   Add an order\n"
                    "  status ORDER STATUS   Move an order to another status\n"
                    "  pay ORDER AMOUNT      Record a payment\n"
                    "  pdf ORDER             Save an order slip, quote or invoice as PDF\n"
                    "\n"
                    "Run 'clientele-cli orders COMMAND --help' for the options of a command.\n");
}

/// Prints "FIELD: message" and returns ExitFailure: a value the user gave is wrong.
int fieldError(const QString &field, const QString &message)
{
    printError(field + QStringLiteral(": ") + message);
    return ExitFailure;
}

/// A core validation error, named by the option it came from ("lines[1].quantity" is "--line 2").
int coreError(const Error &error)
{
    static const QRegularExpression lineField(QStringLiteral("^lines\\[(\\d+)\\]"));
    if (const auto match = lineField.match(error.field); match.hasMatch())
        return fieldError(QStringLiteral("--line %1").arg(match.captured(1).toLongLong() + 1), error.message);
    static const QMap<QString, QString> options = {{QStringLiteral("contactId"), QStringLiteral("--contact")},
                                                   {QStringLiteral("deposit"), QStringLiteral("--deposit")},
                                                   {QStringLiteral("due"), QStringLiteral("--due")},
                                                   {QStringLiteral("status"), QStringLiteral("STATUS")},
                                                   {QStringLiteral("paid"), QStringLiteral("AMOUNT")},
                                                   {QStringLiteral("amount"), QStringLiteral("AMOUNT")}};
    if (const auto it = options.constFind(error.field); it != options.constEnd())
        return fieldError(*it, error.message);
    printError(error.message);
    return ExitFailure;
}

/// A day as --from and --to take it: ISO 8601, 2026-05-14.
std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

void printOrder(const Order &order, bool json, const Clock &clock)
{
    if (json)
        printJson(orderToJson(order));
    else
        printOut(describeOrder(order, clock));
}

int listOrders(const GlobalOptions &global, const QStringList &words)
{
    int exitCode = ExitOk;
    const auto parsed = parseCommand(listSpec(), words, exitCode);
    if (!parsed)
        return exitCode;

    OrderListQuery query;
    query.limit = 0; // every match; --limit is the only cap
    for (const QString &name : parsed->values(QStringLiteral("status"))) {
        const auto status = orderStatusFromString(name);
        if (!status)
            return fieldError(QStringLiteral("--status"),
                              Text::tr("unknown status '%1' (one of %2)").arg(name, statusNames()));
        query.statuses.append(*status);
    }
    for (const auto &[option, date] :
         {std::pair {QStringLiteral("from"), &query.from}, std::pair {QStringLiteral("to"), &query.to}}) {
        if (!parsed->isSet(option))
            continue;
        const auto day = parseDay(parsed->value(option));
        if (!day)
            return fieldError(QStringLiteral("--") + option,
                              Text::tr("'%1' is not a date such as 2026-05-14").arg(parsed->value(option)));
        *date = *day;
    }
    if (parsed->isSet(QStringLiteral("contact"))) {
        const auto id = parsePositive(parsed->value(QStringLiteral("contact")));
        if (!id)
            return fieldError(QStringLiteral("--contact"),
                              Text::tr("'%1' is not a contact id (a positive whole number)")
                                  .arg(parsed->value(QStringLiteral("contact"))));
        query.contactId = *id;
    }
    if (parsed->isSet(QStringLiteral("limit"))) {
        const auto limit = parsePositive(parsed->value(QStringLiteral("limit")));
        if (!limit || *limit > std::numeric_limits<int>::max())
            return fieldError(
                QStringLiteral("--limit"),
                Text::tr("'%1' is not a positive whole number").arg(parsed->value(QStringLiteral("limit"))));
        query.limit = int(*limit);
    }

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const OrderRepository repository(database->connection(), database->clock());
    const QList<OrderSummary> orders = repository.list(query);

    if (parsed->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OrderSummary &summary : orders) {
            const auto order = repository.get(summary.id);
            if (!order) {
                printError(order.errorMessage());
                return ExitFailure;
            }
            array.append(orderToJson(*order));
        }
        printJson(array);
        return ExitOk;
    }
    if (orders.isEmpty()) {
        printOut(Text::tr("No orders found.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const OrderSummary &o : orders)
        rows.append({QString::number(o.id), o.number,
                     database->clock().toLocal(o.orderedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")), o.contactName,
                     displayName(o.status), displayName(o.paymentStatus), formatMoney(o.total)});
    printTable({Text::tr("ID"), Text::tr("Number"), Text::tr("Ordered"), Text::tr("Customer"), Text::tr("Status"),
                Text::tr("Payment"), Text::tr("Total")},
               rows);
    return ExitOk;
}

int showOrder(const GlobalOptions &global, const QStringList &words)
{
    int exitCode = ExitOk;
    const auto parsed = parseCommand(showSpec(), words, exitCode);
    if (!parsed)
        return exitCode;
    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadOnly);
    if (!database)
        return ExitFailure;
    const auto order
        = findOrder(OrderRepository(database->connection(), database->clock()), parsed->arguments().constFirst());
    if (!order) {
        printError(order.errorMessage());
        return ExitFailure;
    }
    printOrder(*order, parsed->isSet(QStringLiteral("json")), database->clock());
    return ExitOk;
}

/// A pickup or delivery time: an ISO 8601 date and time, local unless it gives Z or an offset.
std::optional<QDateTime> parseDue(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (!iso.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(normalized, Qt::ISODate);
    return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
}

/// One --line "DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]"; the error names the line and the part.
Result<OrderLine> parseLine(const QString &text, qsizetype index, const QString &currency)
{
    const QString field = QStringLiteral("--line %1").arg(index + 1);
    auto failure = [&field](const QString &message) {
        return Error {field + QStringLiteral(": ") + message, {}, Error::Kind::Validation};
    };
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() < 3 || parts.size() > 4)
        return failure(Text::tr("\"%1\" is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]").arg(text));
    OrderLine line;
    line.description = parts.at(0).trimmed();
    const auto quantity = parsePlainDecimal(parts.at(1), 3, NumberSign::Positive);
    if (!quantity)
        return failure(Text::tr("quantity %1").arg(quantity.errorMessage()));
    line.quantityMilli = *quantity;
    const auto price = parsePlainAmount(parts.at(2), currency);
    if (!price)
        return failure(Text::tr("unit price %1").arg(price.errorMessage()));
    line.unitPriceMinor = *price;
    if (parts.size() == 4) {
        const auto rate = parsePlainDecimal(parts.at(3), 2);
        if (!rate)
            return failure(Text::tr("tax rate %1").arg(rate.errorMessage()));
        line.taxRateBp = int(qMin<qint64>(*rate, std::numeric_limits<int>::max()));
    }
    return line;
}

int addOrder(const GlobalOptions &global, const QStringList &words)
{
    const CommandSpec spec = addSpec();
    int exitCode = ExitOk;
    const auto parsed = parseCommand(spec, words, exitCode);
    if (!parsed)
        return exitCode;
    if (!parsed->isSet(QStringLiteral("contact")))
        return usageError(Text::tr("an order needs --contact ID"), spec.name);
    if (!parsed->isSet(QStringLiteral("line")))
        return usageError(Text::tr("an order needs at least one --line"), spec.name);
    const QString contactText = parsed->value(QStringLiteral("contact"));
    const auto contactId = parsePositive(contactText);
    if (!contactId)
        return fieldError(QStringLiteral("--contact"),
                          Text::tr("'%1' is not a contact id (a positive whole number)").arg(contactText));

    Order order;
    order.contactId = *contactId;
    order.status = parsed->isSet(QStringLiteral("draft")) ? OrderStatus::Draft : OrderStatus::Confirmed;
    if (parsed->isSet(QStringLiteral("due"))) {
        const auto due = parseDue(parsed->value(QStringLiteral("due")));
        if (!due)
            return fieldError(QStringLiteral("--due"),
                              Text::tr("'%1' is not a date and time such as 2026-05-14T15:00 or 2026-05-14T13:00Z")
                                  .arg(parsed->value(QStringLiteral("due"))));
        order.dueAt = *due;
    }

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    if (order.dueAt.isValid()) {
        // A time without an offset is a time in the business's zone, and so is its pickup day.
        const Clock &clock = database->clock();
        if (order.dueAt.timeSpec() == Qt::LocalTime)
            order.dueAt = clock.atLocal(order.dueAt.date(), order.dueAt.time());
        order.dueAt = order.dueAt.toUTC();
        order.dueDate = clock.localDate(order.dueAt);
    }
    order.currency = BusinessSettings(database->connection()).currency();
    const QStringList lines = parsed->values(QStringLiteral("line"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto line = parseLine(lines.at(i), i, order.currency);
        if (!line) {
            printError(line.errorMessage());
            return ExitFailure;
        }
        order.lines.append(std::move(line).value());
    }
    if (parsed->isSet(QStringLiteral("deposit"))) {
        const auto deposit = parsePlainAmount(parsed->value(QStringLiteral("deposit")), order.currency);
        if (!deposit)
            return fieldError(QStringLiteral("--deposit"), deposit.errorMessage());
        order.depositMinor = *deposit;
    }

    OrderRepository repository(database->connection(), database->clock());
    const auto id = repository.create(order);
    if (!id)
        return coreError(id.error());
    const auto stored = repository.get(*id);
    if (!stored) {
        printError(stored.errorMessage());
        return ExitFailure;
    }
    printOrder(*stored, parsed->isSet(QStringLiteral("json")), database->clock());
    return ExitOk;
}

int setOrderStatus(const GlobalOptions &global, const QStringList &words)
{
    int exitCode = ExitOk;
    const auto parsed = parseCommand(statusSpec(), words, exitCode);
    if (!parsed)
        return exitCode;
    const QString statusText = parsed->arguments().at(1);
    const auto status = orderStatusFromString(statusText);
    if (!status)
        return fieldError(QStringLiteral("STATUS"),
                          Text::tr("unknown status '%1' (one of %2)").arg(statusText, statusNames()));

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    OrderRepository repository(database->connection(), database->clock());
    const auto order = findOrder(repository, parsed->arguments().constFirst());
    if (!order) {
        printError(order.errorMessage());
        return ExitFailure;
    }
    if (auto s = repository.setStatus(order->id, *status); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (!parsed->isSet(QStringLiteral("json"))) {
        printOut(Text::tr("Order %1 is now %2.\n").arg(order->number, displayName(*status).toLower()));
        return ExitOk;
    }
    const auto moved = repository.get(order->id);
    if (!moved) {
        printError(moved.errorMessage());
        return ExitFailure;
    }
    printJson(orderToJson(*moved));
    return ExitOk;
}

int payOrder(const GlobalOptions &global, const QStringList &words)
{
    int exitCode = ExitOk;
    const auto parsed = parseCommand(paySpec(), words, exitCode);
    if (!parsed)
        return exitCode;
    PaymentMethod method = PaymentMethod::Other;
    if (parsed->isSet(QStringLiteral("method"))) {
        const auto chosen = paymentMethodFromString(parsed->value(QStringLiteral("method")));
        if (!chosen)
            return fieldError(QStringLiteral("--method"),
                              Text::tr("unknown payment method '%1' (one of cash, card, transfer, other)")
                                  .arg(parsed->value(QStringLiteral("method"))));
        method = *chosen;
    }

    const auto database = openDatabase(databasePath(global, *parsed), Database::Mode::ReadWrite);
    if (!database)
        return ExitFailure;
    OrderRepository repository(database->connection(), database->clock());
    const auto order = findOrder(repository, parsed->arguments().constFirst());
    if (!order) {
        printError(order.errorMessage());
        return ExitFailure;
    }
    const auto amount = parsePlainAmount(parsed->arguments().at(1), order->currency, NumberSign::Positive);
    if (!amount)
        return fieldError(QStringLiteral("AMOUNT"), amount.errorMessage());
    if (const auto payment = repository.recordPayment(order->id, Money {*amount, order->currency}, {}, method);
        !payment)
        return coreError(payment.error());
    const auto paid = repository.get(order->id);
    if (!paid) {
        printError(paid.errorMessage());
        return ExitFailure;
    }
    printOrder(*paid, parsed->isSet(QStringLiteral("json")), database->clock());
    return ExitOk;
}

} // namespace

int runOrders(const GlobalOptions &global, const QStringList &words)
{
    if (words.isEmpty())
        return usageError(Text::tr("missing orders command (list, show, add, status, pay or pdf)"),
                          QStringLiteral("orders"));
    const QString command = words.constFirst();
    const QStringList rest = words.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        printOut(groupHelp());
        return ExitOk;
    }
    if (command == QLatin1String("list"))
        return listOrders(global, rest);
    if (command == QLatin1String("show"))
        return showOrder(global, rest);
    if (command == QLatin1String("add"))
        return addOrder(global, rest);
    if (command == QLatin1String("status"))
        return setOrderStatus(global, rest);
    if (command == QLatin1String("pay"))
        return payOrder(global, rest);
#ifdef CLIENTELE_HAVE_DOCUMENTS
    if (command == QLatin1String("pdf"))
        return runOrderPdf(global, rest);
#endif
    return usageError(Text::tr("unknown orders command '%1'").arg(command), QStringLiteral("orders"));
}

} // namespace clientele::cli
