// orders and products commands: exact JSON, filters, status moves, payments and refused input.
// Every expected amount is worked out by hand in the test; prices exclude tax (the default) and
// the book's currency is EUR.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {

const QSet<QString> OrderKeys
    = {QStringLiteral("id"),          QStringLiteral("number"),        QStringLiteral("contact_id"),
       QStringLiteral("status"),      QStringLiteral("payment"),       QStringLiteral("ordered_at"),
       QStringLiteral("due_at"),      QStringLiteral("currency"),      QStringLiteral("total"),
       QStringLiteral("total_minor"), QStringLiteral("deposit_minor"), QStringLiteral("paid_minor"),
       QStringLiteral("lines")};

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

/// A fresh book in EUR with prices entered without tax.
void prepareBook(const CliFixture &cli)
{
    const CliResult init = cli.runOnDb({QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    rawExec(cli.db(),
            {QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                            "('business.currency', 'EUR'), ('business.prices_include_tax', '0')")});
}

qint64 addContact(const CliFixture &cli, const QString &first)
{
    const CliResult result
        = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"), first});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed().toLongLong();
}

/// Runs a command that must succeed with --json output and returns the JSON.
QJsonDocument runJson(const CliFixture &cli, const QStringList &arguments)
{
    const CliResult result = cli.runOnDb(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() + "\n" + result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument document = result.json();
    REQUIRE((document.isObject() || document.isArray()));
    return document;
}

QJsonObject addOrder(const CliFixture &cli, qint64 contactId, const QStringList &more)
{
    return runJson(cli,
                   QStringList {QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--contact"),
                                QString::number(contactId), QStringLiteral("--json")}
                       + more)
        .object();
}

/// One number from the file, read on a plain connection.
qint64 scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("cli-test-scalar");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/// What a refused command must leave as it was: rows of every table it could write, and the
/// next order number.
QString snapshot(const CliFixture &cli)
{
    QStringList parts;
    for (const char *sql :
         {"SELECT COUNT(*) FROM orders", "SELECT COUNT(*) FROM order_lines", "SELECT COUNT(*) FROM order_payments",
          "SELECT COUNT(*) FROM products", "SELECT COUNT(*) FROM audit_log",
          "SELECT next_number FROM order_number_sequences WHERE kind = 'order'",
          "SELECT COALESCE(SUM(paid_minor), 0) FROM orders", "SELECT COUNT(*) FROM orders WHERE status = 'ready'"})
        parts.append(QString::number(scalar(cli.db(), QString::fromUtf8(sql))));
    return parts.join(QLatin1Char(','));
}

QList<qint64> idsOf(const QJsonArray &orders)
{
    QList<qint64> ids;
    for (const QJsonValue &order : orders)
        ids.append(order.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

} // namespace

TEST_CASE("orders add computes fractional and taxed lines exactly and prints the order as JSON")
{
    CliFixture cli;
    prepareBook(cli);
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));

    const QJsonObject order = addOrder(cli, anna,
                                       words({"--due", "2026-05-14T13:00:00Z", "--line", "Sourdough;2;4.50;7", "--line",
                                              "Coffee beans;0.5;18.99;19"}));
    INFO(QJsonDocument(order).toJson().toStdString());
    CHECK(keysOf(order) == OrderKeys);
    CHECK(order.value(QStringLiteral("id")).toInteger() == 1);
    CHECK(order.value(QStringLiteral("number")).toString() == QStringLiteral("1001"));
    CHECK(order.value(QStringLiteral("contact_id")).toInteger() == anna);
    CHECK(order.value(QStringLiteral("status")).toString() == QStringLiteral("confirmed"));
    CHECK(order.value(QStringLiteral("payment")).toString() == QStringLiteral("unpaid"));
    CHECK(order.value(QStringLiteral("due_at")).toString() == QStringLiteral("2026-05-14T13:00:00.000Z"));
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"))
              .match(order.value(QStringLiteral("ordered_at")).toString())
              .hasMatch());
    CHECK(order.value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
    // 2 x 4.50 = 9.00, 7 % tax 0.63; 0.5 x 18.99 = 9.495, rounded half away from zero 9.50,
    // 19 % tax 1.805, rounded 1.81. Total 9.00 + 9.50 + 0.63 + 1.81 = 20.94.
    CHECK(order.value(QStringLiteral("total")).toString() == QStringLiteral("20.94"));
    CHECK(order.value(QStringLiteral("total_minor")).toInteger() == 2094);
    CHECK(order.value(QStringLiteral("deposit_minor")).toInteger() == 0);
    CHECK(order.value(QStringLiteral("paid_minor")).toInteger() == 0);

    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    const QJsonObject bread {{QStringLiteral("description"), QStringLiteral("Sourdough")},
                             {QStringLiteral("product_id"), QJsonValue::Null},
                             {QStringLiteral("quantity"), QStringLiteral("2")},
                             {QStringLiteral("unit_price"), QStringLiteral("4.50")},
                             {QStringLiteral("discount"), QStringLiteral("0.00")},
                             {QStringLiteral("tax_rate"), QStringLiteral("7")},
                             {QStringLiteral("total"), QStringLiteral("9.00")}};
    const QJsonObject coffee {{QStringLiteral("description"), QStringLiteral("Coffee beans")},
                              {QStringLiteral("product_id"), QJsonValue::Null},
                              {QStringLiteral("quantity"), QStringLiteral("0.5")},
                              {QStringLiteral("unit_price"), QStringLiteral("18.99")},
                              {QStringLiteral("discount"), QStringLiteral("0.00")},
                              {QStringLiteral("tax_rate"), QStringLiteral("19")},
                              {QStringLiteral("total"), QStringLiteral("9.50")}};
    CHECK(lines.at(0).toObject() == bread);
    CHECK(lines.at(1).toObject() == coffee);

    // A deposit is paid when ordering; a rate like 7.5 and a draft are kept. 3 x 1.99 = 5.97,
    // 7.5 % tax 0.44775, rounded 0.45: 6.42.
    const QJsonObject deposit
        = addOrder(cli, anna, words({"--line", "Rolls;3;1.99;7.5", "--deposit", "2.00", "--draft"}));
    CHECK(deposit.value(QStringLiteral("number")).toString() == QStringLiteral("1002"));
    CHECK(deposit.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(deposit.value(QStringLiteral("due_at")).isNull());
    CHECK(deposit.value(QStringLiteral("total")).toString() == QStringLiteral("6.42"));
    CHECK(deposit.value(QStringLiteral("deposit_minor")).toInteger() == 200);
    CHECK(deposit.value(QStringLiteral("paid_minor")).toInteger() == 200);
    CHECK(deposit.value(QStringLiteral("payment")).toString() == QStringLiteral("partial"));
    CHECK(deposit.value(QStringLiteral("lines")).toArray().at(0).toObject().value(QStringLiteral("tax_rate"))
          == QStringLiteral("7.5"));

    // Without --json the order is described in text.
    const CliResult text = cli.runOnDb(words({"orders", "add", "--contact", "1", "--line", "Scone;1;2.50"}));
    INFO(text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Order 1003\n")));
    CHECK(text.out.contains(QStringLiteral("Scone")));
}

TEST_CASE("orders list filters by status, contact and date, and caps only with --limit")
{
    CliFixture cli;
    prepareBook(cli);
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));
    const qint64 ben = addContact(cli, QStringLiteral("Ben"));
    const qint64 first = addOrder(cli, anna, words({"--line", "Bread;1;4.00"})).value(QStringLiteral("id")).toInteger();
    const qint64 second
        = addOrder(cli, ben, words({"--line", "Cake;1;30.00", "--draft"})).value(QStringLiteral("id")).toInteger();
    const qint64 third = addOrder(cli, anna, words({"--line", "Tart;2;3.00"})).value(QStringLiteral("id")).toInteger();
    // Noon in the zone the test runs in, which is the book's zone (its setting is empty).
    const auto noon = [](int month) {
        return QDateTime(QDate(2026, month, 10), QTime(12, 0), QTimeZone::systemTimeZone())
            .toUTC()
            .toString(Qt::ISODateWithMs);
    };
    rawExec(cli.db(),
            {QStringLiteral("UPDATE orders SET ordered_at = '%1' WHERE id = %2").arg(noon(1)).arg(first),
             QStringLiteral("UPDATE orders SET ordered_at = '%1' WHERE id = %2").arg(noon(2)).arg(second),
             QStringLiteral("UPDATE orders SET ordered_at = '%1' WHERE id = %2").arg(noon(3)).arg(third)});

    auto list = [&](std::initializer_list<const char *> filter) {
        return idsOf(runJson(cli, words({"orders", "list", "--json"}) + words(filter)).array());
    };
    CHECK(list({}) == QList<qint64> {third, second, first});
    CHECK(list({"--status", "draft"}) == QList<qint64> {second});
    CHECK(list({"--status", "draft", "--status", "confirmed"}) == QList<qint64> {third, second, first});
    CHECK(list({"--status", "ready"}).isEmpty());
    CHECK(list({"--contact", "1"}) == QList<qint64> {third, first});
    CHECK(list({"--contact", "2"}) == QList<qint64> {second});
    CHECK(list({"--from", "2026-02-01"}) == QList<qint64> {third, second});
    CHECK(list({"--to", "2026-02-10"}) == QList<qint64> {second, first});
    CHECK(list({"--from", "2026-02-10", "--to", "2026-02-10"}) == QList<qint64> {second});
    CHECK(list({"--limit", "2"}) == QList<qint64> {third, second});
    CHECK(list({"--contact", "1", "--from", "2026-02-01", "--status", "confirmed"}) == QList<qint64> {third});
    for (const QJsonValue &order : runJson(cli, words({"orders", "list", "--json"})).array())
        CHECK(keysOf(order.toObject()) == OrderKeys);

    const CliResult table = cli.runOnDb(words({"orders", "list", "--status", "draft"}));
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("1002")));
    CHECK_FALSE(table.out.contains(QStringLiteral("1001")));

    // More than the repository's default page of 200: all of them, not a silent cap.
    rawExec(cli.db(),
            {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                            "INSERT INTO orders (number, ordered_at, currency, created_at, updated_at) "
                            "SELECT 'X' || i, '2025-06-01T12:00:00.000Z', 'EUR', "
                            "'2025-06-01T12:00:00.000Z', '2025-06-01T12:00:00.000Z' FROM n")});
    CHECK(runJson(cli, words({"orders", "list", "--json"})).array().size() == 253);
    const CliResult all = cli.runOnDb(words({"orders", "list"}));
    CHECK(all.out.count(QLatin1Char('\n')) == 254); // a header and 253 rows
    CHECK(runJson(cli, words({"orders", "list", "--json", "--limit", "240"})).array().size() == 240);

    for (const QStringList &wrong :
         {words({"--status", "shipped"}), words({"--from", "14.05.2026"}), words({"--to", "2026-02-30"}),
          words({"--contact", "anna"}), words({"--limit", "0"}), words({"--limit", "-3"})}) {
        const CliResult refused = cli.runOnDb(words({"orders", "list"}) + wrong);
        INFO(wrong.join(QLatin1Char(' ')).toStdString() + ": " + refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(wrong.constFirst() + QStringLiteral(": ")));
    }
}

