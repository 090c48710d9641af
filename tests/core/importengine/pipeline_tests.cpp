#include "enginetestsupport.h"

#include "contacts/contactrepository.h"
#include "import/importer.h"
#include "import/importpresetrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ImportRequest customersRequest()
{
    ImportRequest request;
    request.path = fixturePath(QStringLiteral("customers.csv"));
    return request;
}

ImportReport run(TempDatabase &database, const ImportRequest &request, const Importer::Progress &progress = {})
{
    const auto report = Importer(database.db(), database.clock()).run(request, progress);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("a csv file is imported with exact counts issues and stored values")
{
    TempDatabase database;
    const ImportReport report = run(database, customersRequest());
    CHECK(report.format == QStringLiteral("csv"));
    CHECK(report.encoding == QStringLiteral("utf-8"));
    CHECK(report.delimiter == QStringLiteral(","));
    CHECK(report.rows == 5);
    CHECK(report.created == 3);
    CHECK(report.updated == 1);
    CHECK(report.skipped == 0);
    CHECK(report.rejected == 1);
    CHECK_FALSE(report.cancelled);
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues.at(0).row == 4);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Merged);
    CHECK(report.issues.at(0).contactId == 1);
    CHECK(report.issues.at(1).row == 6);
    CHECK(report.issues.at(1).outcome == ImportIssue::Outcome::Rejected);
    CHECK(report.mapping.fields
          == QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                          QStringLiteral("phone"), QStringLiteral("city"), QStringLiteral("tags"),
                          QStringLiteral("notes")});

    const auto anna = ContactRepository(database.db(), database.clock()).get(1);
    REQUIRE(anna.ok());
    CHECK(anna->displayName == QStringLiteral("Anna Berg"));
    CHECK(anna->address.city == QStringLiteral("Portland"));
    CHECK(anna->notes == QStringLiteral("Likes rye"));
    CHECK(anna->primaryEmail() == QStringLiteral("anna@example.com"));
    CHECK(anna->primaryPhone() == QStringLiteral("+1 503 555 0100"));
    QStringList tags = anna->tags;
    tags.sort();
    CHECK(tags == QStringList {QStringLiteral("Newsletter"), QStringLiteral("VIP")});
    CHECK(database.scalar(QStringLiteral("SELECT group_concat(display_name, ';') FROM contacts")).toString()
          == QStringLiteral("Anna Berg;Ben Cole;Cleo Dunn"));
    CHECK(
        database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE import_batch_id = %1").arg(report.batchId))
            .toInt()
        == 3);
    CHECK(database
              .scalar(QStringLiteral("SELECT source_file || ' ' || file_format || ' ' || encoding || ' ' || status "
                                     "FROM import_batches"))
              .toString()
          == QStringLiteral("customers.csv csv utf-8 done"));
}

TEST_CASE("the same file imported twice creates nothing new")
{
    TempDatabase database;
    run(database, customersRequest());
    const QString afterFirst = dumpTables(database.db());
    const ImportReport second = run(database, customersRequest());
    CHECK(second.created == 0);
    CHECK(second.skipped == 4);
    CHECK(second.rejected == 1);
    CHECK(dumpTables(database.db()) == afterFirst);
}

TEST_CASE("cancelling through the progress callback leaves the database exactly as before")
{
    TempDatabase database;
    addContact(database, [] {
        Contact c;
        c.firstName = QStringLiteral("Zoë");
        c.emails.append({0, ContactMethod::Kind::Email, {}, QStringLiteral("anna@example.com"), {}, true});
        return c;
    }());
    const QString before = dumpAll(database.db());

    SECTION("at the first row")
    {
        qint64 calls = 0;
        const ImportReport report = run(database, customersRequest(), [&](qint64 rows, double) {
            ++calls;
            CHECK(rows == 1);
            return false;
        });
        CHECK(calls == 1);
        CHECK(report.cancelled);
        CHECK(report.batchId == 0);
    }
    SECTION("after the last row")
    {
        QList<qint64> seen;
        const ImportReport report = run(database, customersRequest(), [&](qint64 rows, double) {
            seen.append(rows);
            return rows < 5;
        });
        CHECK(seen == QList<qint64> {1, 5});
        CHECK(report.cancelled);
    }
    CHECK(dumpAll(database.db()) == before);
}

TEST_CASE("a failure in the middle of an import rolls everything back")
{
    TempDatabase database;
    QSqlQuery trigger(database.db());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TRIGGER fail_third BEFORE INSERT ON contacts "
                                        "WHEN (SELECT COUNT(*) FROM contacts) >= 2 "
                                        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    const QString before = dumpAll(database.db());
    const auto report = Importer(database.db(), database.clock()).run(customersRequest());
    REQUIRE_FALSE(report.ok());
    CHECK(report.errorMessage().contains(QStringLiteral("disk on fire")));
    CHECK(dumpAll(database.db()) == before);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt() == 0);
}

TEST_CASE("a dry run through the pipeline counts like a real run and writes nothing")
{
    TempDatabase database;
    const QString before = dumpAll(database.db());
    ImportRequest request = customersRequest();
    request.dryRun = true;
    const ImportReport dry = run(database, request);
    CHECK(dumpAll(database.db()) == before);
    CHECK(dry.dryRun);
    CHECK(dry.batchId == 0);
    request.dryRun = false;
    const ImportReport real = run(database, request);
    CHECK(dry.created == real.created);
    CHECK(dry.updated == real.updated);
    CHECK(dry.rejected == real.rejected);
    CHECK(dry.rows == real.rows);
    CHECK(dry.issues.size() == real.issues.size());
}

