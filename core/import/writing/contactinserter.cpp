#include "contactinserter.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "contacts/contactrows.h"
#include "db/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace clientele {

namespace {

Error insertError(const QSqlQuery &query)
{
    return Error {
        QCoreApplication::translate("Importer", "The contact could not be saved: %1").arg(query.lastError().text())};
}

} // namespace

ContactInserter::ContactInserter(QSqlDatabase db, const Clock &clock, qint64 batchId,
                                 QHash<QString, CustomField::Type> newFieldTypes)
    : m_db(db)
    , m_clock(clock)
    , m_batchId(batchId)
    , m_contact(db)
    , m_method(db)
    , m_tag(db)
    , m_tagLookup(db)
    , m_contactTag(db)
    , m_customValue(db)
    , m_audit(db)
    , m_companyKey(db)
    , m_fields(db, clock)
    , m_newFieldTypes(std::move(newFieldTypes))
{ }

Status ContactInserter::prepare()
{
    m_now = toStoredTime(m_clock.nowUtc());
    m_actor = AuditLog::actor();
    m_auditChanges = QStringLiteral("{\"import_batch\":%1}").arg(m_batchId);
    // The same columns and placeholders as ContactRepository::create, so bindContactColumns fits,
    // plus the contact list's sort keys: written with the row, so the list's indexes are written
    // once and no second pass rewrites every new row (see lastNameKey() and companyKey()).
    const bool ok
        = m_contact.prepare(QStringLiteral(
              "INSERT INTO contacts (kind, company_id, first_name, last_name, display_name, sort_key, job_title, "
              "birthday_year, birthday_month, birthday_day, street, city, region, postal_code, country, notes, "
              "email_consent, consent_date, consent_source, import_batch_id, created_at, updated_at, "
              "last_name_key, company_key, primary_email, primary_phone, tag_list) "
              "VALUES (:kind, :company_id, :first_name, :last_name, :display_name, :sort_key, :job_title, "
              ":birthday_year, :birthday_month, :birthday_day, :street, :city, :region, :postal_code, :country, "
              ":notes, :email_consent, :consent_date, :consent_source, :batch, :created_at, :created_at, "
              ":last_name_key, :company_key, :primary_email, :primary_phone, :tag_list)"))
        && m_companyKey.prepare(QStringLiteral("SELECT sort_key FROM contacts WHERE id = :id"))
        && m_method.prepare(
            QStringLiteral("INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, "
                           "position, import_batch_id) "
                           "VALUES (:contact_id, :kind, :label, :value, :normalized, :is_primary, :position, :batch)"))
        && m_tag.prepare(QStringLiteral("INSERT INTO tags (name, name_key, created_at) VALUES (:name, :key, :now) "
                                        "ON CONFLICT (name_key) DO NOTHING"))
        && m_tagLookup.prepare(QStringLiteral("SELECT id, name FROM tags WHERE name_key = :key"))
        && m_contactTag.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (:contact, :tag) "
                                               "ON CONFLICT DO NOTHING"))
        && m_customValue.prepare(QStringLiteral("INSERT INTO custom_field_values (field_id, entity_id, value) "
                                                "VALUES (:field, :entity, :value)"))
        && m_audit.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, changes) "
                                          "VALUES (:at, :actor, 'contact', :id, 'create', :changes)"));
    if (!ok)
        return Error {QCoreApplication::translate("Importer", "The import could not be prepared: %1")
                          .arg(m_db.lastError().text())};
    return {};
}

Result<ContactInserter::Tag> ContactInserter::tag(const QString &name)
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
    // The stored spelling: an existing "VIP" stays "VIP" when the file says "vip".
    const Tag found {m_tagLookup.value(0).toLongLong(), m_tagLookup.value(1).toString()};
    m_tagLookup.finish();
    m_tags.insert(key, found);
    return found;
}

Result<qint64> ContactInserter::customFieldId(const QString &name)
{
    if (const auto it = m_fieldsByName.constFind(name); it != m_fieldsByName.cend())
        return it->id;
    const auto id = m_fields.ensure(name);
    if (!id)
        return id.error();
    return *id;
}

Status ContactInserter::prepareCustomFields(const Contact &contact)
{
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
        auto known = m_fieldsByName.constFind(it.key());
        if (known == m_fieldsByName.cend()) {
            auto field = m_fields.findByName(it.key());
            if (!field && field.error().kind == Error::Kind::NotFound) {
                CustomField created;
                created.name = it.key();
                created.type = m_newFieldTypes.value(it.key(), CustomField::Type::Text);
                const auto id = m_fields.create(created);
                if (!id)
                    return id.error();
                created.id = *id;
                field = created;
            }
            if (!field)
                return field.error();
            known = m_fieldsByName.insert(it.key(), *field);
        }
        if (auto status = CustomFieldRepository::validateValue(known.value(), it.value()); !status)
            return status;
    }
    return {};
}

