#include "contactedits.h"

#include "contactlookup.h"
#include "contactrepository.h"
#include "contactrows.h"

#include "audit/auditlog.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

const QString Entity = QStringLiteral("contact");

Error sqlError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("ContactEdits", "The contact could not be saved: %1")
                      .arg(query.lastError().text())};
}

Error goneError(const Contact &contact)
{
    return Error {QCoreApplication::translate("ContactEdits", "“%1” no longer exists.").arg(contact.displayName),
                  QStringLiteral("id"), Error::Kind::NotFound};
}

QString tagKey(const QString &name)
{
    return name.simplified().toLower();
}

std::optional<TagRow> readTag(QSqlDatabase db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, color, created_at FROM tags WHERE name_key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return TagRow {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                   fromStoredTime(query.value(3).toString())};
}

std::optional<FieldRow> readField(QSqlDatabase db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, entity, name, field_type, choices, position, created_at "
                                 "FROM custom_fields WHERE entity = 'contact' AND name_key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return FieldRow {query.value(0).toLongLong(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toString(),
                     query.value(4).toString(),
                     query.value(5).toInt(),
                     fromStoredTime(query.value(6).toString())};
}

Status insertField(QSqlDatabase db, const FieldRow &field)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO custom_fields (id, entity, name, name_key, field_type, choices, "
                                 "position, created_at) VALUES (:id, :entity, :name, :key, :type, :choices, "
                                 ":position, :created_at) ON CONFLICT DO NOTHING"));
    query.bindValue(QStringLiteral(":id"), field.id);
    query.bindValue(QStringLiteral(":entity"), field.entity);
    query.bindValue(QStringLiteral(":name"), field.name);
    query.bindValue(QStringLiteral(":key"), field.name.simplified().toLower());
    query.bindValue(QStringLiteral(":type"), field.type);
    query.bindValue(QStringLiteral(":choices"), field.choices);
    query.bindValue(QStringLiteral(":position"), field.position);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(field.createdAt));
    return query.exec() ? Status() : Status(sqlError(query));
}

Status dropFieldIfUnused(QSqlDatabase db, qint64 fieldId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM custom_fields WHERE id = :id "
                                 "AND NOT EXISTS (SELECT 1 FROM custom_field_values WHERE field_id = :id2)"));
    query.bindValue(QStringLiteral(":id"), fieldId);
    query.bindValue(QStringLiteral(":id2"), fieldId);
    return query.exec() ? Status() : Status(sqlError(query));
}

// Counts the rows that point at a contact: while there are any, deleting it would lose them.
int referenceCount(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE contact_id = :a) "
                                 "+ (SELECT COUNT(*) FROM activities WHERE contact_id = :b) "
                                 "+ (SELECT COUNT(*) FROM followups WHERE contact_id = :c) "
                                 "+ (SELECT COUNT(*) FROM deals WHERE contact_id = :d) "
                                 "+ (SELECT COUNT(*) FROM contacts WHERE company_id = :e)"));
    for (const QString &name :
         {QStringLiteral(":a"), QStringLiteral(":b"), QStringLiteral(":c"), QStringLiteral(":d"), QStringLiteral(":e")})
        query.bindValue(name, id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// True when the row `id` is still the contact created at `createdAt` (ids can be reused).
bool sameRowExists(QSqlDatabase db, qint64 id, const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT created_at FROM contacts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next() && query.value(0).toString() == toStoredTime(createdAt);
}

bool idTaken(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next();
}

Status insertTag(QSqlDatabase db, const TagRow &tag)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO tags (id, name, name_key, color, created_at) "
                                 "VALUES (:id, :name, :key, :color, :created_at) ON CONFLICT DO NOTHING"));
    query.bindValue(QStringLiteral(":id"), tag.id);
    query.bindValue(QStringLiteral(":name"), tag.name);
    query.bindValue(QStringLiteral(":key"), tagKey(tag.name));
    query.bindValue(QStringLiteral(":color"), sqlText(tag.color));
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(tag.createdAt));
    return query.exec() ? Status() : Status(sqlError(query));
}

Status dropTagIfUnused(QSqlDatabase db, qint64 tagId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM tags WHERE id = :id "
                                 "AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE tag_id = :id2)"));
    query.bindValue(QStringLiteral(":id"), tagId);
    query.bindValue(QStringLiteral(":id2"), tagId);
    return query.exec() ? Status() : Status(sqlError(query));
}

