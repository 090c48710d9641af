#include "tempdatabase.h"

#include "common/timeformat.h"
#include "contacts/contactjson.h"
#include "contacts/contactrepository.h"

#include <QJsonArray>
#include <QSet>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

const QSet<QString> ContactKeys
    = {QStringLiteral("id"),        QStringLiteral("kind"),         QStringLiteral("first_name"),
       QStringLiteral("last_name"), QStringLiteral("display_name"), QStringLiteral("company"),
       QStringLiteral("emails"),    QStringLiteral("phones"),       QStringLiteral("address"),
       QStringLiteral("birthday"),  QStringLiteral("tags"),         QStringLiteral("notes"),
       QStringLiteral("consent"),   QStringLiteral("custom"),       QStringLiteral("created_at"),
       QStringLiteral("updated_at")};

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

ContactMethod method(const QString &value, bool primary = false, const QString &label = {})
{
    ContactMethod m;
    m.value = value;
    m.primary = primary;
    m.label = label;
    return m;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

TEST_CASE("a stored person becomes JSON with exactly the documented keys")
{
    TempDatabase temp;
    ContactRepository repository(temp.db(), temp.clock());
    const auto company = repository.findOrCreateCompany(QStringLiteral("Blue Door Café"));
    REQUIRE(company.ok());

    Contact contact;
    contact.firstName = QStringLiteral("Zoë");
    contact.lastName = QStringLiteral("Müller");
    contact.companyId = *company;
    contact.emails = {method(QStringLiteral("zoe@work.example")), method(QStringLiteral("zoe@example.com"), true)};
    contact.phones = {method(QStringLiteral("(503) 555-0123"), true, QStringLiteral("mobile"))};
    contact.address = Address {QStringLiteral("2315 SE Division St"), QStringLiteral("Portland"), QStringLiteral("OR"),
                               QStringLiteral("97202"), QStringLiteral("United States")};
    contact.birthday = Birthday {0, 5, 14};
    contact.tags = {QStringLiteral("VIP"), QStringLiteral("Regular")};
    contact.notes = QStringLiteral("Sourdough every Saturday.");
    contact.consent.emailMarketing = true;
    contact.consent.date = QDate(2026, 2, 1);
    contact.consent.source = QStringLiteral("shop counter");
    contact.custom.insert(QStringLiteral("Allergies"), QStringLiteral("Walnuts"));
    const auto id = repository.create(contact);
    REQUIRE(id.ok());
    const auto stored = repository.get(*id);
    REQUIRE(stored.ok());

    const QJsonObject json = contactToJson(*stored);
    CHECK(keysOf(json) == ContactKeys);
    CHECK(json.value(QStringLiteral("id")).toInteger() == *id);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("person"));
    CHECK(json.value(QStringLiteral("first_name")).toString() == QStringLiteral("Zoë"));
    CHECK(json.value(QStringLiteral("last_name")).toString() == QStringLiteral("Müller"));
    CHECK(json.value(QStringLiteral("display_name")).toString() == QStringLiteral("Zoë Müller"));
    CHECK(json.value(QStringLiteral("company")).toString() == QStringLiteral("Blue Door Café"));
    CHECK(strings(json.value(QStringLiteral("emails")))
          == QStringList {QStringLiteral("zoe@example.com"), QStringLiteral("zoe@work.example")});
    CHECK(strings(json.value(QStringLiteral("phones"))) == QStringList {QStringLiteral("(503) 555-0123")});

    const QJsonObject address = json.value(QStringLiteral("address")).toObject();
    CHECK(keysOf(address)
          == QSet<QString> {QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("region"),
                            QStringLiteral("postal_code"), QStringLiteral("country")});
    CHECK(address.value(QStringLiteral("postal_code")).toString() == QStringLiteral("97202"));
    CHECK(address.value(QStringLiteral("region")).toString() == QStringLiteral("OR"));

    CHECK(json.value(QStringLiteral("birthday")).toString() == QStringLiteral("--05-14"));
    const QStringList tags = strings(json.value(QStringLiteral("tags")));
    CHECK(QSet<QString>(tags.cbegin(), tags.cend())
          == QSet<QString> {QStringLiteral("VIP"), QStringLiteral("Regular")});
    CHECK(json.value(QStringLiteral("notes")).toString() == QStringLiteral("Sourdough every Saturday."));

    const QJsonObject consent = json.value(QStringLiteral("consent")).toObject();
    CHECK(keysOf(consent)
          == QSet<QString> {QStringLiteral("email_marketing"), QStringLiteral("date"), QStringLiteral("source")});
    CHECK(consent.value(QStringLiteral("email_marketing")).toBool(false) == true);
    CHECK(consent.value(QStringLiteral("date")).toString() == QStringLiteral("2026-02-01"));
    CHECK(consent.value(QStringLiteral("source")).toString() == QStringLiteral("shop counter"));

    CHECK(json.value(QStringLiteral("custom")).toObject()
          == QJsonObject {{QStringLiteral("Allergies"), QStringLiteral("Walnuts")}});
    // The stored UTC text, as SQL sees it.
    CHECK(json.value(QStringLiteral("created_at")).toString()
          == temp.scalar(QStringLiteral("SELECT created_at FROM contacts WHERE id = %1").arg(*id)).toString());
    CHECK(json.value(QStringLiteral("updated_at")).toString() == toStoredTime(temp.clock().nowUtc()));
}

