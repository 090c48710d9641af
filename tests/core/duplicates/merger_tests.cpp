#include "duplicatestestsupport.h"

#include "contacts/contactmerger.h"
#include "contacts/contactrepository.h"
#include "search/contactsearch.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ContactMethod method(ContactMethod::Kind kind, const QString &value, bool primary = false)
{
    ContactMethod m;
    m.kind = kind;
    m.value = value;
    m.primary = primary;
    return m;
}

/// Two records of one customer, each with a bit of everything; the second is the newer one.
struct TwoRecords
{
    qint64 keep = 0;
    qint64 other = 0;
};

TwoRecords twoRecords(TempDatabase &t)
{
    Contact keep;
    keep.firstName = QStringLiteral("Anna");
    keep.lastName = QStringLiteral("Weber");
    keep.jobTitle = QStringLiteral("Owner");
    keep.notes = QStringLiteral("Prefers rye");
    keep.emails = {method(ContactMethod::Kind::Email, QStringLiteral("anna@example.com"), true)};
    keep.phones = {method(ContactMethod::Kind::Phone, QStringLiteral("+1 503 555 0100"), true)};
    keep.tags = {QStringLiteral("VIP"), QStringLiteral("Regular")};
    keep.custom = {{QStringLiteral("Allergies"), QStringLiteral("nuts")}};
    TwoRecords r;
    r.keep = addContact(t, keep);

    t.clock().advanceSecs(3600);
    Contact other;
    other.firstName = QStringLiteral("Ana");
    other.lastName = QStringLiteral("Weber");
    other.jobTitle = QStringLiteral("Baker");
    other.birthday = Birthday {1984, 5, 14};
    other.address.city = QStringLiteral("Portland");
    other.address.street = QStringLiteral("1 Main St");
    other.notes = QStringLiteral("Wedding cake in June");
    other.consent.emailMarketing = true;
    other.consent.date = QDate(2026, 2, 1);
    other.consent.source = QStringLiteral("web form");
    other.emails = {method(ContactMethod::Kind::Email, QStringLiteral("ANNA@example.com"), true),
                    method(ContactMethod::Kind::Email, QStringLiteral("ana.weber@mail.example"))};
    other.phones = {method(ContactMethod::Kind::Phone, QStringLiteral("+1 503 555 0199"), true)};
    other.websites = {method(ContactMethod::Kind::Web, QStringLiteral("https://ana.example"))};
    other.tags = {QStringLiteral("Regular"), QStringLiteral("Wedding")};
    other.custom = {{QStringLiteral("Allergies"), QStringLiteral("gluten")},
                    {QStringLiteral("Favourite cake"), QStringLiteral("Sachertorte")}};
    r.other = addContact(t, other);
    t.clock().advanceSecs(3600);

    addRelatedRows(t, r.keep, QStringLiteral("keep"));
    addRelatedRows(t, r.other, QStringLiteral("other"));
    addRelatedRows(t, r.other, QStringLiteral("other-2"));
    return r;
}

const QStringList OwnedTables {QStringLiteral("orders"), QStringLiteral("activities"), QStringLiteral("followups"),
                               QStringLiteral("deals")};

} // namespace

TEST_CASE("a merge moves every kind of related row to the survivor and trashes the other")
{
    TempDatabase t;
    const TwoRecords r = twoRecords(t);
    for (const QString &table : OwnedTables) {
        REQUIRE(countRows(t, table, QStringLiteral("contact_id"), r.keep) == 1);
        REQUIRE(countRows(t, table, QStringLiteral("contact_id"), r.other) == 2);
    }
    REQUIRE(countRows(t, QStringLiteral("contact_methods"), QStringLiteral("contact_id"), r.other) == 4);

    ContactMerger merger(t.db(), t.clock());
    const auto preview = merger.preview(r.keep, r.other);
    REQUIRE(preview.ok());
    const auto receipt = merger.merge(r.keep, r.other);
    INFO(receipt.errorMessage().toStdString());
    REQUIRE(receipt.ok());

    for (const QString &table : OwnedTables) {
        INFO(table.toStdString());
        CHECK(countRows(t, table, QStringLiteral("contact_id"), r.keep) == 3);
        CHECK(countRows(t, table, QStringLiteral("contact_id"), r.other) == 0);
    }
    // anna@example.com is kept once; the other email, phone and website move.
    CHECK(countRows(t, QStringLiteral("contact_methods"), QStringLiteral("contact_id"), r.keep) == 5);
    CHECK(countRows(t, QStringLiteral("contact_methods"), QStringLiteral("contact_id"), r.other) == 0);
    CHECK(countRows(t, QStringLiteral("contact_tags"), QStringLiteral("contact_id"), r.keep) == 3);
    CHECK(countRows(t, QStringLiteral("contact_tags"), QStringLiteral("contact_id"), r.other) == 0);
    CHECK(countRows(t, QStringLiteral("custom_field_values"), QStringLiteral("entity_id"), r.keep) == 2);
    CHECK(countRows(t, QStringLiteral("custom_field_values"), QStringLiteral("entity_id"), r.other) == 0);

    const MergeSummary &summary = receipt->summary;
    CHECK(summary.orders == 2);
    CHECK(summary.activities == 2);
    CHECK(summary.followUps == 2);
    CHECK(summary.deals == 2);
    CHECK(summary.methods == 3);
    CHECK(summary.methodsCollapsed == 1);
    CHECK(summary.tags == 1);
    CHECK(summary.customValues == 1);
    CHECK(preview->orders == summary.orders);
    CHECK(preview->methods == summary.methods);
    CHECK(preview->tags == summary.tags);
    CHECK(preview->customValues == summary.customValues);

    const Contact survivor = readContact(t, r.keep);
    const Contact merged = readContact(t, r.other);
    CHECK_FALSE(survivor.isInTrash());
    CHECK(merged.isInTrash());
    CHECK(t.scalar(QStringLiteral("SELECT merged_into FROM contacts WHERE id = %1").arg(r.other)).toLongLong()
          == r.keep);
    // The survivor's primary email and phone stay primary.
    CHECK(survivor.primaryEmail() == QLatin1String("anna@example.com"));
    CHECK(survivor.primaryPhone() == QLatin1String("+1 503 555 0100"));
    CHECK(survivor.websites.size() == 1);
    CHECK(survivor.tags == QStringList {QStringLiteral("Regular"), QStringLiteral("VIP"), QStringLiteral("Wedding")});

    CHECK(foreignKeyProblems(t) == 0);
    CHECK(
        t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merge' AND entity_id = %1").arg(r.keep))
            .toInt()
        == 1);
    CHECK(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merged-into' AND entity_id = %1")
                       .arg(r.other))
              .toInt()
          == 1);
}

