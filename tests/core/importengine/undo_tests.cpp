#include "enginetestsupport.h"

#include "contacts/contactrepository.h"
#include "import/importbatchrepository.h"
#include "import/importer.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ImportReport runFile(TempDatabase &database, const QString &file, DuplicatePolicy policy,
                     ImportEntity entity = ImportEntity::Contacts)
{
    ImportRequest request;
    request.path = fixturePath(file);
    request.entity = entity;
    request.onDuplicate = policy;
    const auto report = Importer(database.db(), database.clock()).run(request);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

/// Anna and Ben as they were before the import: with values the import overwrites.
void addExisting(TempDatabase &database)
{
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Bergström");
    anna.jobTitle = QStringLiteral("Owner");
    anna.notes = QStringLiteral("Prefers spelt");
    anna.address.city = QStringLiteral("Malmö");
    anna.address.street = QStringLiteral("Storgatan 1");
    anna.consent.emailMarketing = false;
    anna.consent.date = QDate(2025, 1, 2);
    anna.consent.source = QStringLiteral("shop counter");
    anna.emails.append(
        {0, ContactMethod::Kind::Email, QStringLiteral("work"), QStringLiteral("Anna@Example.com"), {}, true});
    anna.emails.append(
        {0, ContactMethod::Kind::Email, QStringLiteral("home"), QStringLiteral("anna.b@home.example"), {}, false});
    anna.tags = {QStringLiteral("Regular")};
    anna.custom.insert(QStringLiteral("Allergies"), QStringLiteral("gluten"));
    addContact(database, anna);

    database.clock().advanceSecs(60);
    Contact ben;
    ben.firstName = QStringLiteral("Ben");
    ben.lastName = QStringLiteral("Cole");
    ben.phones.append(
        {0, ContactMethod::Kind::Phone, QStringLiteral("mobile"), QStringLiteral("+1 503 555 0101"), {}, true});
    addContact(database, ben);
    database.clock().advanceSecs(3600);
}

} // namespace

TEST_CASE("undo restores overwritten contacts exactly and removes created ones")
{
    TempDatabase database;
    addExisting(database);
    const QString before = dumpTables(database.db());

    const ImportReport report = runFile(database, QStringLiteral("customers.csv"), DuplicatePolicy::Overwrite);
    CHECK(report.created == 1);
    CHECK(report.updated == 3);
    REQUIRE(dumpTables(database.db()) != before);
    CHECK(database.scalar(QStringLiteral("SELECT city FROM contacts WHERE id = 1")).toString()
          == QStringLiteral("Portland"));

    const auto undone = Importer::undo(database.db(), database.clock(), report.batchId);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());
    CHECK(dumpTables(database.db()) == before);
    CHECK(database.scalar(QStringLiteral("SELECT status FROM import_batches")).toString() == QStringLiteral("undone"));
    CHECK(
        database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import_batch' AND action = 'undo'"))
            .toInt()
        == 1);
    // The search index follows the restored rows.
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_fts WHERE contact_fts MATCH 'cleo'")).toInt()
          == 0);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_fts WHERE contact_fts MATCH 'spelt'")).toInt()
          == 1);
}

TEST_CASE("undo of a merge import restores the filled fields")
{
    TempDatabase database;
    addExisting(database);
    const QString before = dumpTables(database.db());
    const ImportReport report = runFile(database, QStringLiteral("customers.csv"), DuplicatePolicy::Merge);
    CHECK(report.updated >= 1);
    REQUIRE(Importer::undo(database.db(), database.clock(), report.batchId).ok());
    CHECK(dumpTables(database.db()) == before);
}

TEST_CASE("undoing twice or an unknown batch is refused")
{
    TempDatabase database;
    const ImportReport report = runFile(database, QStringLiteral("customers.csv"), DuplicatePolicy::Skip);
    REQUIRE(Importer::undo(database.db(), database.clock(), report.batchId).ok());
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 0);

    const auto again = Importer::undo(database.db(), database.clock(), report.batchId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(again.errorMessage().contains(QStringLiteral("already undone")));

    const auto unknown = Importer::undo(database.db(), database.clock(), 999);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::NotFound);
    CHECK(unknown.errorMessage().contains(QStringLiteral("999")));
}

TEST_CASE("undo of an earlier batch keeps later batches and other contacts")
{
    TempDatabase database;
    const ImportReport contacts = runFile(database, QStringLiteral("customers.csv"), DuplicatePolicy::Skip);
    const qint64 manual = addContact(database, [] {
        Contact c;
        c.firstName = QStringLiteral("Manual");
        return c;
    }());
    const ImportReport orders
        = runFile(database, QStringLiteral("orders.csv"), DuplicatePolicy::Skip, ImportEntity::Orders);
    REQUIRE(Importer::undo(database.db(), database.clock(), orders.batchId).ok());
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt() == 0);
    // The three contacts of the first batch and the manual one remain; Dora (created for an order) is gone.
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 4);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = %1").arg(manual)).toInt() == 1);
    CHECK(database
              .scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE import_batch_id = %1").arg(contacts.batchId))
              .toInt()
          == 3);
}

TEST_CASE("the import history lists batches with counts and status")
{
    TempDatabase database;
    const ImportReport first = runFile(database, QStringLiteral("customers.csv"), DuplicatePolicy::Skip);
    database.clock().advanceSecs(60);
    const ImportReport second = runFile(database, QStringLiteral("customers.csv"), DuplicatePolicy::Skip);
    REQUIRE(Importer::undo(database.db(), database.clock(), first.batchId).ok());

    const QList<ImportBatch> batches = ImportBatchRepository(database.db()).list();
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(0).id == second.batchId);
    CHECK(batches.at(0).status == ImportBatch::Status::Done);
    CHECK(batches.at(0).canUndo());
    CHECK(batches.at(0).skipped == 4);
    CHECK(batches.at(0).created == 0);
    CHECK(batches.at(0).rowsRead == 5);
    CHECK(batches.at(1).id == first.batchId);
    CHECK(batches.at(1).status == ImportBatch::Status::Undone);
    CHECK_FALSE(batches.at(1).canUndo());
    CHECK(batches.at(1).created == 3);
    CHECK(batches.at(1).updated == 1);
    CHECK(batches.at(1).rejected == 1);
    CHECK(batches.at(1).sourceFile == QStringLiteral("customers.csv"));
    CHECK(batches.at(1).format == QStringLiteral("csv"));
    CHECK(batches.at(1).startedAt == QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::systemTimeZone()));
    CHECK(batches.at(1).undoneAt == QDateTime(QDate(2026, 3, 15), QTime(10, 1), QTimeZone::systemTimeZone()));
    CHECK(batches.at(1).options.value(QStringLiteral("on_duplicate")).toString() == QStringLiteral("skip"));
    CHECK(batches.at(1).options.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("Email")).toString()
          == QStringLiteral("email"));

    const auto missing = ImportBatchRepository(database.db()).get(42);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
}
