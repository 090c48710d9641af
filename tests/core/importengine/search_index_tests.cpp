#include "enginetestsupport.h"

#include "contacts/contactrepository.h"
#include "import/importer.h"
#include "search/contactsearch.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace clientele;

// An import suspends the full-text triggers for its transaction and indexes what it wrote in one
// statement (search/bulkindexing.h). These tests hold that shortcut to the triggers' results.

namespace {

int indexTriggers(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                      "AND sql LIKE '%contact_fts%'")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QList<ContactRecord> mixedRecords()
{
    ContactRecord ana = person(2, QStringLiteral("Ana María"), QStringLiteral("López"),
                               QStringLiteral("ana@example.com"), QStringLiteral("(503) 555-0123"));
    ana.contact.emails.append(
        {0, ContactMethod::Kind::Email, QStringLiteral("work"), QStringLiteral("ana@lopez-bakery.example"), {}, false});
    ana.contact.tags = {QStringLiteral("VIP"), QStringLiteral("Wholesale")};
    ana.contact.notes = QStringLiteral("Gluten free, collects on Fridays");
    ana.companyName = QStringLiteral("López Bakery");
    ContactRecord zoe
        = person(3, QStringLiteral("Zoë"), QStringLiteral("Müller"), {}, QStringLiteral("+49 30 1234567"));
    zoe.contact.displayName = QStringLiteral("Zoë");
    zoe.contact.tags = {QStringLiteral("vip")};
    ContactRecord lee = person(4, QStringLiteral("Lee"), QStringLiteral("Chen"), QStringLiteral("lee@example.com"));
    lee.companyName = QStringLiteral("López Bakery");
    // The same person as the existing Bob: merged, so his index row must change too.
    ContactRecord bob = person(5, QStringLiteral("Bob"), QStringLiteral("Stone"), QStringLiteral("BOB@example.com"),
                               QStringLiteral("+1 503 555 0199"));
    bob.contact.tags = {QStringLiteral("Regular")};
    bob.contact.notes = QStringLiteral("Sourdough every week");
    return {ana, zoe, lee, bob};
}

Contact existingBob()
{
    Contact bob;
    bob.firstName = QStringLiteral("Bob");
    bob.lastName = QStringLiteral("Stone");
    bob.emails.append({0, ContactMethod::Kind::Email, {}, QStringLiteral("bob@example.com"), {}, true});
    return bob;
}

} // namespace

TEST_CASE("an import indexes new and merged contacts exactly as the triggers would")
{
    TempDatabase imported;
    addContact(imported, existingBob());
    const ImportReport report = importRecords(imported, mixedRecords(), DuplicatePolicy::Merge);
    REQUIRE(report.created == 3); // the company card for "López Bakery" comes on top
    REQUIRE(report.updated == 1);

    // The same contacts written one by one through the repository, so the triggers index them.
    TempDatabase byHand;
    copyThroughRepository(imported, byHand);
    const QString rows = indexRows(imported.db());
    CHECK(rows.contains(QStringLiteral("Sourdough every week")));
    CHECK(rows.contains(QStringLiteral("López Bakery")));
    CHECK(rows == indexRows(byHand.db()));
    const QString keys = listKeys(imported.db());
    CHECK(keys.contains(QStringLiteral("VIP, Wholesale")));
    CHECK(keys.contains(QStringLiteral("(503) 555-0123")));
    CHECK(keys == listKeys(byHand.db()));
}

TEST_CASE("an orders import brings its customers' last order and lifetime value up to date")
{
    TempDatabase database;
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berg");
    anna.emails.append({0, ContactMethod::Kind::Email, {}, QStringLiteral("anna@example.com"), {}, true});
    const qint64 annaId = addContact(database, anna);
    ImportRequest request;
    request.path = fixturePath(QStringLiteral("orders.csv"));
    request.entity = ImportEntity::Orders;
    const auto report = Importer(database.db(), database.clock()).run(request);
    REQUIRE(report.ok());
    REQUIRE(report->created == 2);

    const QString imported = listKeys(database.db());
    CHECK(database.scalar(QStringLiteral("SELECT lifetime_minor FROM contacts WHERE id = %1").arg(annaId)).toInt()
          == 1500);
    // Touching every order makes the triggers compute the keys again: they must agree.
    QSqlQuery touch(database.db());
    REQUIRE(touch.exec(QStringLiteral("UPDATE orders SET total_minor = total_minor")));
    CHECK(listKeys(database.db()) == imported);
}

