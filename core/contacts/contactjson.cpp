#include "contactjson.h"

#include "common/timeformat.h"

#include <QJsonArray>

namespace clientele {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The contact's lists are primary first already; the stable sort keeps that order even for a
// hand-built contact whose primary flag sits further down.
QJsonArray methodValues(const QList<ContactMethod> &methods)
{
    QJsonArray values;
    for (const ContactMethod &m : methods) {
        if (m.primary)
            values.append(m.value);
    }
    for (const ContactMethod &m : methods) {
        if (!m.primary)
            values.append(m.value);
    }
    return values;
}

} // namespace

QJsonObject contactToJson(const Contact &contact)
{
    const QJsonObject address {{QStringLiteral("street"), contact.address.street},
                               {QStringLiteral("city"), contact.address.city},
                               {QStringLiteral("region"), contact.address.region},
                               {QStringLiteral("postal_code"), contact.address.postalCode},
                               {QStringLiteral("country"), contact.address.country}};

    const QJsonValue marketing = contact.consent.emailMarketing.has_value()
        ? QJsonValue(*contact.consent.emailMarketing)
        : QJsonValue(QJsonValue::Null);
    const QJsonObject consent {{QStringLiteral("email_marketing"), marketing},
                               {QStringLiteral("date"),
                                contact.consent.date.isValid() ? QJsonValue(toStoredDate(contact.consent.date))
                                                               : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("source"), contact.consent.source}};

    QJsonObject custom;
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it)
        custom.insert(it.key(), it.value());

    return QJsonObject {
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("kind"), Contact::kindName(contact.kind)},
        {QStringLiteral("first_name"), contact.firstName},
        {QStringLiteral("last_name"), contact.lastName},
        {QStringLiteral("display_name"), contact.displayName},
        {QStringLiteral("company"), stringOrNull(contact.companyName)},
        {QStringLiteral("emails"), methodValues(contact.emails)},
        {QStringLiteral("phones"), methodValues(contact.phones)},
        {QStringLiteral("address"), address},
        {QStringLiteral("birthday"),
         contact.birthday.isValid() ? QJsonValue(contact.birthday.toIso()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("notes"), contact.notes},
        {QStringLiteral("consent"), consent},
        {QStringLiteral("custom"), custom},
        {QStringLiteral("created_at"), stringOrNull(toStoredTime(contact.createdAt))},
        {QStringLiteral("updated_at"), stringOrNull(toStoredTime(contact.updatedAt))},
    };
}

} // namespace clientele