Status writeMethodsKeepingIds(QSqlDatabase db, const Contact &contact)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM contact_methods WHERE contact_id = :id"));
    query.bindValue(QStringLiteral(":id"), contact.id);
    if (!query.exec())
        return sqlError(query);
    QSqlQuery taken(db);
    taken.prepare(QStringLiteral("SELECT 1 FROM contact_methods WHERE id = :id"));
    query.prepare(QStringLiteral("INSERT INTO contact_methods (id, contact_id, kind, label, value, normalized, "
                                 "is_primary, position) VALUES (:id, :contact_id, :kind, :label, :value, "
                                 ":normalized, :is_primary, :position)"));
    for (const QList<ContactMethod> *list : {&contact.emails, &contact.phones, &contact.websites}) {
        int position = 0;
        for (const ContactMethod &m : *list) {
            taken.bindValue(QStringLiteral(":id"), m.id);
            // The old id when it is still free; a later row may have taken it.
            const bool keepId = m.id > 0 && taken.exec() && !taken.next();
            query.bindValue(QStringLiteral(":id"), keepId ? QVariant(m.id) : QVariant());
            ContactRows::bindMethodColumns(query, contact.id, m, position++);
            if (!query.exec())
                return sqlError(query);
        }
    }
    return {};
}

} // namespace

ContactEdits::ContactEdits(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<ContactWrite> ContactEdits::create(Contact contact, const QString &newCompany)
{
    contact.id = 0;
    return save(std::move(contact), newCompany, true);
}

Result<ContactWrite> ContactEdits::update(Contact contact, const QString &newCompany)
{
    return save(std::move(contact), newCompany, false);
}

Result<ContactWrite> ContactEdits::save(Contact contact, const QString &newCompany, bool isNew)
{
    ContactRepository repo(m_db, m_clock);
    ContactWrite write;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (!isNew) {
        auto before = repo.get(contact.id);
        if (!before)
            return before.error();
        write.before = std::move(before).value();
    }
    QStringList newTagKeys;
    for (const QString &tag : std::as_const(contact.tags)) {
        const QString key = tagKey(tag);
        if (!key.isEmpty() && !newTagKeys.contains(key) && !readTag(m_db, key))
            newTagKeys.append(key);
    }
    QStringList newFieldKeys;
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
        const QString key = it.key().simplified().toLower();
        if (!it.value().trimmed().isEmpty() && !key.isEmpty() && !newFieldKeys.contains(key) && !readField(m_db, key))
            newFieldKeys.append(key);
    }
    if (!newCompany.simplified().isEmpty()) {
        qint64 companyId = ContactLookup::findCompany(m_db, newCompany);
        if (companyId == 0) {
            Contact company;
            company.kind = Contact::Kind::Company;
            company.displayName = newCompany.simplified();
            const auto created = repo.create(company);
            if (!created)
                return created.error();
            companyId = *created;
            auto stored = repo.get(companyId);
            if (!stored)
                return stored.error();
            write.createdCompany = std::move(stored).value();
        }
        contact.companyId = companyId;
    }
    qint64 id = contact.id;
    if (isNew) {
        const auto created = repo.create(contact);
        if (!created)
            return created.error();
        id = *created;
    } else if (auto s = repo.update(contact); !s) {
        return s.error();
    }
    auto after = repo.get(id);
    if (!after)
        return after.error();
    write.after = std::move(after).value();
    for (const QString &key : std::as_const(newTagKeys)) {
        if (const auto tag = readTag(m_db, key))
            write.createdTags.append(*tag);
    }
    for (const QString &key : std::as_const(newFieldKeys)) {
        if (const auto field = readField(m_db, key))
            write.createdFields.append(*field);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return write;
}

Status ContactEdits::undo(const ContactWrite &write)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (write.before.id == 0) {
        if (auto s = removeContactRow(write.after, QStringLiteral("undo create")); !s)
            return s;
    } else {
        if (!sameRowExists(m_db, write.before.id, write.before.createdAt))
            return goneError(write.before);
        if (auto s = putBack(write.before, false); !s)
            return s;
        const QJsonObject changes
            = ContactRows::diff(ContactRows::snapshot(write.after), ContactRows::snapshot(write.before));
        if (auto s = AuditLog(m_db, m_clock).record(Entity, write.before.id, QStringLiteral("undo update"), changes);
            !s)
            return s;
    }
    // The company made with the contact stays when something else uses it by now.
    if (write.createdCompany.id > 0 && referenceCount(m_db, write.createdCompany.id) == 0
        && sameRowExists(m_db, write.createdCompany.id, write.createdCompany.createdAt)) {
        if (auto s = removeContactRow(write.createdCompany, QStringLiteral("undo create")); !s)
            return s;
    }
    for (const TagRow &tag : write.createdTags) {
        if (auto s = dropTagIfUnused(m_db, tag.id); !s)
            return s;
    }
    for (const FieldRow &field : write.createdFields) {
        if (auto s = dropFieldIfUnused(m_db, field.id); !s)
            return s;
    }
    return tx.commit();
}

