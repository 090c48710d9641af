#include "contactmatcher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>

namespace clientele {

namespace {

/// lupdate files these strings under "ContactMatcher", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ContactMatcher)
};

bool usesEmail(MatchKey key)
{
    return key == MatchKey::EmailThenPhone || key == MatchKey::Email;
}

bool usesPhone(MatchKey key)
{
    return key == MatchKey::EmailThenPhone || key == MatchKey::Phone;
}

} // namespace

ContactMatcher::ContactMatcher(MatchKey key, bool withNames)
    : m_key(key)
    , m_withNames(withNames)
{ }

quint64 ContactMatcher::key(QStringView kind, const QString &value)
{
    // Two independent seeds make one 64-bit value out of two hashes of the kind-prefixed text.
    const size_t a = qHash(kind, 0x9e3779b9U) ^ qHash(value, 0x85ebca6bU);
    return static_cast<quint64>(a);
}

quint64 ContactMatcher::personNameKey(const QString &first, const QString &last)
{
    const QString name = (first + QLatin1Char(' ') + last).simplified().toCaseFolded();
    return name.isEmpty() ? 0 : key(u"n", name);
}

QString ContactMatcher::nameKey(const QString &first, const QString &last, const QString &display)
{
    QString name = (first + QLatin1Char(' ') + last).simplified();
    if (name.isEmpty())
        name = display.simplified();
    return name.toLower();
}

Status ContactMatcher::load(QSqlDatabase db)
{
    QSqlQuery methods(db);
    methods.setForwardOnly(true);
    if (!methods.exec(
            QStringLiteral("SELECT m.kind, m.normalized, m.contact_id, EXISTS (SELECT 1 FROM contact_methods e "
                           "WHERE e.contact_id = m.contact_id AND e.kind = 'email'), c.first_name, c.last_name "
                           "FROM contact_methods m JOIN contacts c ON c.id = m.contact_id "
                           "WHERE c.deleted_at IS NULL AND m.kind IN ('email', 'phone') "
                           "ORDER BY m.contact_id")))
        return Error {Text::tr("The existing contacts could not be read: %1").arg(methods.lastError().text())};
    while (methods.next()) {
        const QString normalized = methods.value(1).toString();
        if (normalized.isEmpty())
            continue;
        const qint64 id = methods.value(2).toLongLong();
        // The oldest contact wins when several share an email or phone.
        if (methods.value(0).toString() == QLatin1String("email")) {
            const quint64 k = key(u"e", normalized);
            if (!m_emails.contains(k))
                m_emails.insert(k, id);
            continue;
        }
        const quint64 k = key(u"p", normalized);
        if (!m_phones.contains(k))
            m_phones.insert(k,
                            {id, personNameKey(methods.value(4).toString(), methods.value(5).toString()), 0,
                             methods.value(3).toBool()});
    }
    if (m_key != MatchKey::NameAndCompany && !m_withNames)
        return {};

    QSqlQuery names(db);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.display_name, co.display_name "
                                   "FROM contacts c LEFT JOIN contacts co ON co.id = c.company_id "
                                   "WHERE c.deleted_at IS NULL AND c.kind = 'person' ORDER BY c.id")))
        return Error {Text::tr("The existing contacts could not be read: %1").arg(names.lastError().text())};
    while (names.next()) {
        const QString name = nameKey(names.value(1).toString(), names.value(2).toString(), names.value(3).toString());
        if (name.isEmpty())
            continue;
        const qint64 id = names.value(0).toLongLong();
        // The oldest contact wins when several share a key: later inserts do not replace it.
        if (m_key == MatchKey::NameAndCompany) {
            const quint64 k = key(u"n", name + QChar(0x1f) + names.value(4).toString().simplified().toLower());
            if (!m_names.contains(k))
                m_names.insert(k, id);
        }
        if (m_withNames) {
            const quint64 k = key(u"n", name);
            if (!m_plainNames.contains(k))
                m_plainNames.insert(k, id);
        }
    }
    return {};
}

