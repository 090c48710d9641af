// Validation and normalization of contacts, shared by create() and update().
#include "contactrepository.h"
#include "phonenumber.h"

#include "customfields/customfieldrepository.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace clientele {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return Error {message, field, Error::Kind::Validation};
}

QString collapseSpaces(const QString &text)
{
    return text.simplified();
}

// Primary first; exactly one primary when the list is not empty; empty values dropped.
void tidyMethods(QList<ContactMethod> &methods, ContactMethod::Kind kind)
{
    methods.erase(std::remove_if(methods.begin(), methods.end(),
                                 [](const ContactMethod &m) { return m.value.trimmed().isEmpty(); }),
                  methods.end());
    std::stable_partition(methods.begin(), methods.end(), [](const ContactMethod &m) { return m.primary; });
    for (qsizetype i = 0; i < methods.size(); ++i) {
        methods[i].kind = kind;
        methods[i].primary = i == 0;
        methods[i].value = methods[i].value.trimmed();
        methods[i].label = methods[i].label.trimmed();
    }
}

} // namespace

QString ContactRepository::phoneRegion() const
{
    if (m_phoneRegion.isEmpty())
        m_phoneRegion = BusinessSettings(m_db).phoneRegion();
    return m_phoneRegion;
}

void ContactRepository::normalize(Contact &contact, PhoneNormalization phones) const
{
    contact.firstName = collapseSpaces(contact.firstName);
    contact.lastName = collapseSpaces(contact.lastName);
    contact.displayName = collapseSpaces(contact.displayName);
    contact.jobTitle = collapseSpaces(contact.jobTitle);
    if (contact.displayName.isEmpty() && contact.kind == Contact::Kind::Person)
        contact.displayName = collapseSpaces(contact.firstName + QLatin1Char(' ') + contact.lastName);
    if (contact.kind == Contact::Kind::Company)
        contact.companyId = 0;

    tidyMethods(contact.emails, ContactMethod::Kind::Email);
    tidyMethods(contact.phones, ContactMethod::Kind::Phone);
    tidyMethods(contact.websites, ContactMethod::Kind::Web);
    for (ContactMethod &email : contact.emails)
        email.normalized = EmailAddress::normalize(email.value);
    for (ContactMethod &phone : contact.phones) {
        if (phones == PhoneNormalization::KeepGiven && !phone.normalized.isEmpty())
            continue;
        phone.normalized = PhoneNumber::normalize(phone.value, phoneRegion());
    }
    for (ContactMethod &web : contact.websites)
        web.normalized = web.value.toLower();

    // Tags: trimmed, no empties, no case-insensitive duplicates, first spelling wins.
    QStringList tags;
    QStringList keys;
    for (const QString &tag : std::as_const(contact.tags)) {
        const QString name = collapseSpaces(tag);
        if (name.isEmpty() || keys.contains(name.toLower()))
            continue;
        keys.append(name.toLower());
        tags.append(name);
    }
    contact.tags = tags;

    QMap<QString, QString> custom;
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
        const QString name = collapseSpaces(it.key());
        if (!name.isEmpty())
            custom.insert(name, it.value().trimmed());
    }
    contact.custom = custom;
    contact.address.country = contact.address.country.trimmed();
    contact.consent.source = contact.consent.source.trimmed();
}

Status ContactRepository::validate(const Contact &contact, References references) const
{
    if (contact.kind == Contact::Kind::Company) {
        if (contact.displayName.trimmed().isEmpty())
            return invalid(QStringLiteral("display_name"),
                           QCoreApplication::translate("ContactRepository", "A company needs a name."));
    } else if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty()
               && contact.displayName.trimmed().isEmpty()) {
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("ContactRepository", "A contact needs a first or last name."));
    }
    for (const ContactMethod &email : contact.emails) {
        if (!email.value.trimmed().isEmpty() && !EmailAddress::isValid(email.value))
            return invalid(QStringLiteral("email"),
                           QCoreApplication::translate("ContactRepository", "'%1' is not a valid email address.")
                               .arg(email.value.trimmed()));
    }
    for (const ContactMethod &phone : contact.phones) {
        if (!phone.value.trimmed().isEmpty() && !PhoneNumber::looksLikePhone(phone.value))
            return invalid(QStringLiteral("phone"),
                           QCoreApplication::translate("ContactRepository", "'%1' is not a phone number.")
                               .arg(phone.value.trimmed()));
    }
    if (!contact.birthday.isNull() && !contact.birthday.isValid())
        return invalid(QStringLiteral("birthday"),
                       QCoreApplication::translate("ContactRepository", "The birthday is not a valid date."));
    if (references == References::Trusted)
        return {};
    if (contact.companyId != 0) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT kind FROM contacts WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), contact.companyId);
        if (!query.exec() || !query.next())
            return invalid(QStringLiteral("company"),
                           QCoreApplication::translate("ContactRepository", "The company (id %1) does not exist.")
                               .arg(contact.companyId));
        if (query.value(0).toString() != QLatin1String("company"))
            return invalid(QStringLiteral("company"),
                           QCoreApplication::translate("ContactRepository", "Contact %1 is not a company.")
                               .arg(contact.companyId));
        if (contact.companyId == contact.id)
            return invalid(QStringLiteral("company"),
                           QCoreApplication::translate("ContactRepository", "A contact cannot belong to itself."));
    }
    if (!contact.custom.isEmpty()) {
        const CustomFieldRepository fields(m_db, m_clock);
        for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
            const auto field = fields.findByName(it.key());
            if (!field)
                continue; // created as a text field on write
            if (auto status = CustomFieldRepository::validateValue(*field, it.value()); !status)
                return status;
        }
    }
    return {};
}

} // namespace clientele