TEST_CASE("orders show finds an order by id, then by number, and by #number")
{
    CliFixture cli;
    prepareBook(cli);
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));
    addOrder(cli, anna, words({"--line", "Bread;1;4.00"}));
    addOrder(cli, anna, words({"--line", "Cake;1;30.00"}));

    auto shownId = [&](const char *which) {
        return runJson(cli, words({"orders", "show", "--json", which}))
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    CHECK(shownId("1") == 1);
    CHECK(shownId("2") == 2);
    CHECK(shownId("1002") == 2); // no order has id 1002: it is a number
    CHECK(shownId("#1001") == 1);
    const QJsonObject shown = runJson(cli, words({"orders", "show", "2", "--json"})).object();
    CHECK(keysOf(shown) == OrderKeys);
    CHECK(shown.value(QStringLiteral("total")).toString() == QStringLiteral("30.00"));

    // A number that is also an id: the id wins, '#' asks for the number.
    rawExec(cli.db(), {QStringLiteral("UPDATE orders SET number = '1' WHERE id = 2")});
    CHECK(shownId("1") == 1);
    CHECK(shownId("#1") == 2);

    const CliResult text = cli.runOnDb(words({"orders", "show", "1"}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Order 1001\n")));
    CHECK(text.out.contains(QStringLiteral("Anna")));

    for (const char *missing : {"99", "#1003", "A-7"}) {
        const CliResult notFound = cli.runOnDb(words({"orders", "show", missing}));
        CHECK(notFound.exitCode == 1);
        CHECK(notFound.err.contains(QStringLiteral("No order")));
    }
    CHECK(cli.runOnDb(words({"orders", "show"})).exitCode == 2);
}

TEST_CASE("orders status moves forward and refuses to go back with core's message")
{
    CliFixture cli;
    prepareBook(cli);
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));
    addOrder(cli, anna, words({"--line", "Bread;1;4.00"}));

    const CliResult ready = cli.runOnDb(words({"orders", "status", "1", "ready"}));
    INFO(ready.err.toStdString());
    CHECK(ready.exitCode == 0);
    CHECK(ready.out == QStringLiteral("Order 1001 is now ready.\n"));
    CHECK(runJson(cli, words({"orders", "show", "1", "--json"})).object().value(QStringLiteral("status"))
          == QStringLiteral("ready"));

    const QString before = snapshot(cli);
    const CliResult back = cli.runOnDb(words({"orders", "status", "1", "confirmed"}));
    CHECK(back.exitCode == 1);
    CHECK(back.err.contains(
        QStringLiteral("Order 1001 is ready; an order moves forward only, so it cannot go back to confirmed.")));
    const CliResult unknown = cli.runOnDb(words({"orders", "status", "1", "shipped"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("STATUS: unknown status 'shipped'")));
    const CliResult noOrder = cli.runOnDb(words({"orders", "status", "7", "ready"}));
    CHECK(noOrder.exitCode == 1);
    CHECK(snapshot(cli) == before);
    CHECK(runJson(cli, words({"orders", "show", "1", "--json"})).object().value(QStringLiteral("status"))
          == QStringLiteral("ready"));
    CHECK(cli.runOnDb(words({"orders", "status", "1"})).exitCode == 2);

    // Skipping a step is fine; after a final status nothing follows.
    const QJsonObject collected = runJson(cli, words({"orders", "status", "#1001", "collected", "--json"})).object();
    CHECK(keysOf(collected) == OrderKeys);
    CHECK(collected.value(QStringLiteral("status")) == QStringLiteral("collected"));
    const CliResult afterFinal = cli.runOnDb(words({"orders", "status", "1", "cancelled"}));
    CHECK(afterFinal.exitCode == 1);
    CHECK(afterFinal.err.contains(QStringLiteral("Order 1001 is already collected; it cannot become cancelled.")));
}

TEST_CASE("orders pay moves the payment from unpaid to partial to paid")
{
    CliFixture cli;
    prepareBook(cli);
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));
    // 0.5 x 18.99 = 9.495, rounded 9.50; 19 % tax 1.805, rounded 1.81: 11.31.
    const QJsonObject order = addOrder(cli, anna, words({"--line", "Coffee beans;0.5;18.99;19"}));
    REQUIRE(order.value(QStringLiteral("total")).toString() == QStringLiteral("11.31"));

    const QJsonObject part = runJson(cli, words({"orders", "pay", "1", "5.00", "--method", "card", "--json"})).object();
    CHECK(keysOf(part) == OrderKeys);
    CHECK(part.value(QStringLiteral("payment")).toString() == QStringLiteral("partial"));
    CHECK(part.value(QStringLiteral("paid_minor")).toInteger() == 500);
    CHECK(scalar(cli.db(),
                 QStringLiteral("SELECT COUNT(*) FROM order_payments WHERE method = 'card' "
                                "AND amount_minor = 500"))
          == 1);

    const QString before = snapshot(cli);
    for (const QStringList &wrong :
         {words({"1", "6.32"}), words({"1", "0.005"}), words({"1", "0"}), words({"1", "1,00"}), words({"1", "1e2"}),
          words({"1", "2.00", "--method", "cheque"}), words({"9", "1.00"})}) {
        const CliResult refused = cli.runOnDb(words({"orders", "pay"}) + wrong);
        INFO(wrong.join(QLatin1Char(' ')).toStdString() + ": " + refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(cli.runOnDb(words({"orders", "pay", "1", "0.005"}))
              .err.contains(QStringLiteral("AMOUNT: \"0.005\" has more decimals than EUR allows (2)")));
    CHECK(cli.runOnDb(words({"orders", "pay", "1", "6.32"})).err.contains(QStringLiteral("AMOUNT: ")));
    CHECK(cli.runOnDb(words({"orders", "pay", "1", "2", "--method", "cheque"}))
              .err.contains(QStringLiteral("--method: ")));
    CHECK(snapshot(cli) == before);

    // 11.31 - 5.00 = 6.31 pays the rest.
    const QJsonObject paid = runJson(cli, words({"orders", "pay", "#1001", "6.31", "--json"})).object();
    CHECK(paid.value(QStringLiteral("payment")).toString() == QStringLiteral("paid"));
    CHECK(paid.value(QStringLiteral("paid_minor")).toInteger() == 1131);
    CHECK(scalar(cli.db(), QStringLiteral("SELECT COUNT(*) FROM order_payments WHERE method = 'other'")) == 1);
    CHECK(cli.runOnDb(words({"orders", "pay", "1"})).exitCode == 2);
}

TEST_CASE("orders add refuses bad input, names the field and stores nothing")
{
    CliFixture cli;
    prepareBook(cli);
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));
    addOrder(cli, anna, words({"--line", "Bread;1;4.00"}));
    const QString before = snapshot(cli);

    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases = {
        {words({"--contact", "999", "--line", "Bread;1;4.00"}),
         QStringLiteral("--contact: The chosen customer does not exist (any more).")},
        {words({"--contact", "anna", "--line", "Bread;1;4.00"}),
         QStringLiteral("--contact: 'anna' is not a contact id")},
        {words({"--contact", "1", "--line", "Bread;0;4.00"}),
         QStringLiteral("--line 1: quantity \"0\" must be more than zero")},
        {words({"--contact", "1", "--line", "Bread;-1;4.00"}),
         QStringLiteral("--line 1: quantity \"-1\" must be more than zero")},
        {words({"--contact", "1", "--line", "Bread;0.0005;4.00"}),
         QStringLiteral("--line 1: quantity \"0.0005\" has more decimals than allowed (3)")},
        {words({"--contact", "1", "--line", "Bread;1;4.00", "--line", "Cake;1;12.345"}),
         QStringLiteral("--line 2: unit price \"12.345\" has more decimals than EUR allows (2)")},
        {words({"--contact", "1", "--line", "Cake;1;1,000.00"}),
         QStringLiteral("--line 1: unit price \"1,000.00\" is not a plain number")},
        {words({"--contact", "1", "--line", "Cake;1;1e3"}),
         QStringLiteral("--line 1: unit price \"1e3\" is not a plain number")},
        {words({"--contact", "1", "--line", "Cake;1;-4.00"}),
         QStringLiteral("--line 1: unit price \"-4.00\" cannot be negative")},
        {words({"--contact", "1", "--line", "Bread;1"}),
         QStringLiteral("--line 1: \"Bread;1\" is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]")},
        {words({"--contact", "1", "--line", "Bread;1;4.00;7;extra"}),
         QStringLiteral("--line 1: \"Bread;1;4.00;7;extra\" is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]")},
        {words({"--contact", "1", "--line", "Bread;1;4.00;7.555"}),
         QStringLiteral("--line 1: tax rate \"7.555\" has more decimals than allowed (2)")},
        {words({"--contact", "1", "--line", "Bread;1;4.00;150"}),
         QStringLiteral("--line 1: Line 1: the tax rate must be between 0 and 100 %.")},
        {words({"--contact", "1", "--line", " ;1;4.00"}), QStringLiteral("--line 1: Line 1 needs a description")},
        {words({"--contact", "1", "--line", "Bread;1;4.00", "--deposit", "4.01"}),
         QStringLiteral("--deposit: The deposit (")},
        {words({"--contact", "1", "--line", "Bread;1;4.00", "--deposit", "1.234"}),
         QStringLiteral("--deposit: \"1.234\" has more decimals than EUR allows (2)")},
        {words({"--contact", "1", "--line", "Bread;1;4.00", "--due", "tomorrow"}),
         QStringLiteral("--due: 'tomorrow' is not a date and time")},
        {words({"--contact", "1", "--line", "Bread;1;4.00", "--due", "2026-02-30T10:00"}),
         QStringLiteral("--due: '2026-02-30T10:00' is not a date and time")},
    };
    for (const Case &c : cases) {
        const CliResult refused = cli.runOnDb(words({"orders", "add"}) + c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() + "\n" + refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(c.message));
        CHECK(refused.out.isEmpty());
    }
    CHECK(snapshot(cli) == before);

    // A wrong command line is exit status 2, as for every command.
    for (const QStringList &usage :
         {words({"--line", "Bread;1;4.00"}), words({"--contact", "1"}), words({"--contact", "1", "--line"}),
          words({"--contact", "1", "--colour", "red"})}) {
        const CliResult refused = cli.runOnDb(words({"orders", "add"}) + usage);
        INFO(usage.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode == 2);
    }
    CHECK(cli.runOnDb(words({"orders"})).exitCode == 2);
    CHECK(cli.runOnDb(words({"orders", "ship"})).exitCode == 2);
    CHECK(snapshot(cli) == before);
}

