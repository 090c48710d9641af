#include "tempdatabase.h"

#include "contacts/contactrepository.h"
#include "customfields/customfieldrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

Contact person(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    return c;
}

ContactMethod method(ContactMethod::Kind kind, const QString &value, const QString &label = {}, bool primary = false)
{
    ContactMethod m;
    m.kind = kind;
    m.value = value;
    m.label = label;
    m.primary = primary;
    return m;
}

} // namespace

TEST_CASE("a contact is created with all its parts and read back")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const auto companyId = repo.findOrCreateCompany(QStringLiteral("Café Lumière"));
    INFO(companyId.errorMessage().toStdString());
    REQUIRE(companyId.ok());

    Contact c = person(QStringLiteral("  Zoë "), QStringLiteral("Müller"));
    c.companyId = *companyId;
    c.jobTitle = QStringLiteral("Owner");
    c.birthday = Birthday {0, 5, 14};
    c.address = Address {
        QStringLiteral("1 Rue de la Paix"), QStringLiteral("Paris"), {}, QStringLiteral("75002"), QStringLiteral("FR")};
    c.notes = QStringLiteral("Prefers sourdough");
    c.consent.emailMarketing = true;
    c.consent.date = QDate(2026, 1, 2);
    c.consent.source = QStringLiteral("shop counter");
    c.emails = {method(ContactMethod::Kind::Email, QStringLiteral("work@example.com"), QStringLiteral("work")),
                method(ContactMethod::Kind::Email, QStringLiteral(" Zoe@Example.COM "), QStringLiteral("home"), true)};
    c.phones = {method(ContactMethod::Kind::Phone, QStringLiteral("(503) 555-0123"), QStringLiteral("mobile"))};
    c.tags = {QStringLiteral("Regular"), QStringLiteral("regular"), QStringLiteral("VIP")};
    c.custom = {{QStringLiteral("Allergies"), QStringLiteral("nuts")}};

    const auto id = repo.create(c);
    REQUIRE(id.ok());
    const auto stored = repo.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->displayName == QStringLiteral("Zoë Müller"));
    CHECK(stored->firstName == QStringLiteral("Zoë"));
    CHECK(stored->companyName == QStringLiteral("Café Lumière"));
    CHECK(stored->birthday.toIso() == QLatin1String("--05-14"));
    CHECK(stored->address.city == QLatin1String("Paris"));
    CHECK(stored->consent.emailMarketing == std::optional<bool>(true));
    CHECK(stored->consent.date == QDate(2026, 1, 2));
    REQUIRE(stored->emails.size() == 2);
    CHECK(stored->emails[0].value == QLatin1String("Zoe@Example.COM")); // the primary comes first
    CHECK(stored->emails[0].normalized == QLatin1String("zoe@example.com"));
    CHECK(stored->emails[0].label == QLatin1String("home"));
    REQUIRE(stored->phones.size() == 1);
    CHECK(stored->phones[0].normalized == QLatin1String("+15035550123"));
    CHECK(stored->tags == QStringList {QStringLiteral("Regular"), QStringLiteral("VIP")});
    CHECK(stored->custom.value(QStringLiteral("Allergies")) == QLatin1String("nuts"));
    CHECK(stored->createdAt == temp.clock().nowUtc());
    CHECK_FALSE(stored->isInTrash());
}

