#include "enginetestsupport.h"

#include "import/importer.h"
#include "orders/orderrepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ImportReport importOrders(TempDatabase &database)
{
    ImportRequest request;
    request.path = fixturePath(QStringLiteral("orders.csv"));
    request.entity = ImportEntity::Orders;
    const auto report = Importer(database.db(), database.clock()).run(request);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("orders link to existing contacts and create missing customers")
{
    TempDatabase database;
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berg");
    anna.emails.append({0, ContactMethod::Kind::Email, {}, QStringLiteral("ANNA@example.com"), {}, true});
    const qint64 annaId = addContact(database, anna);

    const ImportReport report = importOrders(database);
    CHECK(report.rows == 3);
    CHECK(report.created == 2);
    CHECK(report.skipped == 0);
    CHECK(report.rejected == 0);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Warning);
    CHECK(report.issues.at(0).row == 4);
    const qint64 doraId
        = database.scalar(QStringLiteral("SELECT id FROM contacts WHERE display_name = 'Dora Eck'")).toLongLong();
    REQUIRE(doraId > 0);
    CHECK(report.issues.at(0).contactId == doraId);
    CHECK(database.scalar(QStringLiteral("SELECT import_batch_id FROM contacts WHERE id = %1").arg(doraId)).toLongLong()
          == report.batchId);

    OrderRepository orders(database.db(), database.clock());
    const QList<qint64> first = orders.findByExternalRef(QStringLiteral("1001"));
    REQUIRE(first.size() == 1);
    const auto order = orders.get(first.at(0));
    REQUIRE(order.ok());
    CHECK(order->contactId == annaId);
    CHECK(order->currency == QStringLiteral("USD"));
    REQUIRE(order->lines.size() == 2);
    CHECK(order->lines.at(0).description == QStringLiteral("Rye loaf"));
    CHECK(order->lines.at(0).quantityMilli == 2000);
    CHECK(order->lines.at(0).unitPriceMinor == 450);
    CHECK(order->lines.at(1).description == QStringLiteral("Croissant"));
    CHECK(order->totalMinor == 1500);
    const QList<qint64> second = orders.findByExternalRef(QStringLiteral("1002"));
    REQUIRE(second.size() == 1);
    CHECK(orders.get(second.at(0))->contactId == doraId);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE import_batch_id = %1").arg(report.batchId))
              .toInt()
          == 2);
}

TEST_CASE("the same order file imported twice is skipped as duplicates")
{
    TempDatabase database;
    importOrders(database);
    const QString afterFirst = dumpTables(database.db());
    const ImportReport second = importOrders(database);
    CHECK(second.created == 0);
    CHECK(second.skipped == 2);
    REQUIRE(second.issues.size() == 2);
    CHECK(second.issues.at(0).outcome == ImportIssue::Outcome::Skipped);
    CHECK(second.issues.at(0).row == 2);
    CHECK(second.issues.at(0).message.contains(QStringLiteral("1001")));
    CHECK(second.issues.at(1).row == 4);
    CHECK(dumpTables(database.db()) == afterFirst);
}

TEST_CASE("undo of an orders import removes its orders and the customers it created")
{
    TempDatabase database;
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.emails.append({0, ContactMethod::Kind::Email, {}, QStringLiteral("anna@example.com"), {}, true});
    addContact(database, anna);
    const QString before = dumpTables(database.db());
    const ImportReport report = importOrders(database);
    REQUIRE(Importer::undo(database.db(), database.clock(), report.batchId).ok());
    CHECK(dumpTables(database.db()) == before);
}