TEST_CASE("without choices the survivor keeps its values and fills the empty ones")
{
    TempDatabase t;
    const TwoRecords r = twoRecords(t);
    REQUIRE(ContactMerger(t.db(), t.clock()).merge(r.keep, r.other).ok());
    const Contact survivor = readContact(t, r.keep);
    CHECK(survivor.firstName == QLatin1String("Anna"));
    CHECK(survivor.jobTitle == QLatin1String("Owner"));
    CHECK(survivor.notes == QLatin1String("Prefers rye"));
    CHECK(survivor.birthday == Birthday {1984, 5, 14});
    CHECK(survivor.address.city == QLatin1String("Portland"));
    CHECK(survivor.consent.source == QLatin1String("web form"));
    CHECK(survivor.custom.value(QStringLiteral("Allergies")) == QLatin1String("nuts"));
    CHECK(survivor.custom.value(QStringLiteral("Favourite cake")) == QLatin1String("Sachertorte"));
}

TEST_CASE("the field choices of a merge are honoured")
{
    TempDatabase t;
    const TwoRecords r = twoRecords(t);
    MergeChoices choices;
    choices.fields = {{MergeChoices::Field::Names, MergeChoices::Side::Other},
                      {MergeChoices::Field::JobTitle, MergeChoices::Side::Keep},
                      {MergeChoices::Field::Notes, MergeChoices::Side::Other},
                      {MergeChoices::Field::Birthday, MergeChoices::Side::Keep},
                      {MergeChoices::Field::Consent, MergeChoices::Side::Keep}};
    choices.custom = {{QStringLiteral("Allergies"), MergeChoices::Side::Other},
                      {QStringLiteral("Favourite cake"), MergeChoices::Side::Keep}};
    REQUIRE(ContactMerger(t.db(), t.clock()).merge(r.keep, r.other, choices).ok());

    const Contact survivor = readContact(t, r.keep);
    CHECK(survivor.firstName == QLatin1String("Ana"));
    CHECK(survivor.displayName == QLatin1String("Ana Weber"));
    CHECK(survivor.jobTitle == QLatin1String("Owner"));
    CHECK(survivor.notes == QLatin1String("Wedding cake in June"));
    CHECK(survivor.birthday.isNull());
    CHECK(survivor.consent == Consent {});
    CHECK(survivor.address.street == QLatin1String("1 Main St")); // not chosen: filled from the other
    CHECK(survivor.custom == QMap<QString, QString> {{QStringLiteral("Allergies"), QStringLiteral("gluten")}});
    CHECK(t.scalar(QStringLiteral("SELECT sort_key FROM contacts WHERE id = %1").arg(r.keep)).toString()
          == QLatin1String("ana weber"));
}

TEST_CASE("after a merge a search for the other's email finds the survivor")
{
    TempDatabase t;
    const TwoRecords r = twoRecords(t);
    REQUIRE(ContactMerger(t.db(), t.clock()).merge(r.keep, r.other).ok());
    const auto hits = ContactSearch(t.db()).search(QStringLiteral("ana.weber@mail.example"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).contactId == r.keep);
    const auto byActivity = ContactSearch(t.db()).search(QStringLiteral("other-2"));
    REQUIRE(byActivity.ok());
    REQUIRE(byActivity->size() == 1);
    CHECK(byActivity->at(0).contactId == r.keep);
}

