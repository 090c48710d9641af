#include "contactinserter.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "contacts/contactrows.h"

#include <QCoreApplication>
#include <QSqlError>

namespace clientele {

namespace {

Error insertError(const QSqlQuery &query)
{
    return Error {
        QCoreApplication::translate("Importer", "The contact could not be saved: %1").arg(query.lastError().text())};
}

} // namespace

ContactInserter::ContactInserter(QSqlDatabase db, const Clock &clock, qint64 batchId)
    : m_db(db)
    , m_clock(clock)
    , m_batchId(batchId)
    , m_contact(db)
    , m_method(db)
    , m_tag(db)
    , m_tagLookup(db)
    , m_contactTag(db)
    , m_audit(db)
{ }

Status ContactInserter::prepare()
{
    m_now = toStoredTime(m_clock.nowUtc());
    m_actor = AuditLog::actor();
    m_auditChanges = QStringLiteral("{\"import_batch\":%1}").arg(m_batchId);
    // The same columns and placeholders as ContactRepository::create, so bindContactColumns fits.
    const bool ok
        = m_contact.prepare(QStringLiteral(
              "INSERT INTO contacts (kind, company_id, first_name, last_name, display_name, sort_key, job_title, "
              "birthday_year, birthday_month, birthday_day, street, city, region, postal_code, country, notes, "
              "email_consent, consent_date, consent_source, import_batch_id, created_at, updated_at) "
              "VALUES (:kind, :company_id, :first_name, :last_name, :display_name, :sort_key, :job_title, "
              ":birthday_year, :birthday_month, :birthday_day, :street, :city, :region, :postal_code, :country, "
              ":notes, :email_consent, :consent_date, :consent_source, :batch, :created_at, :updated_at)"))
        && m_method.prepare(
            QStringLiteral("INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, "
                           "position, import_batch_id) "
                           "VALUES (:contact_id, :kind, :label, :value, :normalized, :is_primary, :position, :batch)"))
        && m_tag.prepare(QStringLiteral("INSERT INTO tags (name, name_key, created_at) VALUES (:name, :key, :now) "
                                        "ON CONFLICT (name_key) DO NOTHING"))
        && m_tagLookup.prepare(QStringLiteral("SELECT id FROM tags WHERE name_key = :key"))
        && m_contactTag.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (:contact, :tag) "
                                               "ON CONFLICT DO NOTHING"))
        && m_audit.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, changes) "
                                          "VALUES (:at, :actor, 'contact', :id, 'create', :changes)"));
    if (!ok)
        return Error {QCoreApplication::translate("Importer", "The import could not be prepared: %1")
                          .arg(m_db.lastError().text())};
    return {};
}

Result<qint64> ContactInserter::tagId(const QString &name)
{
    const QString key = name.toLower();
    if (const auto it = m_tags.constFind(key); it != m_tags.cend())
        return it.value();
    m_tag.bindValue(QStringLiteral(":name"), name);
    m_tag.bindValue(QStringLiteral(":key"), key);
    m_tag.bindValue(QStringLiteral(":now"), m_now);
    if (!m_tag.exec())
        return insertError(m_tag);
    m_tagLookup.bindValue(QStringLiteral(":key"), key);
    if (!m_tagLookup.exec() || !m_tagLookup.next())
        return insertError(m_tagLookup);
    const qint64 id = m_tagLookup.value(0).toLongLong();
    m_tagLookup.finish();
    m_tags.insert(key, id);
    return id;
}

Result<qint64> ContactInserter::insert(const Contact &contact)
{
    ContactRows::bindContactColumns(m_contact, contact);
    m_contact.bindValue(QStringLiteral(":batch"), m_batchId);
    m_contact.bindValue(QStringLiteral(":created_at"), m_now);
    m_contact.bindValue(QStringLiteral(":updated_at"), m_now);
    if (!m_contact.exec())
        return insertError(m_contact);
    const qint64 id = m_contact.lastInsertId().toLongLong();

    for (const QList<ContactMethod> *list : {&contact.emails, &contact.phones, &contact.websites}) {
        int position = 0;
        for (const ContactMethod &method : *list) {
            ContactRows::bindMethodColumns(m_method, id, method, position++);
            m_method.bindValue(QStringLiteral(":batch"), m_batchId);
            if (!m_method.exec())
                return insertError(m_method);
        }
    }
    for (const QString &tag : contact.tags) {
        const auto tagIdResult = tagId(tag);
        if (!tagIdResult)
            return tagIdResult.error();
        m_contactTag.bindValue(QStringLiteral(":contact"), id);
        m_contactTag.bindValue(QStringLiteral(":tag"), *tagIdResult);
        if (!m_contactTag.exec())
            return insertError(m_contactTag);
    }
    m_audit.bindValue(QStringLiteral(":at"), m_now);
    m_audit.bindValue(QStringLiteral(":actor"), m_actor);
    m_audit.bindValue(QStringLiteral(":id"), id);
    m_audit.bindValue(QStringLiteral(":changes"), m_auditChanges);
    if (!m_audit.exec())
        return insertError(m_audit);
    if (!contact.custom.isEmpty()) {
        if (auto s = ContactRows::writeCustomValues(m_db, id, contact.custom, m_clock); !s)
            return s.error();
    }
    return id;
}

} // namespace clientele