ContactMatcher::Match ContactMatcher::find(const Contact &contact, const QString &companyName) const
{
    if (usesEmail(m_key)) {
        for (const ContactMethod &email : contact.emails) {
            if (const qint64 id = findEmail(email.normalized))
                return {id, By::Email};
        }
    }
    Match possible;
    if (usesPhone(m_key)) {
        const bool recordHasEmail = !contact.emails.isEmpty();
        const quint64 name = personNameKey(contact.firstName, contact.lastName);
        for (const ContactMethod &phone : contact.phones) {
            if (phone.normalized.isEmpty())
                continue;
            const auto it = m_phones.constFind(key(u"p", phone.normalized));
            if (it == m_phones.cend())
                continue;
            const PhoneOwner &owner = it.value();
            if (m_key != MatchKey::Phone && recordHasEmail && owner.hasEmail)
                continue;
            // A shared number alone does not make one person of "Ana Ruiz" and "Tom Ruiz" (a
            // family, a front desk): only when the names agree, or one side has none.
            if (name != 0 && owner.name != 0 && name != owner.name) {
                if (possible.possibleDuplicateId == 0) {
                    possible.possibleDuplicateId = owner.contactId;
                    possible.possibleRow = owner.row;
                }
                continue;
            }
            return {owner.contactId, By::Phone};
        }
    }
    if (m_key == MatchKey::NameAndCompany) {
        const QString name = nameKey(contact.firstName, contact.lastName, contact.displayName);
        if (!name.isEmpty()) {
            const quint64 k = key(u"n", name + QChar(0x1f) + companyName.simplified().toLower());
            if (const qint64 id = m_names.value(k))
                return {id, By::Name};
        }
    }
    return possible;
}

void ContactMatcher::add(qint64 contactId, const Contact &contact, const QString &companyName, qint64 row)
{
    // The first contact to claim an email or phone keeps it; a merged contact refreshes its own.
    for (const ContactMethod &email : contact.emails) {
        const quint64 k = key(u"e", email.normalized);
        if (!email.normalized.isEmpty() && !m_emails.contains(k))
            m_emails.insert(k, contactId);
    }
    for (const ContactMethod &phone : contact.phones) {
        if (phone.normalized.isEmpty())
            continue;
        const quint64 k = key(u"p", phone.normalized);
        PhoneOwner &owner = m_phones[k];
        if (owner.contactId != 0 && owner.contactId != contactId)
            continue;
        const bool known = owner.contactId != 0;
        owner.contactId = contactId;
        owner.hasEmail = owner.hasEmail || !contact.emails.isEmpty();
        if (const quint64 name = personNameKey(contact.firstName, contact.lastName); name != 0)
            owner.name = name;
        if (!known)
            owner.row = row;
    }
    const QString name = nameKey(contact.firstName, contact.lastName, contact.displayName);
    if (name.isEmpty() || contact.kind != Contact::Kind::Person)
        return;
    if (m_key == MatchKey::NameAndCompany) {
        const quint64 k = key(u"n", name + QChar(0x1f) + companyName.simplified().toLower());
        if (!m_names.contains(k))
            m_names.insert(k, contactId);
    }
    if (m_withNames) {
        const quint64 k = key(u"n", name);
        if (!m_plainNames.contains(k))
            m_plainNames.insert(k, contactId);
    }
}

qint64 ContactMatcher::findEmail(const QString &normalizedEmail) const
{
    return normalizedEmail.isEmpty() ? 0 : m_emails.value(key(u"e", normalizedEmail));
}

qint64 ContactMatcher::findPhone(const QString &normalizedPhone) const
{
    return findPhoneWithEmail(normalizedPhone).first;
}

std::pair<qint64, bool> ContactMatcher::findPhoneWithEmail(const QString &normalizedPhone) const
{
    if (normalizedPhone.isEmpty())
        return {0, false};
    const PhoneOwner owner = m_phones.value(key(u"p", normalizedPhone));
    return {owner.contactId, owner.hasEmail};
}

qint64 ContactMatcher::findName(const QString &fullName) const
{
    const QString name = fullName.simplified().toLower();
    return name.isEmpty() ? 0 : m_plainNames.value(key(u"n", name));
}

QString ContactMatcher::byName(By by)
{
    switch (by) {
    case By::Email:
        return Text::tr("email");
    case By::Phone:
        return Text::tr("phone");
    case By::Name:
        return Text::tr("name and company");
    case By::None:
        break;
    }
    return {};
}

} // namespace clientele