TEST_CASE("after an import the index triggers are back and keep search in step")
{
    TempDatabase database;
    const int triggers = indexTriggers(database.db());
    REQUIRE(triggers > 0);
    importRecords(database, mixedRecords());
    CHECK(indexTriggers(database.db()) == triggers);

    ContactRepository contacts(database.db(), database.clock());
    auto zoe = contacts.get(2);
    REQUIRE(zoe.ok());
    zoe->notes = QStringLiteral("Wants a marzipan rabbit");
    REQUIRE(contacts.update(*zoe).ok());
    const auto hits = ContactSearch(database.db()).search(QStringLiteral("marzipan"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().contactId == 2);
    const auto byAccent = ContactSearch(database.db()).search(QStringLiteral("muller"));
    REQUIRE(byAccent.ok());
    CHECK(byAccent->size() == 1);
}

TEST_CASE("a dry run or a cancelled import leaves the index and its triggers untouched")
{
    TempDatabase database;
    addContact(database, existingBob());
    const int triggers = indexTriggers(database.db());
    const QString before = indexRows(database.db());

    importRecords(database, mixedRecords(), DuplicatePolicy::Overwrite, MatchKey::EmailThenPhone, true);
    CHECK(indexTriggers(database.db()) == triggers);
    CHECK(indexRows(database.db()) == before);

    {
        ImportReport report;
        ImportWriter writer(database.db(), database.clock(), {}, report);
        REQUIRE(writer.begin().ok());
        for (const ContactRecord &record : mixedRecords())
            REQUIRE(writer.addContact(record).ok());
        writer.cancel();
    }
    CHECK(indexTriggers(database.db()) == triggers);
    CHECK(indexRows(database.db()) == before);
    // A new contact after all that is indexed by the triggers again.
    addContact(database, mixedRecords().at(1).contact);
    const auto hits = ContactSearch(database.db()).search(QStringLiteral("zoe"));
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
}

TEST_CASE("undoing an import puts the index and the list keys back exactly")
{
    TempDatabase database;
    addContact(database, existingBob());
    const QString indexBefore = indexRows(database.db());
    const QString keysBefore = listKeys(database.db());
    const int triggers = indexTriggers(database.db());

    const ImportReport report = importRecords(database, mixedRecords(), DuplicatePolicy::Overwrite);
    REQUIRE(report.updated == 1);
    REQUIRE(indexRows(database.db()) != indexBefore);
    const auto undone = Importer::undo(database.db(), database.clock(), report.batchId);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());

    CHECK(indexTriggers(database.db()) == triggers);
    CHECK(indexRows(database.db()) == indexBefore);
    CHECK(listKeys(database.db()) == keysBefore);
}

TEST_CASE("undoing an orders import gives earlier customers their old lifetime value")
{
    TempDatabase database;
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berg");
    anna.emails.append({0, ContactMethod::Kind::Email, {}, QStringLiteral("anna@example.com"), {}, true});
    const qint64 annaId = addContact(database, anna);
    const QString keysBefore = listKeys(database.db());
    ImportRequest request;
    request.path = fixturePath(QStringLiteral("orders.csv"));
    request.entity = ImportEntity::Orders;
    const auto report = Importer(database.db(), database.clock()).run(request);
    REQUIRE(report.ok());
    REQUIRE(database.scalar(QStringLiteral("SELECT lifetime_minor FROM contacts WHERE id = %1").arg(annaId)).toInt()
            == 1500);
    REQUIRE(Importer::undo(database.db(), database.clock(), report->batchId).ok());
    CHECK(listKeys(database.db()) == keysBefore);
}