TEST_CASE("absent contact details are null or empty in JSON, never missing")
{
    TempDatabase temp;
    ContactRepository repository(temp.db(), temp.clock());
    Contact company;
    company.kind = Contact::Kind::Company;
    company.displayName = QStringLiteral("Oak & Ember Bistro");
    const auto id = repository.create(company);
    REQUIRE(id.ok());
    const auto stored = repository.get(*id);
    REQUIRE(stored.ok());

    const QJsonObject json = contactToJson(*stored);
    CHECK(keysOf(json) == ContactKeys);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("company"));
    CHECK(json.value(QStringLiteral("company")).isNull());
    CHECK(json.value(QStringLiteral("birthday")).isNull());
    CHECK(json.value(QStringLiteral("emails")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("phones")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("tags")).isArray());
    CHECK(json.value(QStringLiteral("custom")).toObject().isEmpty());
    CHECK(json.value(QStringLiteral("address")).toObject().value(QStringLiteral("street")).toString().isEmpty());
    const QJsonObject consent = json.value(QStringLiteral("consent")).toObject();
    CHECK(consent.value(QStringLiteral("email_marketing")).isNull());
    CHECK(consent.value(QStringLiteral("date")).isNull());
    CHECK(consent.value(QStringLiteral("source")).toString().isEmpty());
}

TEST_CASE("contact JSON writes full birthdays, refused consent and primary-first lists")
{
    Contact contact;
    contact.id = 7;
    contact.firstName = QStringLiteral("Søren");
    contact.birthday = Birthday {1977, 9, 2};
    contact.consent.emailMarketing = false;
    // A hand-built contact whose primary email is not first: the JSON still lists it first.
    contact.emails = {method(QStringLiteral("b@example.com")), method(QStringLiteral("a@example.com"), true)};
    contact.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);

    const QJsonObject json = contactToJson(contact);
    CHECK(json.value(QStringLiteral("birthday")).toString() == QStringLiteral("1977-09-02"));
    CHECK(json.value(QStringLiteral("consent")).toObject().value(QStringLiteral("email_marketing")).isBool());
    CHECK(json.value(QStringLiteral("consent")).toObject().value(QStringLiteral("email_marketing")).toBool(true)
          == false);
    CHECK(strings(json.value(QStringLiteral("emails")))
          == QStringList {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
    CHECK(json.value(QStringLiteral("created_at")).toString() == QStringLiteral("2025-01-02T03:04:05.000Z"));
    CHECK(json.value(QStringLiteral("updated_at")).isNull());

    contact.birthday = Birthday {0, 2, 30}; // not a date: reported as none rather than as garbage
    CHECK(contactToJson(contact).value(QStringLiteral("birthday")).isNull());
}
