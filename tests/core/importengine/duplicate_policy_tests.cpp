#include "enginetestsupport.h"

#include "contacts/contactrepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

Contact anna()
{
    Contact contact;
    contact.firstName = QStringLiteral("Anna");
    contact.lastName = QStringLiteral("Berg");
    contact.notes = QStringLiteral("Likes rye");
    contact.emails.append(
        {0, ContactMethod::Kind::Email, QStringLiteral("home"), QStringLiteral("anna@example.com"), {}, true});
    contact.tags = {QStringLiteral("VIP")};
    return contact;
}

/// The file's version of Anna: the same email in other case, a new last name, a phone, a city,
/// a note, a tag and a custom value.
ContactRecord annaFromFile()
{
    ContactRecord record = person(2, QStringLiteral("Anna"), QStringLiteral("Bergmann"),
                                  QStringLiteral("ANNA@Example.com "), QStringLiteral("+1 503 555 0100"));
    record.contact.address.city = QStringLiteral("Portland");
    record.contact.notes = QStringLiteral("Orders on Fridays");
    record.contact.tags = {QStringLiteral("Newsletter"), QStringLiteral("vip")};
    record.contact.custom.insert(QStringLiteral("Allergies"), QStringLiteral("nuts"));
    record.contact.consent.emailMarketing = true;
    record.contact.consent.source = QStringLiteral("import: file.csv");
    return record;
}

Contact stored(TempDatabase &database, qint64 id)
{
    const auto contact = ContactRepository(database.db(), database.clock()).get(id);
    REQUIRE(contact.ok());
    return *contact;
}

QStringList emailValues(const Contact &contact)
{
    QStringList values;
    for (const ContactMethod &method : contact.emails)
        values.append(method.value);
    return values;
}

} // namespace

TEST_CASE("new records are created and remembered by the batch")
{
    TempDatabase database;
    const ImportReport report = importRecords(
        database,
        {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com")),
         person(3, QStringLiteral("Ben"), QStringLiteral("Cole"), {}, QStringLiteral("+1 503 555 0101"))});
    CHECK(report.created == 2);
    CHECK(report.updated == 0);
    CHECK(report.skipped == 0);
    CHECK(report.rejected == 0);
    CHECK(report.issues.isEmpty());
    CHECK(report.batchId > 0);
    CHECK(
        database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE import_batch_id = %1").arg(report.batchId))
            .toInt()
        == 2);
    // Created contacts carry their batch; import_changes only keeps the before-state of changed ones.
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM import_changes")).toInt() == 0);
    CHECK(
        database.scalar(QStringLiteral("SELECT status || ' ' || rows_read || ' ' || created_count FROM import_batches"))
            .toString()
        == QStringLiteral("done 2 2"));
    CHECK(database
              .scalar(
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import_batch' AND action = 'import'"))
              .toInt()
          == 1);
}

TEST_CASE("skip policy leaves the existing contact untouched and reports it")
{
    TempDatabase database;
    const qint64 id = addContact(database, anna());
    const QString before = dumpTables(database.db());
    const ImportReport report = importRecords(database, {annaFromFile()}, DuplicatePolicy::Skip);
    CHECK(report.created == 0);
    CHECK(report.skipped == 1);
    CHECK(report.updated == 0);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Skipped);
    CHECK(report.issues.at(0).contactId == id);
    CHECK(report.issues.at(0).row == 2);
    CHECK(report.issues.at(0).message.contains(QStringLiteral("email")));
    CHECK(dumpTables(database.db()) == before);
}