Status ContactEdits::redo(const ContactWrite &write)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const TagRow &tag : write.createdTags) {
        if (auto s = insertTag(m_db, tag); !s)
            return s;
    }
    for (const FieldRow &field : write.createdFields) {
        if (auto s = insertField(m_db, field); !s)
            return s;
    }
    AuditLog audit(m_db, m_clock);
    if (write.createdCompany.id > 0 && !sameRowExists(m_db, write.createdCompany.id, write.createdCompany.createdAt)) {
        if (idTaken(m_db, write.createdCompany.id))
            return Error {QCoreApplication::translate("ContactEdits",
                                                      "The company “%1” cannot be created again: its place is taken.")
                              .arg(write.createdCompany.displayName),
                          QStringLiteral("company"), Error::Kind::Conflict};
        if (auto s = putBack(write.createdCompany, true); !s)
            return s;
        if (auto s = audit.record(Entity, write.createdCompany.id, QStringLiteral("redo create"),
                                  ContactRows::snapshot(write.createdCompany));
            !s)
            return s;
    }
    if (write.before.id == 0) {
        if (idTaken(m_db, write.after.id))
            return Error {
                QCoreApplication::translate("ContactEdits", "“%1” cannot be created again: its place is taken.")
                    .arg(write.after.displayName),
                QStringLiteral("id"), Error::Kind::Conflict};
        if (auto s = putBack(write.after, true); !s)
            return s;
        if (auto s
            = audit.record(Entity, write.after.id, QStringLiteral("redo create"), ContactRows::snapshot(write.after));
            !s)
            return s;
    } else {
        if (!sameRowExists(m_db, write.after.id, write.after.createdAt))
            return goneError(write.after);
        if (auto s = putBack(write.after, false); !s)
            return s;
        const QJsonObject changes
            = ContactRows::diff(ContactRows::snapshot(write.before), ContactRows::snapshot(write.after));
        if (auto s = audit.record(Entity, write.after.id, QStringLiteral("redo update"), changes); !s)
            return s;
    }
    return tx.commit();
}

Status ContactEdits::putBack(const Contact &contact, bool insert)
{
    QSqlQuery query(m_db);
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO contacts (id, kind, company_id, first_name, last_name, display_name, sort_key, job_title, "
            "birthday_year, birthday_month, birthday_day, street, city, region, postal_code, country, notes, "
            "email_consent, consent_date, consent_source, created_at, updated_at, deleted_at) "
            "VALUES (:id, :kind, :company_id, :first_name, :last_name, :display_name, :sort_key, :job_title, "
            ":birthday_year, :birthday_month, :birthday_day, :street, :city, :region, :postal_code, :country, :notes, "
            ":email_consent, :consent_date, :consent_source, :created_at, :updated_at, :deleted_at)"));
        query.bindValue(QStringLiteral(":created_at"), toStoredTime(contact.createdAt));
        query.bindValue(QStringLiteral(":deleted_at"), sqlTextOrNull(toStoredTime(contact.deletedAt)));
    } else {
        query.prepare(ContactRows::UpdateContact);
    }
    ContactRows::bindContactColumns(query, contact);
    query.bindValue(QStringLiteral(":id"), contact.id);
    query.bindValue(QStringLiteral(":updated_at"), toStoredTime(contact.updatedAt));
    if (!query.exec())
        return sqlError(query);
    if (auto s = writeMethodsKeepingIds(m_db, contact); !s)
        return s;
    if (auto s = ContactRows::writeTags(m_db, contact.id, contact.tags, m_clock); !s)
        return s;
    return ContactRows::writeCustomValues(m_db, contact.id, contact.custom, m_clock);
}

Status ContactEdits::removeContactRow(const Contact &contact, const QString &why)
{
    if (!sameRowExists(m_db, contact.id, contact.createdAt))
        return goneError(contact);
    if (const int references = referenceCount(m_db, contact.id); references != 0)
        return Error {QCoreApplication::translate("ContactEdits",
                                                  "“%1” has orders, notes, follow-ups, deals or members by now, so "
                                                  "its creation can no longer be undone.")
                          .arg(contact.displayName),
                      QStringLiteral("id"), Error::Kind::Conflict};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM custom_field_values WHERE entity_id = :id "
                                 "AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"));
    query.bindValue(QStringLiteral(":id"), contact.id);
    if (!query.exec())
        return sqlError(query);
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), contact.id);
    if (!query.exec())
        return sqlError(query);
    return AuditLog(m_db, m_clock).record(Entity, contact.id, why, ContactRows::snapshot(contact));
}

} // namespace clientele