TEST_CASE("validation names the field that is wrong and stores nothing")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());

    SECTION("missing name")
    {
        const auto id = repo.create(Contact {});
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QLatin1String("name"));
        CHECK(id.error().kind == Error::Kind::Validation);
    }
    SECTION("invalid email")
    {
        Contact c = person(QStringLiteral("Bob"), QStringLiteral("Baker"));
        c.emails = {method(ContactMethod::Kind::Email, QStringLiteral("bob@"))};
        const auto id = repo.create(c);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QLatin1String("email"));
        CHECK(id.errorMessage().contains(QStringLiteral("bob@")));
    }
    SECTION("unreadable phone")
    {
        Contact c = person(QStringLiteral("Bob"), QStringLiteral("Baker"));
        c.phones = {method(ContactMethod::Kind::Phone, QStringLiteral("call me maybe"))};
        const auto id = repo.create(c);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QLatin1String("phone"));
    }
    SECTION("impossible birthday")
    {
        Contact c = person(QStringLiteral("Bob"), QStringLiteral("Baker"));
        c.birthday = Birthday {2001, 2, 30};
        CHECK(repo.create(c).error().field == QLatin1String("birthday"));
    }
    SECTION("company that does not exist")
    {
        Contact c = person(QStringLiteral("Bob"), QStringLiteral("Baker"));
        c.companyId = 4242;
        CHECK(repo.create(c).error().field == QLatin1String("company"));
    }
    SECTION("a custom value of the wrong type")
    {
        CustomFieldRepository fields(temp.db(), temp.clock());
        CustomField field;
        field.name = QStringLiteral("Cakes per year");
        field.type = CustomField::Type::Number;
        REQUIRE(fields.create(field).ok());
        Contact c = person(QStringLiteral("Bob"), QStringLiteral("Baker"));
        c.custom = {{QStringLiteral("cakes per year"), QStringLiteral("lots")}};
        CHECK(repo.create(c).error().field == QLatin1String("Cakes per year"));
    }
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'person'")).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact'")).toInt() == 0);
}

TEST_CASE("update replaces the contact and audits what changed")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    Contact c = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    c.tags = {QStringLiteral("Regular")};
    c.emails = {method(ContactMethod::Kind::Email, QStringLiteral("anna@example.com"))};
    const auto id = repo.create(c);
    REQUIRE(id.ok());

    temp.clock().advanceSecs(3600);
    Contact edited = *repo.get(*id);
    edited.lastName = QStringLiteral("Schneider");
    edited.displayName.clear();
    edited.tags = {QStringLiteral("Wholesale")};
    edited.emails.append(method(ContactMethod::Kind::Email, QStringLiteral("anna@work.example")));
    REQUIRE(repo.update(edited).ok());

    const auto stored = repo.get(*id);
    CHECK(stored->displayName == QLatin1String("Anna Schneider"));
    CHECK(stored->tags == QStringList {QStringLiteral("Wholesale")});
    CHECK(stored->emails.size() == 2);
    CHECK(stored->updatedAt == temp.clock().nowUtc());
    CHECK(stored->createdAt == temp.clock().nowUtc().addSecs(-3600));

    QSqlQuery query(temp.db());
    REQUIRE(query.exec(QStringLiteral("SELECT action, changes, actor FROM audit_log WHERE entity = 'contact' "
                                      "AND entity_id = %1 ORDER BY id")
                           .arg(*id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QLatin1String("create"));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QLatin1String("update"));
    const QJsonObject changes = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    CHECK(changes.contains(QStringLiteral("last_name")));
    CHECK(changes.contains(QStringLiteral("tags")));
    CHECK_FALSE(changes.contains(QStringLiteral("first_name")));
    CHECK_FALSE(query.value(2).toString().isEmpty());
}

TEST_CASE("updating a contact that does not exist fails with not found")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    Contact c = person(QStringLiteral("Ghost"), QString());
    c.id = 77;
    const Status status = repo.update(c);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::NotFound);
}

TEST_CASE("trash then restore then purge")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const auto id = repo.create(person(QStringLiteral("Tom"), QStringLiteral("Trash")));
    const auto keep = repo.create(person(QStringLiteral("Kim"), QStringLiteral("Keep")));
    REQUIRE(id.ok());
    REQUIRE(keep.ok());

    REQUIRE(repo.moveToTrash(*id).ok());
    CHECK(repo.count() == 1);
    ContactListQuery trash;
    trash.inTrash = true;
    CHECK(repo.count(trash) == 1);
    CHECK(repo.get(*id)->isInTrash());

    REQUIRE(repo.restore(*id).ok());
    CHECK(repo.count() == 2);

    REQUIRE(repo.moveToTrash(*id).ok());
    REQUIRE(repo.purge(*id).ok());
    CHECK(repo.get(*id).error().kind == Error::Kind::NotFound);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_fts WHERE rowid = %1").arg(*id)).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT group_concat(action) FROM audit_log WHERE entity_id = %1").arg(*id))
              .toString()
          == QLatin1String("create,trash,restore,trash,purge"));
    CHECK(repo.moveToTrash(9999).error().kind == Error::Kind::NotFound);
}