TEST_CASE("unmerge restores both records and every moved row exactly")
{
    TempDatabase t;
    const TwoRecords r = twoRecords(t);
    const Contact keepBefore = readContact(t, r.keep);
    const Contact otherBefore = readContact(t, r.other);
    const QStringList ownedBefore = ownership(t);

    ContactMerger merger(t.db(), t.clock());
    MergeChoices choices;
    choices.fields = {{MergeChoices::Field::Names, MergeChoices::Side::Other}};
    choices.custom = {{QStringLiteral("Allergies"), MergeChoices::Side::Other}};
    const auto receipt = merger.merge(r.keep, r.other, choices);
    REQUIRE(receipt.ok());
    CHECK(ownership(t) != ownedBefore);

    t.clock().advanceSecs(60);
    const auto undone = merger.unmerge(*receipt);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());
    checkSameContact(readContact(t, r.keep), keepBefore);
    checkSameContact(readContact(t, r.other), otherBefore);
    CHECK(ownership(t) == ownedBefore);
    CHECK(foreignKeyProblems(t) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT merged_into FROM contacts WHERE id = %1").arg(r.other)).isNull());
    const auto hits = ContactSearch(t.db()).search(QStringLiteral("ana.weber@mail.example"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).contactId == r.other);

    // The receipt cannot be replayed once the merge is undone.
    CHECK_FALSE(merger.unmerge(*receipt).ok());
    // Merging again gives the same result as the first time.
    REQUIRE(merger.merge(r.keep, r.other, choices).ok());
    CHECK(readContact(t, r.keep).firstName == QLatin1String("Ana"));
}

TEST_CASE("merging two companies moves their people")
{
    TempDatabase t;
    ContactRepository repo(t.db(), t.clock());
    const qint64 keep = *repo.findOrCreateCompany(QStringLiteral("Acme Bakery"));
    Contact other;
    other.kind = Contact::Kind::Company;
    other.displayName = QStringLiteral("ACME Bakery Ltd");
    const qint64 otherId = addContact(t, other);
    const qint64 alice = addPerson(t, {QStringLiteral("Alice"), QStringLiteral("Ng"), {}, {}, {}, keep});
    const qint64 bob = addPerson(t, {QStringLiteral("Bob"), QStringLiteral("Ng"), {}, {}, {}, otherId});
    const qint64 carol = addPerson(t, {QStringLiteral("Carol"), QStringLiteral("Ng"), {}, {}, {}, otherId});
    const QStringList ownedBefore = ownership(t);

    ContactMerger merger(t.db(), t.clock());
    const auto receipt = merger.merge(keep, otherId);
    REQUIRE(receipt.ok());
    CHECK(receipt->summary.members == 2);
    CHECK(countRows(t, QStringLiteral("contacts"), QStringLiteral("company_id"), keep) == 3);
    CHECK(countRows(t, QStringLiteral("contacts"), QStringLiteral("company_id"), otherId) == 0);
    CHECK(readContact(t, bob).companyName == QLatin1String("Acme Bakery"));
    CHECK(readContact(t, alice).companyId == keep);
    CHECK(foreignKeyProblems(t) == 0);
    const auto hits = ContactSearch(t.db()).search(QStringLiteral("carol acme"));
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);

    REQUIRE(merger.unmerge(*receipt).ok());
    CHECK(ownership(t) == ownedBefore);
    CHECK(readContact(t, carol).companyId == otherId);
}

TEST_CASE("a merge refuses the same contact twice a trashed one a missing id and a person with a company")
{
    TempDatabase t;
    ContactRepository repo(t.db(), t.clock());
    const qint64 a = addPerson(t, {QStringLiteral("Anna"), QStringLiteral("Weber")});
    const qint64 b = addPerson(t, {QStringLiteral("Ana"), QStringLiteral("Weber")});
    const qint64 trashed = addPerson(t, {QStringLiteral("Anne"), QStringLiteral("Weber")});
    REQUIRE(repo.moveToTrash(trashed).ok());
    const qint64 company = *repo.findOrCreateCompany(QStringLiteral("Weber GmbH"));
    const QStringList ownedBefore = ownership(t);
    const int auditBefore = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();

    ContactMerger merger(t.db(), t.clock());
    const auto self = merger.merge(a, a);
    REQUIRE_FALSE(self.ok());
    CHECK(self.errorMessage().contains(QLatin1String("itself")));

    const auto inTrash = merger.merge(a, trashed);
    REQUIRE_FALSE(inTrash.ok());
    CHECK(inTrash.errorMessage().contains(QLatin1String("trash")));
    CHECK(inTrash.errorMessage().contains(QLatin1String("Anne Weber")));
    CHECK_FALSE(merger.merge(trashed, a).ok());

    const auto missing = merger.merge(a, 9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.errorMessage().contains(QLatin1String("9999")));

    const auto mixed = merger.merge(a, company);
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.errorMessage().contains(QLatin1String("Weber GmbH")));

    CHECK(merger.check(a, b).ok());
    CHECK(ownership(t) == ownedBefore);
    CHECK(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == auditBefore);
    CHECK_FALSE(readContact(t, b).isInTrash());
}
