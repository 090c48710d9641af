#include "contactrows.h"

#include "common/clock.h"
#include "common/timeformat.h"
#include "customfields/customfieldrepository.h"
#include "db/sqlvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele::ContactRows {

namespace {

Error sqlError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("ContactRepository", "The contact could not be saved: %1")
                      .arg(query.lastError().text())};
}

QJsonArray methodsJson(const QList<ContactMethod> &methods)
{
    QJsonArray array;
    for (const ContactMethod &m : methods)
        array.append(QJsonObject {{QStringLiteral("label"), m.label}, {QStringLiteral("value"), m.value}});
    return array;
}

} // namespace

const QString UpdateContact = QStringLiteral(
    "UPDATE contacts SET kind = :kind, company_id = :company_id, first_name = :first_name, "
    "last_name = :last_name, display_name = :display_name, sort_key = :sort_key, job_title = :job_title, "
    "birthday_year = :birthday_year, birthday_month = :birthday_month, birthday_day = :birthday_day, "
    "street = :street, city = :city, region = :region, postal_code = :postal_code, country = :country, "
    "notes = :notes, email_consent = :email_consent, consent_date = :consent_date, "
    "consent_source = :consent_source, updated_at = :updated_at WHERE id = :id");

void bindContactColumns(QSqlQuery &query, const Contact &c)
{
    query.bindValue(QStringLiteral(":kind"), Contact::kindName(c.kind));
    query.bindValue(QStringLiteral(":company_id"), c.companyId > 0 ? QVariant(c.companyId) : QVariant());
    query.bindValue(QStringLiteral(":first_name"), sqlText(c.firstName));
    query.bindValue(QStringLiteral(":last_name"), sqlText(c.lastName));
    query.bindValue(QStringLiteral(":display_name"), sqlText(c.displayName));
    query.bindValue(QStringLiteral(":sort_key"), sqlText(sortKey(c)));
    query.bindValue(QStringLiteral(":job_title"), sqlText(c.jobTitle));
    const bool hasBirthday = c.birthday.isValid();
    query.bindValue(QStringLiteral(":birthday_year"),
                    hasBirthday && c.birthday.hasYear() ? QVariant(c.birthday.year) : QVariant());
    query.bindValue(QStringLiteral(":birthday_month"), hasBirthday ? QVariant(c.birthday.month) : QVariant());
    query.bindValue(QStringLiteral(":birthday_day"), hasBirthday ? QVariant(c.birthday.day) : QVariant());
    query.bindValue(QStringLiteral(":street"), sqlText(c.address.street));
    query.bindValue(QStringLiteral(":city"), sqlText(c.address.city));
    query.bindValue(QStringLiteral(":region"), sqlText(c.address.region));
    query.bindValue(QStringLiteral(":postal_code"), sqlText(c.address.postalCode));
    query.bindValue(QStringLiteral(":country"), sqlText(c.address.country));
    query.bindValue(QStringLiteral(":notes"), sqlText(c.notes));
    query.bindValue(QStringLiteral(":email_consent"),
                    c.consent.emailMarketing.has_value() ? QVariant(*c.consent.emailMarketing ? 1 : 0) : QVariant());
    query.bindValue(QStringLiteral(":consent_date"), sqlTextOrNull(toStoredDate(c.consent.date)));
    query.bindValue(QStringLiteral(":consent_source"), sqlText(c.consent.source));
}

void bindMethodColumns(QSqlQuery &query, qint64 contactId, const ContactMethod &method, int position)
{
    query.bindValue(QStringLiteral(":contact_id"), contactId);
    query.bindValue(QStringLiteral(":kind"), ContactMethod::kindName(method.kind));
    query.bindValue(QStringLiteral(":label"), sqlText(method.label));
    query.bindValue(QStringLiteral(":value"), method.value);
    query.bindValue(QStringLiteral(":normalized"), sqlText(method.normalized));
    query.bindValue(QStringLiteral(":is_primary"), method.primary ? 1 : 0);
    query.bindValue(QStringLiteral(":position"), position);
}

Status writeMethods(QSqlDatabase db, qint64 contactId, const Contact &contact)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM contact_methods WHERE contact_id = :id"));
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return sqlError(query);
    query.prepare(
        QStringLiteral("INSERT INTO contact_methods (contact_id, kind, label, value, normalized, is_primary, position) "
                       "VALUES (:contact_id, :kind, :label, :value, :normalized, :is_primary, :position)"));
    for (const QList<ContactMethod> *list : {&contact.emails, &contact.phones, &contact.websites}) {
        int position = 0;
        for (const ContactMethod &m : *list) {
            bindMethodColumns(query, contactId, m, position++);
            if (!query.exec())
                return sqlError(query);
        }
    }
    return {};
}