TEST_CASE("column overrides and presets change the mapping")
{
    TempDatabase database;
    SECTION("an override maps a column to a custom field and another to nothing")
    {
        ImportRequest request = customersRequest();
        request.columnOverrides.insert(QStringLiteral("city"), QStringLiteral("custom:Town"));
        request.columnOverrides.insert(QStringLiteral("Notes"), QStringLiteral("ignore"));
        const ImportReport report = run(database, request);
        CHECK(report.mapping.fields.at(4) == QStringLiteral("custom:Town"));
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE city <> ''")).toInt() == 0);
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE notes <> ''")).toInt() == 0);
        CHECK(database
                  .scalar(QStringLiteral("SELECT group_concat(value, ',') FROM "
                                         "(SELECT value FROM custom_field_values ORDER BY entity_id)"))
                  .toString()
              == QStringLiteral("Portland,Seattle,Boise"));
    }
    SECTION("an unknown field id is refused with the list of valid ones")
    {
        ImportRequest request = customersRequest();
        request.columnOverrides.insert(QStringLiteral("City"), QStringLiteral("town"));
        const auto report = Importer(database.db(), database.clock()).run(request);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == Error::Kind::Validation);
        CHECK(report.errorMessage().contains(QStringLiteral("\"town\" is not a field")));
        CHECK(report.errorMessage().contains(QStringLiteral("first_name")));
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt() == 0);
    }
    SECTION("an unknown column is refused with the file's columns")
    {
        ImportRequest request = customersRequest();
        request.columnOverrides.insert(QStringLiteral("Town"), QStringLiteral("city"));
        const auto report = Importer(database.db(), database.clock()).run(request);
        REQUIRE_FALSE(report.ok());
        CHECK(report.errorMessage().contains(QStringLiteral("no column \"Town\"")));
        CHECK(report.errorMessage().contains(QStringLiteral("First Name, Last Name")));
    }
    SECTION("a saved preset is applied and columns it does not know are left alone")
    {
        ImportPresetRepository presets(database.db(), database.clock());
        REQUIRE(presets
                    .save(QStringLiteral("My shop"), ImportEntity::Contacts,
                          {{QStringLiteral("Notes"), QStringLiteral("job_title")},
                           {QStringLiteral("Not in this file"), QStringLiteral("city")}})
                    .ok());
        ImportRequest request = customersRequest();
        request.preset = QStringLiteral("my shop");
        const ImportReport report = run(database, request);
        CHECK(report.mapping.fields.at(6) == QStringLiteral("job_title"));
        CHECK(database.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = 1")).toString()
              == QStringLiteral("Likes rye"));
    }
    SECTION("an unknown preset is refused")
    {
        ImportRequest request = customersRequest();
        request.preset = QStringLiteral("nope");
        const auto report = Importer(database.db(), database.clock()).run(request);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().field == QStringLiteral("preset"));
    }
}

TEST_CASE("a missing file is an error naming it")
{
    TempDatabase database;
    ImportRequest request;
    request.path = database.dir() + QStringLiteral("/missing.csv");
    const auto report = Importer(database.db(), database.clock()).run(request);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errorMessage().contains(QStringLiteral("missing.csv")));
    CHECK(report.error().kind != Error::Kind::Validation);
}

TEST_CASE("the preview shows detected settings and rows as they will be stored without writing")
{
    TempDatabase database;
    const QString before = dumpAll(database.db());
    const auto preview = Importer(database.db(), database.clock()).preview(customersRequest(), 3);
    REQUIRE(preview.ok());
    CHECK(preview->format == QStringLiteral("csv"));
    CHECK(preview->delimiter == QStringLiteral(","));
    CHECK(preview->mapping.headers.size() == 7);
    REQUIRE(preview->rows.size() == 3);
    CHECK(preview->rows.at(0).line == 2);
    REQUIRE(preview->contacts.size() == 3);
    CHECK(preview->contacts.at(1).contact.firstName == QStringLiteral("Ben"));
    CHECK(preview->contacts.at(1).contact.address.city == QStringLiteral("Seattle"));
    CHECK(preview->contacts.at(1).contact.displayName == QStringLiteral("Ben Cole"));
    REQUIRE(preview->contacts.at(0).contact.phones.size() == 1);
    CHECK(preview->contacts.at(0).contact.phones.at(0).normalized == QStringLiteral("+15035550100"));
    CHECK(preview->orders.isEmpty());
    CHECK(dumpAll(database.db()) == before);
}

TEST_CASE("a vcard file is imported card by card with rows at BEGIN lines")
{
    TempDatabase database;
    ImportRequest request;
    request.path = fixturePath(QStringLiteral("contacts.vcf"));
    request.onDuplicate = DuplicatePolicy::Merge;
    const ImportReport report = run(database, request);
    CHECK(report.format == QStringLiteral("vcf"));
    CHECK(report.delimiter.isEmpty());
    CHECK(report.rows == 3);
    CHECK(report.created == 2);
    CHECK(report.updated == 1);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).row == 16);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Merged);
    CHECK(report.issues.at(0).contactId == 1);

    const auto anna = ContactRepository(database.db(), database.clock()).get(1);
    REQUIRE(anna.ok());
    CHECK(anna->birthday.toIso() == QStringLiteral("--05-14"));
    CHECK(anna->tags.size() == 2);
    CHECK(anna->primaryPhone() == QStringLiteral("+1 503 555 0100"));
    const auto ben = ContactRepository(database.db(), database.clock()).get(2);
    REQUIRE(ben.ok());
    CHECK(ben->notes == QStringLiteral("Comes on Fridays, early"));

    ImportRequest orders = request;
    orders.entity = ImportEntity::Orders;
    const auto refused = Importer(database.db(), database.clock()).run(orders);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
}