TEST_CASE("merge policy fills only empty fields and adds missing methods tags and custom values")
{
    TempDatabase database;
    const qint64 id = addContact(database, anna());
    const ImportReport report = importRecords(database, {annaFromFile()}, DuplicatePolicy::Merge);
    CHECK(report.created == 0);
    CHECK(report.updated == 1);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Merged);
    CHECK(report.issues.at(0).contactId == id);

    const Contact contact = stored(database, id);
    CHECK(contact.firstName == QStringLiteral("Anna"));
    CHECK(contact.lastName == QStringLiteral("Berg"));
    CHECK(contact.displayName == QStringLiteral("Anna Berg"));
    CHECK(contact.notes == QStringLiteral("Likes rye"));
    CHECK(contact.address.city == QStringLiteral("Portland"));
    CHECK(emailValues(contact) == QStringList {QStringLiteral("anna@example.com")});
    REQUIRE(contact.phones.size() == 1);
    CHECK(contact.phones.at(0).normalized == QStringLiteral("+15035550100"));
    QStringList tags = contact.tags;
    tags.sort(Qt::CaseInsensitive);
    CHECK(tags == QStringList {QStringLiteral("Newsletter"), QStringLiteral("VIP")});
    CHECK(contact.custom.value(QStringLiteral("Allergies")) == QStringLiteral("nuts"));
    REQUIRE(contact.consent.emailMarketing.has_value());
    CHECK(*contact.consent.emailMarketing);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 1);
    CHECK(database.scalar(QStringLiteral("SELECT action FROM import_changes")).toString() == QStringLiteral("updated"));
}

TEST_CASE("overwrite policy replaces stored values with the file's non-empty ones")
{
    TempDatabase database;
    const qint64 id = addContact(database, anna());
    ContactRecord record = annaFromFile();
    record.contact.jobTitle.clear(); // empty in the file: must not clear anything
    const ImportReport report = importRecords(database, {record}, DuplicatePolicy::Overwrite);
    CHECK(report.updated == 1);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Merged);
    CHECK(report.issues.at(0).message.contains(QStringLiteral("overwritten")));

    const Contact contact = stored(database, id);
    CHECK(contact.firstName == QStringLiteral("Anna"));
    CHECK(contact.lastName == QStringLiteral("Bergmann"));
    CHECK(contact.displayName == QStringLiteral("Anna Bergmann"));
    CHECK(contact.notes == QStringLiteral("Orders on Fridays"));
    CHECK(contact.address.city == QStringLiteral("Portland"));
    CHECK(emailValues(contact) == QStringList {QStringLiteral("anna@example.com")});
    CHECK(contact.phones.size() == 1);
    CHECK(contact.custom.value(QStringLiteral("Allergies")) == QStringLiteral("nuts"));
    CHECK(contact.tags.size() == 2);
}

TEST_CASE("importing the same records twice creates nothing new")
{
    TempDatabase database;
    const QList<ContactRecord> records
        = {annaFromFile(), person(3, QStringLiteral("Ben"), QStringLiteral("Cole"), QStringLiteral("ben@example.com"))};
    const ImportReport first = importRecords(database, records);
    CHECK(first.created == 2);
    const QString afterFirst = dumpTables(database.db());

    const ImportReport skip = importRecords(database, records, DuplicatePolicy::Skip);
    CHECK(skip.created == 0);
    CHECK(skip.skipped == 2);
    const ImportReport merge = importRecords(database, records, DuplicatePolicy::Merge);
    CHECK(merge.created == 0);
    CHECK(merge.updated == 0);
    CHECK(merge.skipped == 2);
    const ImportReport overwrite = importRecords(database, records, DuplicatePolicy::Overwrite);
    CHECK(overwrite.created == 0);
    CHECK(overwrite.updated == 0);
    CHECK(overwrite.skipped == 2);
    CHECK(dumpTables(database.db()) == afterFirst);
}