TEST_CASE("products add and list, in JSON and text, refusing bad prices and rates")
{
    CliFixture cli;
    prepareBook(cli);
    const QJsonObject bread = runJson(cli,
                                      words({"products", "add", "--name", "Sourdough", "--price", "4.50", "--tax", "7",
                                             "--unit", "loaf", "--sku", "SD-1", "--category", "Bread", "--json"}))
                                  .object();
    const QJsonObject expected {{QStringLiteral("id"), 1},
                                {QStringLiteral("name"), QStringLiteral("Sourdough")},
                                {QStringLiteral("sku"), QStringLiteral("SD-1")},
                                {QStringLiteral("unit"), QStringLiteral("loaf")},
                                {QStringLiteral("category"), QStringLiteral("Bread")},
                                {QStringLiteral("price"), QStringLiteral("4.50")},
                                {QStringLiteral("price_minor"), 450},
                                {QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("tax_rate"), QStringLiteral("7")},
                                {QStringLiteral("archived"), false}};
    CHECK(bread == expected);

    const CliResult plain = cli.runOnDb(words({"products", "add", "--name", "Cake", "--price", "30"}));
    INFO(plain.err.toStdString());
    CHECK(plain.exitCode == 0);
    CHECK(plain.out == QStringLiteral("2\n"));

    const QJsonArray listed = runJson(cli, words({"products", "list", "--json"})).array();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).toObject().value(QStringLiteral("name")) == QStringLiteral("Cake"));
    CHECK(listed.at(0).toObject().value(QStringLiteral("price")) == QStringLiteral("30.00"));
    CHECK(listed.at(0).toObject().value(QStringLiteral("unit")) == QStringLiteral("pcs"));
    CHECK(listed.at(0).toObject().value(QStringLiteral("tax_rate")) == QStringLiteral("0"));
    CHECK(listed.at(1).toObject() == expected);

    const CliResult table = cli.runOnDb(words({"products", "list"}));
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Sourdough")));
    CHECK(table.out.contains(QStringLiteral("SD-1")));

    rawExec(cli.db(), {QStringLiteral("UPDATE products SET active = 0 WHERE id = 2")});
    CHECK(runJson(cli, words({"products", "list", "--json"})).array().size() == 1);
    const QJsonArray withArchived = runJson(cli, words({"products", "list", "--json", "--archived"})).array();
    REQUIRE(withArchived.size() == 2);
    CHECK(withArchived.at(0).toObject().value(QStringLiteral("archived")) == true);

    const QString before = snapshot(cli);
    const QList<std::pair<QStringList, QString>> wrong = {
        {words({"--name", "Tart", "--price", "4.505"}),
         QStringLiteral("--price: \"4.505\" has more decimals than EUR allows (2)")},
        {words({"--name", "Tart", "--price", "1,50"}), QStringLiteral("--price: \"1,50\" is not a plain number")},
        {words({"--name", "Tart", "--price", "-1"}), QStringLiteral("--price: \"-1\" cannot be negative")},
        {words({"--name", "Tart", "--price", "4", "--tax", "7,5"}),
         QStringLiteral("--tax: \"7,5\" is not a plain number")},
        {words({"--name", "Tart", "--price", "4", "--tax", "101"}), QStringLiteral("--tax: The tax rate of \"Tart\"")},
        {words({"--name", "  ", "--price", "4"}), QStringLiteral("--name: Please enter a name for the product.")},
    };
    for (const auto &[arguments, message] : wrong) {
        const CliResult refused = cli.runOnDb(words({"products", "add"}) + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + "\n" + refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(message));
    }
    CHECK(cli.runOnDb(words({"products", "add", "--price", "4"})).exitCode == 2);
    CHECK(cli.runOnDb(words({"products", "add", "--name", "Tart"})).exitCode == 2);
    CHECK(cli.runOnDb(words({"products", "frobnicate"})).exitCode == 2);
    CHECK(snapshot(cli) == before);
}

TEST_CASE("orders add reads a --due without an offset in the business's time zone")
{
    CliFixture cli;
    prepareBook(cli);
    rawExec(cli.db(),
            {QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                            "('business.time_zone', 'America/Los_Angeles')")});
    const qint64 anna = addContact(cli, QStringLiteral("Anna"));
    // 15:00 on 14 May in Los Angeles (summer time, UTC-7), whatever zone the test runs in.
    const QJsonObject order = addOrder(cli, anna, words({"--due", "2026-05-14T15:00", "--line", "Sourdough;1;4.50"}));
    CHECK(order.value(QStringLiteral("due_at")).toString() == QStringLiteral("2026-05-14T22:00:00.000Z"));
    const CliResult shown = cli.runOnDb({QStringLiteral("orders"), QStringLiteral("show"),
                                         QString::number(order.value(QStringLiteral("id")).toInteger())});
    INFO(shown.out.toStdString());
    CHECK(shown.out.contains(QStringLiteral("2026-05-14 15:00")));
}