TEST_CASE("the list is sorted and paged in SQL with filters")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const QStringList names = {QStringLiteral("Émile Zola"), QStringLiteral("Ada Lovelace"),
                               QStringLiteral("Emil Adams"), QStringLiteral("Bea Baker")};
    for (const QString &name : names) {
        Contact c;
        c.displayName = name;
        c.firstName = name.section(QLatin1Char(' '), 0, 0);
        if (name.startsWith(QLatin1Char('B')))
            c.tags = {QStringLiteral("VIP")};
        REQUIRE(repo.create(c).ok());
    }
    ContactListQuery query;
    QStringList sorted;
    for (const ContactSummary &s : repo.list(query))
        sorted.append(s.displayName);
    CHECK(sorted
          == QStringList {QStringLiteral("Ada Lovelace"), QStringLiteral("Bea Baker"), QStringLiteral("Emil Adams"),
                          QStringLiteral("Émile Zola")});

    query.limit = 2;
    query.offset = 2;
    const auto page = repo.list(query);
    REQUIRE(page.size() == 2);
    CHECK(page[0].displayName == QLatin1String("Emil Adams"));

    query = {};
    query.descending = true;
    CHECK(repo.list(query).first().displayName == QStringLiteral("Émile Zola"));

    query = {};
    query.tag = QStringLiteral("vip");
    const auto vips = repo.list(query);
    REQUIRE(vips.size() == 1);
    CHECK(vips[0].tags == QStringList {QStringLiteral("VIP")});
    CHECK(repo.count(query) == 1);
}

TEST_CASE("companies are found case-insensitively and people filtered by company")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const auto a = repo.findOrCreateCompany(QStringLiteral("Acme Catering"));
    const auto b = repo.findOrCreateCompany(QStringLiteral("  acme   catering "));
    REQUIRE(a.ok());
    CHECK(*a == *b);
    Contact member = person(QStringLiteral("Carl"), QStringLiteral("Cook"));
    member.companyId = *a;
    REQUIRE(repo.create(member).ok());
    REQUIRE(repo.create(person(QStringLiteral("Dora"), QStringLiteral("Alone"))).ok());
    ContactListQuery query;
    query.companyId = *a;
    const auto members = repo.list(query);
    REQUIRE(members.size() == 1);
    CHECK(members[0].companyName == QLatin1String("Acme Catering"));
    CHECK(repo.findOrCreateCompany(QStringLiteral("   ")).error().field == QLatin1String("company"));
}

TEST_CASE("contacts are found by normalized email and phone")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    Contact c = person(QStringLiteral("Pat"), QStringLiteral("Phone"));
    c.emails = {method(ContactMethod::Kind::Email, QStringLiteral("Pat@Example.com"))};
    c.phones = {method(ContactMethod::Kind::Phone, QStringLiteral("503.555.0199"))};
    const auto id = repo.create(c);
    REQUIRE(id.ok());
    CHECK(repo.findByEmail(QStringLiteral("  pat@EXAMPLE.com")) == QList<qint64> {*id});
    CHECK(repo.findByPhone(QStringLiteral("+1 (503) 555-0199")) == QList<qint64> {*id});
    CHECK(repo.findByPhone(QStringLiteral("503 555 0100")).isEmpty());
    CHECK(repo.findByEmail(QStringLiteral("nobody@example.com")).isEmpty());
}

TEST_CASE("a failed write inside a contact leaves no partial rows")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    QSqlQuery query(temp.db());
    // Make tag writes fail after the contact row is inserted.
    REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER break_tags BEFORE INSERT ON contact_tags "
                                      "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    Contact c = person(QStringLiteral("Half"), QStringLiteral("Written"));
    c.tags = {QStringLiteral("Regular")};
    c.emails = {method(ContactMethod::Kind::Email, QStringLiteral("half@example.com"))};
    const auto id = repo.create(c);
    REQUIRE_FALSE(id.ok());
    CHECK(id.errorMessage().contains(QStringLiteral("disk on fire")));
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_methods")).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM tags")).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == 0);
}