TEST_CASE("duplicates inside one file collapse into the first contact")
{
    TempDatabase database;
    ContactRecord again = person(4, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("Anna@example.com"),
                                 QStringLiteral("+1 503 555 0100"));
    again.contact.notes = QStringLiteral("second row");
    // Skip applies to contacts that were in the book before; rows of the same file still merge.
    const ImportReport report = importRecords(
        database,
        {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com")),
         person(3, QStringLiteral("Ben"), QStringLiteral("Cole"), QStringLiteral("ben@example.com")), again,
         person(5, QStringLiteral("Anna"), QStringLiteral("B."), {}, QStringLiteral("+15035550100"))},
        DuplicatePolicy::Skip);
    // Row 5 shares Anna's phone under another name ("Anna B."): kept apart and flagged.
    CHECK(report.created == 3);
    CHECK(report.updated == 1);
    CHECK(report.skipped == 0);
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 3);
    REQUIRE(report.issues.size() == 2);
    const qint64 annaId
        = database.scalar(QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Anna' AND last_name = 'Berg'"))
              .toLongLong();
    CHECK(report.issues.at(0).row == 4);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Merged);
    CHECK(report.issues.at(0).contactId == annaId);
    CHECK(report.issues.at(1).row == 5);
    CHECK(report.issues.at(1).outcome == ImportIssue::Outcome::Warning);
    CHECK(report.issues.at(1).contactId == annaId);
    CHECK(report.issues.at(1).message.startsWith(QStringLiteral("Possible duplicate of row 4 (same phone")));

    const Contact contact = stored(database, annaId);
    CHECK(contact.lastName == QStringLiteral("Berg"));
    CHECK(contact.notes == QStringLiteral("second row"));
    CHECK(contact.phones.size() == 1);
    // Merged rows leave no before-snapshot: undo deletes the contact the batch created.
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM import_changes WHERE action = 'updated'")).toInt() == 0);
}

TEST_CASE("the match key decides which records are the same person")
{
    SECTION("email then phone matches by phone when one of the records has no email")
    {
        TempDatabase database;
        const ImportReport report = importRecords(
            database,
            {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"),
                    QStringLiteral("+1 503 555 0100")),
             person(3, QStringLiteral("Anna"), QStringLiteral("Berg"), {}, QStringLiteral("+1 (503) 555-0100")),
             person(4, QStringLiteral("Bo"), QStringLiteral("Berg"), {}, QStringLiteral("+1 503 555 0177")),
             person(5, QStringLiteral("Bo"), QStringLiteral("Berg"), QStringLiteral("bo@x.com"),
                    QStringLiteral("+15035550177"))});
        CHECK(report.created == 2);
        CHECK(report.updated == 1); // Bo's email added to the contact of row 4
        CHECK(report.skipped == 1); // row 3 brings nothing new
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_methods WHERE kind = 'email'")).toInt()
              == 2);
    }
    SECTION("email then phone keeps people apart whose emails differ even when they share a phone")
    {
        TempDatabase database;
        const ImportReport report
            = importRecords(database,
                            {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"),
                                    QStringLiteral("+1 503 555 0100")),
                             person(3, QStringLiteral("Nils"), QStringLiteral("Berg"), QStringLiteral("n@x.com"),
                                    QStringLiteral("+1 503 555 0100")),
                             person(4, QStringLiteral("Berg household"), {}, {}, QStringLiteral("+1 503 555 0100"))});
        // "Berg household" is not Anna's name: a shared number alone does not make them one
        // contact, so it is kept and flagged against the first contact with that number.
        CHECK(report.created == 3);
        REQUIRE(report.issues.size() == 1);
        CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Warning);
        CHECK(report.issues.at(0).contactId == 1);
    }
    SECTION("phone only matches whatever the emails say")
    {
        TempDatabase database;
        const ImportReport report
            = importRecords(database,
                            {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"),
                                    QStringLiteral("+1 503 555 0100")),
                             person(3, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("b@x.com"),
                                    QStringLiteral("+1 503 555 0100"))},
                            DuplicatePolicy::Skip, MatchKey::Phone);
        CHECK(report.created == 1);
        CHECK(report.updated == 1);
    }
    SECTION("email only keeps people with the same phone apart")
    {
        TempDatabase database;
        const ImportReport report
            = importRecords(database,
                            {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"),
                                    QStringLiteral("+1 503 555 0100")),
                             person(3, QStringLiteral("Bo"), QStringLiteral("Berg"), QStringLiteral("b@x.com"),
                                    QStringLiteral("+1 503 555 0100"))},
                            DuplicatePolicy::Skip, MatchKey::Email);
        CHECK(report.created == 2);
    }
    SECTION("phone only keeps people with the same email apart")
    {
        TempDatabase database;
        const ImportReport report
            = importRecords(database,
                            {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"),
                                    QStringLiteral("+1 503 555 0100")),
                             person(3, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"),
                                    QStringLiteral("+1 503 555 0199"))},
                            DuplicatePolicy::Skip, MatchKey::Phone);
        CHECK(report.created == 2);
    }
    SECTION("name and company matches case-insensitively within the same company only")
    {
        TempDatabase database;
        ContactRecord a = person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("a@x.com"));
        a.companyName = QStringLiteral("Rye & Co");
        ContactRecord b = person(3, QStringLiteral("ANNA"), QStringLiteral("berg"), QStringLiteral("other@x.com"));
        b.companyName = QStringLiteral("rye & co");
        ContactRecord c = person(4, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("third@x.com"));
        c.companyName = QStringLiteral("Other Ltd");
        const ImportReport report = importRecords(database, {a, b, c}, DuplicatePolicy::Skip, MatchKey::NameAndCompany);
        CHECK(report.created == 2);
        CHECK(report.updated == 1);
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'company'")).toInt() == 2);
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'person'")).toInt() == 2);
        CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_methods WHERE kind = 'email'")).toInt()
              == 3);
    }
}

