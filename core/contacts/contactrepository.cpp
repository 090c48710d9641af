#include "contactrepository.h"

#include "contactrows.h"
#include "phonenumber.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

const QString Entity = QStringLiteral("contact");

Error sqlError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("ContactRepository", "The contact could not be saved: %1")
                      .arg(query.lastError().text())};
}

Error notFound(qint64 id)
{
    return Error {QCoreApplication::translate("ContactRepository", "There is no contact with id %1.").arg(id),
                  QStringLiteral("id"), Error::Kind::NotFound};
}

} // namespace

ContactRepository::ContactRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<qint64> ContactRepository::create(Contact contact)
{
    normalize(contact);
    if (auto status = validate(contact); !status)
        return status.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (kind, company_id, first_name, last_name, display_name, sort_key, job_title, "
        "birthday_year, birthday_month, birthday_day, street, city, region, postal_code, country, notes, "
        "email_consent, consent_date, consent_source, created_at, updated_at) "
        "VALUES (:kind, :company_id, :first_name, :last_name, :display_name, :sort_key, :job_title, "
        ":birthday_year, :birthday_month, :birthday_day, :street, :city, :region, :postal_code, :country, :notes, "
        ":email_consent, :consent_date, :consent_source, :created_at, :updated_at)"));
    ContactRows::bindContactColumns(query, contact);
    query.bindValue(QStringLiteral(":created_at"), now);
    query.bindValue(QStringLiteral(":updated_at"), now);
    if (!query.exec())
        return sqlError(query);
    const qint64 id = query.lastInsertId().toLongLong();

    if (auto s = ContactRows::writeMethods(m_db, id, contact); !s)
        return s.error();
    if (auto s = ContactRows::writeTags(m_db, id, contact.tags, m_clock); !s)
        return s.error();
    if (auto s = ContactRows::writeCustomValues(m_db, id, contact.custom, m_clock); !s)
        return s.error();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("create"), ContactRows::snapshot(contact));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Contact> ContactRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT c.id, c.kind, c.company_id, co.display_name, c.first_name, c.last_name, c.display_name, "
                       "c.job_title, c.birthday_year, c.birthday_month, c.birthday_day, c.street, c.city, c.region, "
                       "c.postal_code, c.country, c.notes, c.email_consent, c.consent_date, c.consent_source, "
                       "c.created_at, c.updated_at, c.deleted_at "
                       "FROM contacts c LEFT JOIN contacts co ON co.id = c.company_id WHERE c.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return Error {QCoreApplication::translate("ContactRepository", "The contact could not be read: %1")
                          .arg(query.lastError().text())};
    if (!query.next())
        return notFound(id);

    Contact c;
    c.id = query.value(0).toLongLong();
    c.kind = query.value(1).toString() == QLatin1String("company") ? Contact::Kind::Company : Contact::Kind::Person;
    c.companyId = query.value(2).toLongLong();
    c.companyName = query.value(3).toString();
    c.firstName = query.value(4).toString();
    c.lastName = query.value(5).toString();
    c.displayName = query.value(6).toString();
    c.jobTitle = query.value(7).toString();
    if (!query.value(9).isNull())
        c.birthday = Birthday {query.value(8).toInt(), query.value(9).toInt(), query.value(10).toInt()};
    c.address = Address {query.value(11).toString(), query.value(12).toString(), query.value(13).toString(),
                         query.value(14).toString(), query.value(15).toString()};
    c.notes = query.value(16).toString();
    if (!query.value(17).isNull())
        c.consent.emailMarketing = query.value(17).toInt() != 0;
    c.consent.date = fromStoredDate(query.value(18).toString());
    c.consent.source = query.value(19).toString();
    c.createdAt = fromStoredTime(query.value(20).toString());
    c.updatedAt = fromStoredTime(query.value(21).toString());
    c.deletedAt = fromStoredTime(query.value(22).toString());

    ContactRows::readMethods(m_db, c);
    ContactRows::readTags(m_db, c);
    ContactRows::readCustomValues(m_db, c);
    return c;
}

Status ContactRepository::update(Contact contact)
{
    const auto before = get(contact.id);
    if (!before)
        return before.error();
    normalize(contact);
    if (auto status = validate(contact); !status)
        return status;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(ContactRows::UpdateContact);
    ContactRows::bindContactColumns(query, contact);
    query.bindValue(QStringLiteral(":updated_at"), toStoredTime(m_clock.nowUtc()));
    query.bindValue(QStringLiteral(":id"), contact.id);
    if (!query.exec())
        return sqlError(query);

    if (auto s = ContactRows::writeMethods(m_db, contact.id, contact); !s)
        return s;
    if (auto s = ContactRows::writeTags(m_db, contact.id, contact.tags, m_clock); !s)
        return s;
    if (auto s = ContactRows::writeCustomValues(m_db, contact.id, contact.custom, m_clock); !s)
        return s;
    const QJsonObject changes = ContactRows::diff(ContactRows::snapshot(*before), ContactRows::snapshot(contact));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, contact.id, QStringLiteral("update"), changes); !s)
        return s;
    return tx.commit();
}

Status ContactRepository::moveToTrash(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE contacts SET deleted_at = :deleted_at, updated_at = :now "
                                 "WHERE id = :id AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":deleted_at"), toStoredTime(m_clock.nowUtc()));
    query.bindValue(QStringLiteral(":now"), toStoredTime(m_clock.nowUtc()));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return get(id) ? Status() : Status(notFound(id));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("trash")); !s)
        return s;
    return tx.commit();
}

Status ContactRepository::restore(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE contacts SET deleted_at = NULL, updated_at = :now "
                                 "WHERE id = :id AND deleted_at IS NOT NULL"));
    query.bindValue(QStringLiteral(":now"), toStoredTime(m_clock.nowUtc()));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return get(id) ? Status() : Status(notFound(id));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("restore")); !s)
        return s;
    return tx.commit();
}

Status ContactRepository::purge(qint64 id)
{
    const auto before = get(id);
    if (!before)
        return before.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    // Custom values reference the contact by a generic entity id, so they go explicitly;
    // methods, tags, activities and follow-ups go by ON DELETE CASCADE.
    query.prepare(QStringLiteral("DELETE FROM custom_field_values WHERE entity_id = :id "
                                 "AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("purge"), ContactRows::snapshot(*before));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> ContactRepository::findOrCreateCompany(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error {QCoreApplication::translate("ContactRepository", "A company needs a name."),
                      QStringLiteral("company"), Error::Kind::Validation};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE kind = 'company' AND lower(display_name) = :name "
                                 "ORDER BY deleted_at IS NOT NULL, id LIMIT 1"));
    query.bindValue(QStringLiteral(":name"), trimmed.toLower());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    Contact company;
    company.kind = Contact::Kind::Company;
    company.displayName = trimmed;
    return create(company);
}

QList<qint64> ContactRepository::findByEmail(const QString &email) const
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT DISTINCT contact_id FROM contact_methods "
                                 "WHERE kind = 'email' AND normalized = :value ORDER BY contact_id"));
    query.bindValue(QStringLiteral(":value"), EmailAddress::normalize(email));
    query.exec();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> ContactRepository::findByPhone(const QString &phone) const
{
    QList<qint64> ids;
    const QString normalized = PhoneNumber::normalize(phone, phoneRegion());
    if (normalized.isEmpty())
        return ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT DISTINCT contact_id FROM contact_methods "
                                 "WHERE kind = 'phone' AND normalized = :value ORDER BY contact_id"));
    query.bindValue(QStringLiteral(":value"), normalized);
    query.exec();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace clientele
