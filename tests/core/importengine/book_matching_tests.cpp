#include "enginetestsupport.h"

#include "contacts/contactrepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

// The matcher reads the book in storage order (docs/PERFORMANCE.md): these cases hold it to the
// rules it had when it read the book sorted by contact, whatever order the rows were written in.

namespace {

Contact named(const QString &first, const QString &last)
{
    Contact contact;
    contact.firstName = first;
    contact.lastName = last;
    return contact;
}

void addEmail(Contact &contact, const QString &email)
{
    contact.emails.append({0, ContactMethod::Kind::Email, QStringLiteral("home"), email, {}, true});
}

void addPhone(Contact &contact, const QString &phone)
{
    contact.phones.append({0, ContactMethod::Kind::Phone, QStringLiteral("mobile"), phone, {}, true});
}

QString cityOf(TempDatabase &database, qint64 id)
{
    return database.scalar(QStringLiteral("SELECT city FROM contacts WHERE id = %1").arg(id)).toString();
}

ContactRecord withCity(ContactRecord record, const QString &city)
{
    record.contact.address.city = city;
    return record;
}

} // namespace

TEST_CASE("the oldest live contact wins an e-mail the book holds twice, whichever address was stored first")
{
    TempDatabase database;
    const qint64 ana = addContact(database, named(QStringLiteral("Ana"), QStringLiteral("Ruiz")));
    Contact bea = named(QStringLiteral("Bea"), QStringLiteral("Ruiz"));
    addEmail(bea, QStringLiteral("ruiz@example.com"));
    const qint64 beaId = addContact(database, bea);
    // Ana (the older contact) gets the same address later: her row in contact_methods comes after Bea's.
    ContactRepository contacts(database.db(), database.clock());
    const auto stored = contacts.get(ana);
    REQUIRE(stored.ok());
    Contact anaWithEmail = *stored;
    addEmail(anaWithEmail, QStringLiteral("ruiz@example.com"));
    REQUIRE(contacts.update(anaWithEmail).ok());
    REQUIRE(database
                .scalar(QStringLiteral("SELECT group_concat(contact_id, ',') FROM (SELECT contact_id FROM "
                                       "contact_methods WHERE kind = 'email' ORDER BY id)"))
                .toString()
            == QStringLiteral("%1,%2").arg(beaId).arg(ana));

    const ImportReport first = importRecords(
        database,
        {withCity(person(2, QStringLiteral("A"), QStringLiteral("Ruiz"), QStringLiteral("RUIZ@example.com")),
                  QStringLiteral("Porto"))},
        DuplicatePolicy::Merge);
    CHECK(first.created == 0);
    CHECK(first.updated == 1);
    CHECK(cityOf(database, ana) == QStringLiteral("Porto"));
    CHECK(cityOf(database, beaId).isEmpty());

    // In the trash, Ana no longer matches: Bea, the next oldest, does.
    REQUIRE(contacts.moveToTrash(ana).ok());
    const ImportReport second = importRecords(
        database,
        {withCity(person(2, QStringLiteral("B"), QStringLiteral("Ruiz"), QStringLiteral("ruiz@example.com")),
                  QStringLiteral("Lyon"))},
        DuplicatePolicy::Merge);
    CHECK(second.created == 0);
    CHECK(second.updated == 1);
    CHECK(cityOf(database, beaId) == QStringLiteral("Lyon"));
    CHECK(cityOf(database, ana) == QStringLiteral("Porto"));
}

TEST_CASE("a phone the book holds is matched by name and e-mail as the book's contact has them")
{
    TempDatabase database;
    Contact tom = named(QStringLiteral("Tom"), QStringLiteral("Ruiz"));
    addPhone(tom, QStringLiteral("+1 503 555 0100"));
    const qint64 tomId = addContact(database, tom);
    Contact mia = named(QStringLiteral("Mia"), QStringLiteral("Lund"));
    addPhone(mia, QStringLiteral("+1 503 555 0200"));
    addEmail(mia, QStringLiteral("mia@example.com"));
    const qint64 miaId = addContact(database, mia);

    const ImportReport report = importRecords(
        database,
        {// Another name on Tom's number: a second person, reported as a possible duplicate of Tom.
         person(2, QStringLiteral("Ana"), QStringLiteral("Ruiz"), {}, QStringLiteral("+1 503 555 0100")),
         // The same name (case and spacing aside) on Tom's number: Tom.
         withCity(person(3, QStringLiteral("tom"), QStringLiteral(" RUIZ"), {}, QStringLiteral("+15035550100")),
                  QStringLiteral("Salem")),
         // Mia's number with another e-mail: Mia has one, so the phone does not decide; a new contact.
         person(4, QStringLiteral("Mia"), QStringLiteral("Lund"), QStringLiteral("other@example.com"),
                QStringLiteral("+1 503 555 0200"))},
        DuplicatePolicy::Merge);
    CHECK(report.created == 2);
    CHECK(report.updated == 1);
    CHECK(cityOf(database, tomId) == QStringLiteral("Salem"));
    CHECK(cityOf(database, miaId).isEmpty());
    QStringList possible;
    for (const ImportIssue &issue : report.issues) {
        if (issue.message.contains(QStringLiteral("Possible duplicate")))
            possible.append(QStringLiteral("%1:%2").arg(issue.row).arg(issue.contactId));
    }
    CHECK(possible == QStringList {QStringLiteral("2:%1").arg(tomId)});
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL")).toInt() == 4);
}