Status writeTags(QSqlDatabase db, qint64 contactId, const QStringList &tags, const Clock &clock)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = :id"));
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return sqlError(query);
    for (const QString &tag : tags) {
        query.prepare(QStringLiteral("INSERT INTO tags (name, name_key, created_at) VALUES (:name, :key, :now) "
                                     "ON CONFLICT (name_key) DO NOTHING"));
        query.bindValue(QStringLiteral(":name"), tag);
        query.bindValue(QStringLiteral(":key"), tag.toLower());
        query.bindValue(QStringLiteral(":now"), toStoredTime(clock.nowUtc()));
        if (!query.exec())
            return sqlError(query);
        query.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) "
                                     "SELECT :contact_id, id FROM tags WHERE name_key = :key"));
        query.bindValue(QStringLiteral(":contact_id"), contactId);
        query.bindValue(QStringLiteral(":key"), tag.toLower());
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

Status writeCustomValues(QSqlDatabase db, qint64 contactId, const QMap<QString, QString> &values, const Clock &clock)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM custom_field_values WHERE entity_id = :id "
                                 "AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"));
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return sqlError(query);
    CustomFieldRepository fields(db, clock);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const auto fieldId = fields.ensure(it.key());
        if (!fieldId)
            return fieldId.error();
        query.prepare(QStringLiteral("INSERT INTO custom_field_values (field_id, entity_id, value) "
                                     "VALUES (:field_id, :entity_id, :value)"));
        query.bindValue(QStringLiteral(":field_id"), *fieldId);
        query.bindValue(QStringLiteral(":entity_id"), contactId);
        query.bindValue(QStringLiteral(":value"), it.value());
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

void readMethods(QSqlDatabase db, Contact &contact)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, kind, label, value, normalized, is_primary FROM contact_methods "
                                 "WHERE contact_id = :id ORDER BY kind, is_primary DESC, position, id"));
    query.bindValue(QStringLiteral(":id"), contact.id);
    query.exec();
    while (query.next()) {
        ContactMethod m;
        m.id = query.value(0).toLongLong();
        const QString kind = query.value(1).toString();
        m.label = query.value(2).toString();
        m.value = query.value(3).toString();
        m.normalized = query.value(4).toString();
        m.primary = query.value(5).toInt() != 0;
        if (kind == QLatin1String("email")) {
            m.kind = ContactMethod::Kind::Email;
            contact.emails.append(m);
        } else if (kind == QLatin1String("phone")) {
            m.kind = ContactMethod::Kind::Phone;
            contact.phones.append(m);
        } else {
            m.kind = ContactMethod::Kind::Web;
            contact.websites.append(m);
        }
    }
}

void readTags(QSqlDatabase db, Contact &contact)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE ct.contact_id = :id ORDER BY t.name_key"));
    query.bindValue(QStringLiteral(":id"), contact.id);
    query.exec();
    while (query.next())
        contact.tags.append(query.value(0).toString());
}

void readCustomValues(QSqlDatabase db, Contact &contact)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT f.name, v.value FROM custom_field_values v "
                                 "JOIN custom_fields f ON f.id = v.field_id "
                                 "WHERE v.entity_id = :id AND f.entity = 'contact' ORDER BY f.position, f.name_key"));
    query.bindValue(QStringLiteral(":id"), contact.id);
    query.exec();
    while (query.next())
        contact.custom.insert(query.value(0).toString(), query.value(1).toString());
}

QJsonObject snapshot(const Contact &c)
{
    QJsonObject custom;
    for (auto it = c.custom.cbegin(); it != c.custom.cend(); ++it)
        custom.insert(it.key(), it.value());
    QJsonValue consent = QJsonValue::Null;
    if (c.consent.emailMarketing.has_value())
        consent = *c.consent.emailMarketing;
    return QJsonObject {
        {QStringLiteral("kind"), Contact::kindName(c.kind)},
        {QStringLiteral("company_id"), c.companyId},
        {QStringLiteral("first_name"), c.firstName},
        {QStringLiteral("last_name"), c.lastName},
        {QStringLiteral("display_name"), c.displayName},
        {QStringLiteral("job_title"), c.jobTitle},
        {QStringLiteral("birthday"), c.birthday.toIso()},
        {QStringLiteral("street"), c.address.street},
        {QStringLiteral("city"), c.address.city},
        {QStringLiteral("region"), c.address.region},
        {QStringLiteral("postal_code"), c.address.postalCode},
        {QStringLiteral("country"), c.address.country},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("email_consent"), consent},
        {QStringLiteral("consent_date"), toStoredDate(c.consent.date)},
        {QStringLiteral("consent_source"), c.consent.source},
        {QStringLiteral("emails"), methodsJson(c.emails)},
        {QStringLiteral("phones"), methodsJson(c.phones)},
        {QStringLiteral("websites"), methodsJson(c.websites)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("custom"), custom},
    };
}

QJsonObject diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QJsonArray {old, it.value()});
    }
    return changes;
}

QString sortKey(const Contact &contact)
{
    // NFD splits "É" into "E" + a combining accent, which is then dropped.
    const QString decomposed = contact.displayName.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded();
}

} // namespace clientele::ContactRows