TEST_CASE("rejected records are reported with their row and stored nowhere")
{
    TempDatabase database;
    ContactRecord bad = person(7, {}, {}, {});
    bad.rejectReason = QStringLiteral("no name, email or phone");
    bad.rejectColumn = QStringLiteral("Email");
    ContactRecord warned = person(8, QStringLiteral("Cleo"), QStringLiteral("Dunn"), {});
    warned.warnings.append(
        {8, QStringLiteral("Birthday"), ImportIssue::Outcome::Warning, 0, QStringLiteral("not a date")});
    const ImportReport report = importRecords(database, {bad, warned});
    CHECK(report.created == 1);
    CHECK(report.rejected == 1);
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues.at(0).row == 7);
    CHECK(report.issues.at(0).outcome == ImportIssue::Outcome::Rejected);
    CHECK(report.issues.at(0).column == QStringLiteral("Email"));
    CHECK(report.issues.at(1).outcome == ImportIssue::Outcome::Warning);
    CHECK(report.issues.at(1).column == QStringLiteral("Birthday"));
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 1);
}

TEST_CASE("dry run reports the same counts and writes nothing")
{
    TempDatabase database;
    addContact(database, anna());
    const QString before = dumpAll(database.db());
    const QList<ContactRecord> records
        = {annaFromFile(), person(3, QStringLiteral("Ben"), QStringLiteral("Cole"), QStringLiteral("ben@example.com"))};
    const ImportReport dry = importRecords(database, records, DuplicatePolicy::Merge, MatchKey::EmailThenPhone, true);
    CHECK(dry.dryRun);
    CHECK(dry.batchId == 0);
    CHECK(dumpAll(database.db()) == before);
    const ImportReport real = importRecords(database, records, DuplicatePolicy::Merge);
    CHECK(dry.created == real.created);
    CHECK(dry.updated == real.updated);
    CHECK(dry.skipped == real.skipped);
    CHECK(dry.issues.size() == real.issues.size());
    CHECK(real.created == 1);
    CHECK(real.updated == 1);
}

TEST_CASE("every contact an import creates has its audit row naming the batch")
{
    TempDatabase database;
    const ImportReport report = importRecords(
        database, {person(2, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com"))});
    REQUIRE(report.created == 1);
    CHECK(database
              .scalar(QStringLiteral("SELECT entity || ' ' || entity_id || ' ' || action || ' ' || changes "
                                     "FROM audit_log WHERE entity = 'contact'"))
              .toString()
          == QStringLiteral("contact 1 create {\"import_batch\":%1}").arg(report.batchId));
    CHECK(database
              .scalar(
                  QStringLiteral("SELECT COUNT(*) FROM contact_methods WHERE import_batch_id = %1").arg(report.batchId))
              .toInt()
          == 1);
}