namespace {

// SQLite's length() and substr() count characters (code points), not UTF-16 units.
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

// The last `count` characters, as SQLite's substr(text, -count) takes them.
QStringView lastCodePoints(QStringView text, qsizetype count)
{
    qsizetype start = text.size();
    for (; start > 0 && count > 0; --count) {
        --start;
        if (start > 0 && text.at(start).isLowSurrogate() && text.at(start - 1).isHighSurrogate())
            --start;
    }
    return text.mid(start);
}

// SQLite's built-in lower(): ASCII letters only, every other character as it is.
QString sqliteLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return lower;
}

} // namespace

QString ContactInserter::lastNameKey(const Contact &contact, const QString &sortKey)
{
    // 0002_contact_list.sql's CASE, as its trigger computes it (the import tests compare both).
    const QString &last = contact.lastName;
    if (contact.kind == Contact::Kind::Company || last.isEmpty())
        return sortKey;
    const qsizetype lastLength = codePoints(last);
    if (codePoints(sortKey) == codePoints(contact.displayName)
        && lastCodePoints(contact.displayName, lastLength) == last)
        return lastCodePoints(sortKey, lastLength).toString() + QLatin1Char(' ') + sortKey;
    return sqliteLower(last) + QLatin1Char(' ') + sortKey;
}

Result<QString> ContactInserter::companyKey(qint64 companyId)
{
    if (companyId <= 0)
        return QString();
    if (const auto it = m_companyKeys.constFind(companyId); it != m_companyKeys.cend())
        return it.value();
    m_companyKey.bindValue(QStringLiteral(":id"), companyId);
    if (!m_companyKey.exec())
        return insertError(m_companyKey);
    const QString key = m_companyKey.next() ? m_companyKey.value(0).toString() : QString();
    m_companyKey.finish();
    m_companyKeys.insert(companyId, key);
    return key;
}

QString ContactInserter::primaryValue(const QList<ContactMethod> &methods)
{
    // As the list's trigger picks it: the first primary one, else the first one.
    for (const ContactMethod &method : methods) {
        if (method.primary)
            return method.value;
    }
    return methods.isEmpty() ? QString() : methods.constFirst().value;
}

Result<qint64> ContactInserter::insert(const Contact &contact)
{
    QList<Tag> tags;
    tags.reserve(contact.tags.size());
    for (const QString &name : contact.tags) {
        const auto found = tag(name);
        if (!found)
            return found.error();
        if (std::none_of(tags.cbegin(), tags.cend(), [&](const Tag &t) { return t.id == found->id; }))
            tags.append(*found);
    }
    // The list shows the tags as the trigger joins them: in the order of their ids.
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.id < b.id; });
    QStringList tagNames;
    for (const Tag &t : std::as_const(tags))
        tagNames.append(t.name);

    const auto company = companyKey(contact.companyId);
    if (!company)
        return company.error();
    const QString sortKey = ContactRows::sortKey(contact);
    ContactRows::bindContactColumns(m_contact, contact);
    m_contact.bindValue(QStringLiteral(":last_name_key"), sqlText(lastNameKey(contact, sortKey)));
    m_contact.bindValue(QStringLiteral(":company_key"), sqlText(*company));
    m_contact.bindValue(QStringLiteral(":batch"), m_batchId);
    m_contact.bindValue(QStringLiteral(":created_at"), m_now);
    m_contact.bindValue(QStringLiteral(":primary_email"), sqlText(primaryValue(contact.emails)));
    m_contact.bindValue(QStringLiteral(":primary_phone"), sqlText(primaryValue(contact.phones)));
    m_contact.bindValue(QStringLiteral(":tag_list"), sqlText(tagNames.join(QStringLiteral(", "))));
    if (!m_contact.exec())
        return insertError(m_contact);
    const qint64 id = m_contact.lastInsertId().toLongLong();
    if (contact.kind == Contact::Kind::Company)
        m_companyKeys.insert(id, sortKey);

    for (const QList<ContactMethod> *list : {&contact.emails, &contact.phones, &contact.websites}) {
        int position = 0;
        for (const ContactMethod &method : *list) {
            ContactRows::bindMethodColumns(m_method, id, method, position++);
            m_method.bindValue(QStringLiteral(":batch"), m_batchId);
            if (!m_method.exec())
                return insertError(m_method);
        }
    }
    for (const Tag &t : std::as_const(tags)) {
        m_contactTag.bindValue(QStringLiteral(":contact"), id);
        m_contactTag.bindValue(QStringLiteral(":tag"), t.id);
        if (!m_contactTag.exec())
            return insertError(m_contactTag);
    }
    m_audit.bindValue(QStringLiteral(":at"), m_now);
    m_audit.bindValue(QStringLiteral(":actor"), m_actor);
    m_audit.bindValue(QStringLiteral(":id"), id);
    m_audit.bindValue(QStringLiteral(":changes"), m_auditChanges);
    if (!m_audit.exec())
        return insertError(m_audit);
    // A new contact has no values yet: no DELETE first, as ContactRows::writeCustomValues needs.
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const auto field = customFieldId(it.key());
        if (!field)
            return field.error();
        m_customValue.bindValue(QStringLiteral(":field"), *field);
        m_customValue.bindValue(QStringLiteral(":entity"), id);
        m_customValue.bindValue(QStringLiteral(":value"), it.value());
        if (!m_customValue.exec())
            return insertError(m_customValue);
    }
    return id;
}

} // namespace clientele
