#include "duplicatestestsupport.h"

#include "contacts/contactrepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

qint64 addContact(TempDatabase &t, const Contact &contact)
{
    const auto id = ContactRepository(t.db(), t.clock()).create(contact);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 addPerson(TempDatabase &t, const PersonSpec &spec)
{
    Contact c;
    c.firstName = spec.first;
    c.lastName = spec.last;
    c.address.city = spec.city;
    c.companyId = spec.companyId;
    for (const QString &email : spec.emails) {
        ContactMethod m;
        m.kind = ContactMethod::Kind::Email;
        m.value = email;
        c.emails.append(m);
    }
    for (const QString &phone : spec.phones) {
        ContactMethod m;
        m.kind = ContactMethod::Kind::Phone;
        m.value = phone;
        c.phones.append(m);
    }
    return addContact(t, c);
}

Contact readContact(TempDatabase &t, qint64 id)
{
    const auto contact = ContactRepository(t.db(), t.clock()).get(id);
    INFO(contact.errorMessage().toStdString());
    REQUIRE(contact.ok());
    return *contact;
}

void addRelatedRows(TempDatabase &t, qint64 contactId, const QString &label)
{
    const QString now = QStringLiteral("2026-03-01T09:00:00.000Z");
    const QStringList statements {
        QStringLiteral(
            "INSERT INTO orders (contact_id, number, ordered_at, currency, total_minor, created_at, updated_at) "
            "VALUES (:id, :label, :now, 'USD', 1250, :now, :now)"),
        QStringLiteral("INSERT INTO activities (contact_id, kind, occurred_at, subject, created_at, updated_at) "
                       "VALUES (:id, 'call', :now, :label, :now, :now)"),
        QStringLiteral("INSERT INTO followups (contact_id, title, due_at, created_at, updated_at) "
                       "VALUES (:id, :label, :now, :now, :now)"),
        QStringLiteral("INSERT INTO deals (contact_id, title, currency, created_at, updated_at) "
                       "VALUES (:id, :label, 'USD', :now, :now)"),
    };
    for (const QString &sql : statements) {
        QSqlQuery query(t.db());
        query.prepare(sql);
        query.bindValue(QStringLiteral(":id"), contactId);
        query.bindValue(QStringLiteral(":label"), label);
        query.bindValue(QStringLiteral(":now"), now);
        INFO(sql.toStdString());
        const bool ok = query.exec();
        INFO(query.lastError().text().toStdString());
        REQUIRE(ok);
    }
}

int countRows(TempDatabase &t, const QString &table, const QString &column, qint64 id)
{
    QSqlQuery query(t.db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = :id").arg(table, column));
    query.bindValue(QStringLiteral(":id"), id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QStringList ownership(TempDatabase &t)
{
    const QStringList sources {
        QStringLiteral("SELECT 'orders:' || id || '->' || contact_id FROM orders"),
        QStringLiteral("SELECT 'activities:' || id || '->' || contact_id FROM activities"),
        QStringLiteral("SELECT 'followups:' || id || '->' || contact_id FROM followups"),
        QStringLiteral("SELECT 'deals:' || id || '->' || contact_id FROM deals"),
        QStringLiteral("SELECT 'methods:' || id || '->' || contact_id || ':' || position || ':' || is_primary "
                       "FROM contact_methods"),
        QStringLiteral("SELECT 'tags:' || tag_id || '->' || contact_id FROM contact_tags"),
        QStringLiteral("SELECT 'custom:' || field_id || '->' || entity_id || '=' || value FROM custom_field_values"),
        QStringLiteral("SELECT 'company:' || id || '->' || company_id FROM contacts WHERE company_id IS NOT NULL"),
        QStringLiteral("SELECT 'merged:' || id || '->' || merged_into FROM contacts WHERE merged_into IS NOT NULL"),
    };
    QStringList rows;
    for (const QString &sql : sources) {
        QSqlQuery query(t.db());
        REQUIRE(query.exec(sql));
        while (query.next())
            rows.append(query.value(0).toString());
    }
    rows.sort();
    return rows;
}

int foreignKeyProblems(TempDatabase &t)
{
    QSqlQuery query(t.db());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    int problems = 0;
    while (query.next())
        ++problems;
    return problems;
}

void checkSameContact(const Contact &a, const Contact &b)
{
    CHECK(a.id == b.id);
    CHECK(a.kind == b.kind);
    CHECK(a.companyId == b.companyId);
    CHECK(a.companyName == b.companyName);
    CHECK(a.firstName == b.firstName);
    CHECK(a.lastName == b.lastName);
    CHECK(a.displayName == b.displayName);
    CHECK(a.jobTitle == b.jobTitle);
    CHECK(a.birthday == b.birthday);
    CHECK(a.address == b.address);
    CHECK(a.notes == b.notes);
    CHECK(a.consent == b.consent);
    CHECK(a.emails == b.emails);
    CHECK(a.phones == b.phones);
    CHECK(a.websites == b.websites);
    CHECK(a.tags == b.tags);
    CHECK(a.custom == b.custom);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.updatedAt == b.updatedAt);
    CHECK(a.deletedAt == b.deletedAt);
}
