#include "contactmatcher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>

#include <algorithm>
#include <vector>

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
    // Two scans in storage order rather than one join sorted by contact: a join visits each
    // contact's row at random and read a book of a million contacts in 20 s (docs/PERFORMANCE.md).
    struct BookContact
    {
        qint64 id = 0;
        quint64 name = 0;
        bool live = false;
        bool hasEmail = false;
    };
    std::vector<BookContact> book; // by id: the scan reads contacts in rowid order
    QSqlQuery contacts(db);
    contacts.setForwardOnly(true);
    if (!contacts.exec(
            QStringLiteral("SELECT id, first_name, last_name, deleted_at IS NULL FROM contacts ORDER BY id")))
        return Error {Text::tr("The existing contacts could not be read: %1").arg(contacts.lastError().text())};
    while (contacts.next())
        book.push_back({contacts.value(0).toLongLong(),
                        personNameKey(contacts.value(1).toString(), contacts.value(2).toString()),
                        contacts.value(3).toBool(), false});
    contacts.finish();
    const auto contactOf = [&book](qint64 id) -> BookContact * {
        const auto it = std::lower_bound(book.begin(), book.end(), id,
                                         [](const BookContact &c, qint64 wanted) { return c.id < wanted; });
        return it != book.end() && it->id == id ? &*it : nullptr;
    };

    QSqlQuery methods(db);
    methods.setForwardOnly(true);
    // No WHERE on kind: SQLite would read the rows through the match index, each at random (3.9 s
    // instead of 0.3 s for a million contacts); web addresses are passed over below.
    if (!methods.exec(QStringLiteral("SELECT kind, normalized, contact_id FROM contact_methods")))
        return Error {Text::tr("The existing contacts could not be read: %1").arg(methods.lastError().text())};
    while (methods.next()) {
        const qint64 id = methods.value(2).toLongLong();
        BookContact *owner = contactOf(id);
        if (!owner || !owner->live)
            continue;
        const QString kind = methods.value(0).toString();
        const bool isEmail = kind == QLatin1String("email");
        if (!isEmail && kind != QLatin1String("phone"))
            continue;
        owner->hasEmail = owner->hasEmail || isEmail;
        const QString normalized = methods.value(1).toString();
        if (normalized.isEmpty())
            continue;
        // The oldest contact wins when several share an email or phone; rows are not in contact
        // order (a merge adds methods to an older contact), so the lower id replaces a higher one.
        if (isEmail) {
            qint64 &emailOwner = m_emails[key(u"e", normalized)];
            if (emailOwner == 0 || id < emailOwner)
                emailOwner = id;
            continue;
        }
        PhoneOwner &phoneOwner = m_phones[key(u"p", normalized)];
        if (phoneOwner.contactId == 0 || id < phoneOwner.contactId)
            phoneOwner = {id, owner->name, 0, false};
    }
    methods.finish();
    for (PhoneOwner &owner : m_phones) {
        if (const BookContact *contact = contactOf(owner.contactId))
            owner.hasEmail = contact->hasEmail;
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
