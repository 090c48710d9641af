#include "vcardcontact.h"

#include "valueparsers.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace clientele::VCard {

namespace {

/// lupdate files these strings under "VCardReader", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)
};

bool hasAny(const QStringList &types, std::initializer_list<const char *> wanted)
{
    for (const char *type : wanted) {
        if (types.contains(QLatin1String(type)))
            return true;
    }
    return false;
}

QString phoneLabel(const QStringList &types)
{
    if (types.contains(QLatin1String("fax")))
        return QStringLiteral("fax");
    if (hasAny(types, {"cell", "mobile", "iphone"}))
        return QStringLiteral("mobile");
    if (types.contains(QLatin1String("pager")))
        return QStringLiteral("pager");
    if (types.contains(QLatin1String("work")))
        return QStringLiteral("work");
    if (types.contains(QLatin1String("home")))
        return QStringLiteral("home");
    if (types.contains(QLatin1String("main")))
        return QStringLiteral("main");
    if (types.contains(QLatin1String("other")))
        return QStringLiteral("other");
    return {};
}

QString plainLabel(const QStringList &types)
{
    for (const char *label : {"work", "home", "other"}) {
        if (types.contains(QLatin1String(label)))
            return QString::fromLatin1(label);
    }
    return {};
}

/// Apple's and Google's custom labels (item1.X-ABLabel:_$!<Mobile>!$_ or a label of one's own).
QString customLabel(const QString &raw)
{
    QString label = unescape(raw).trimmed();
    if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_")))
        label = label.mid(4, label.size() - 8);
    return label.toLower();
}

struct Method
{
    ContactMethod method;
    int preference = 100;
};

/// Preferred first (PREF=1, TYPE=pref), otherwise file order; the first is the primary.
QList<ContactMethod> ordered(QList<Method> methods)
{
    std::stable_sort(methods.begin(), methods.end(),
                     [](const Method &a, const Method &b) { return a.preference < b.preference; });
    QList<ContactMethod> result;
    for (const Method &m : std::as_const(methods)) {
        const bool seen = std::any_of(result.cbegin(), result.cend(),
                                      [&](const ContactMethod &r) { return r.normalized == m.method.normalized; });
        if (seen)
            continue;
        result.append(m.method);
        result.last().primary = result.size() == 1;
    }
    return result;
}

QString stripScheme(const QString &value, QLatin1String scheme)
{
    return value.startsWith(scheme, Qt::CaseInsensitive) ? value.mid(scheme.size()) : value;
}

/// A TEL value: the number as written, or from a tel: URI (vCard 4.0) its number and extension
/// ("tel:+44-555-555-5555;ext=5555" is "+44-555-555-5555 ext. 5555"); other URI parameters
/// (phone-context, isub) say nothing the book keeps.
QString phoneFromValue(const QString &value)
{
    if (!value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        return value;
    const QStringList parts = value.mid(4).split(QLatin1Char(';'));
    QString phone = parts.first().trimmed();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString parameter = parts.at(i).trimmed();
        if (parameter.startsWith(QLatin1String("ext="), Qt::CaseInsensitive) && parameter.size() > 4)
            phone += QStringLiteral(" ext. ") + parameter.mid(4);
    }
    return phone;
}

void appendLine(QString &text, const QString &line)
{
    if (line.isEmpty())
        return;
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += line;
}

// One contact from one card. The properties are read in file order; the name, the kind of
// contact and the address are settled once all of them are known. Used once: assemble() hands
// its record out.
class CardAssembler final
{
public:
    CardAssembler(const Card &card, const QString &phoneRegion)
        : m_card(card)
        , m_phoneRegion(phoneRegion)
        , m_contact(m_record.contact)
    {
        m_record.row = card.beginLine;
        m_record.warnings = card.warnings;
    }

    ContactRecord assemble()
    {
        collectGroupLabels();
        for (const Property &property : m_card.properties)
            readProperty(property);
        m_contact.emails = ordered(m_emails);
        m_contact.phones = ordered(m_phones);
        m_contact.websites = ordered(m_websites);
        readAddress();
        settleName();
        settleMissingName();
        return std::move(m_record);
    }

private:
    void warn(const QString &column, const QString &message)
    {
        m_record.warnings.append({m_card.beginLine, column, ImportIssue::Outcome::Warning, 0, message});
    }

    // Apple and Google name a grouped property's label in a property of its own (X-ABLabel).
    void collectGroupLabels()
    {
        for (const Property &property : m_card.properties) {
            if (property.name == QLatin1String("X-ABLABEL") && !property.group.isEmpty())
                m_groupLabels.insert(property.group, customLabel(property.value));
        }
    }

    QString labelFor(const Property &property, const QString &fromTypes) const
    {
        const QString custom = property.group.isEmpty() ? QString() : m_groupLabels.value(property.group);
        return custom.isEmpty() ? fromTypes : custom;
    }

    // PHOTO, UID, REV, PRODID and every other property carry nothing the customer book keeps.
    void readProperty(const Property &property)
    {
        const QString &key = property.name;
        if (key == QLatin1String("FN")) {
            m_formattedName = unescape(property.value).trimmed();
        } else if (key == QLatin1String("N")) {
            m_name = components(property.value);
        } else if (key == QLatin1String("ORG")) {
            readOrganization(property);
        } else if (key == QLatin1String("TITLE")) {
            if (m_contact.jobTitle.isEmpty())
                m_contact.jobTitle = unescape(property.value).trimmed();
        } else if (key == QLatin1String("KIND") || key == QLatin1String("X-ABSHOWAS")) {
            const QString kind = property.value.trimmed().toLower();
            m_companyCard = kind == QLatin1String("org") || kind == QLatin1String("company");
        } else if (key == QLatin1String("EMAIL")) {
            readEmail(property);
        } else if (key == QLatin1String("TEL")) {
            readPhone(property);
        } else if (key == QLatin1String("URL")) {
            readWebsite(property);
        } else if (key == QLatin1String("BDAY")) {
            readBirthday(property);
        } else if (key == QLatin1String("ADR")) {
            if (!m_address || property.preference < m_address->preference)
                m_address = property;
        } else if (key == QLatin1String("NOTE")) {
            appendLine(m_contact.notes, unescape(property.value).trimmed());
        } else if (key == QLatin1String("CATEGORIES")) {
            readCategories(property);
        }
    }

    // ORG:Company;Department;Team. Commas may be escaped ("Ximian\, Inc."): they are part of the
    // name, so the components are split on unescaped semicolons only.
    void readOrganization(const Property &property)
    {
        const QStringList units = splitEscaped(property.value, QLatin1Char(';'));
        m_organization = unescape(units.value(0)).trimmed();
        QStringList department;
        for (qsizetype i = 1; i < units.size(); ++i) {
            if (const QString unit = unescape(units.at(i)).trimmed(); !unit.isEmpty())
                department.append(unit);
        }
        if (!department.isEmpty())
            m_contact.custom.insert(Text::tr("Department"), department.join(QStringLiteral(", ")));
    }

    void readEmail(const Property &property)
    {
        const QString email = stripScheme(unescape(property.value).trimmed(), QLatin1String("mailto:"));
        if (email.isEmpty())
            return;
        if (!EmailAddress::isValid(email)) {
            warn(QStringLiteral("EMAIL"),
                 Text::tr("Card on line %1: \"%2\" is not a valid e-mail address; it was left out.")
                     .arg(m_card.beginLine)
                     .arg(email));
            return;
        }
        ContactMethod method;
        method.kind = ContactMethod::Kind::Email;
        method.value = email;
        method.normalized = EmailAddress::normalize(email);
        method.label = labelFor(property, plainLabel(property.types));
        m_emails.append({method, property.preference});
    }

    void readPhone(const Property &property)
    {
        const QString phone = phoneFromValue(unescape(property.value).trimmed());
        if (phone.isEmpty())
            return;
        if (!PhoneNumber::looksLikePhone(phone)) {
            const QString message = Text::tr("Card on line %1: \"%2\" is not a phone number; it was left out.");
            warn(QStringLiteral("TEL"), message.arg(m_card.beginLine).arg(phone));
            return;
        }
        ContactMethod method;
        method.kind = ContactMethod::Kind::Phone;
        method.value = phone;
        method.normalized = PhoneNumber::normalize(phone, m_phoneRegion);
        method.label = labelFor(property, phoneLabel(property.types));
        m_phones.append({method, property.preference});
    }

    void readWebsite(const Property &property)
    {
        const QString url = unescape(property.value).trimmed();
        if (url.isEmpty())
            return;
        ContactMethod method;
        method.kind = ContactMethod::Kind::Web;
        method.value = url;
        method.normalized = url.toLower();
        method.label = labelFor(property, plainLabel(property.types));
        m_websites.append({method, property.preference});
    }

    void readBirthday(const Property &property)
    {
        if (const auto birthday = parseBirthday(property)) {
            m_contact.birthday = *birthday;
        } else if (!property.value.trimmed().isEmpty()) {
            warn(QStringLiteral("BDAY"),
                 Text::tr("Card on line %1: \"%2\" is not a date; the birthday was left empty.")
                     .arg(m_card.beginLine)
                     .arg(unescape(property.value).trimmed()));
        }
    }

    void readCategories(const Property &property)
    {
        for (const QString &part : splitEscaped(property.value, QLatin1Char(','))) {
            const QString tag = unescape(part).trimmed();
            // Google's system groups, not the user's labels.
            if (tag == QLatin1String("myContacts") || tag == QLatin1String("starred"))
                continue;
            if (!tag.isEmpty() && !m_contact.tags.contains(tag, Qt::CaseInsensitive))
                m_contact.tags.append(tag);
        }
    }

    // The preferred ADR (the first of equal preference).
    void readAddress()
    {
        if (!m_address)
            return;
        const QStringList parts = components(m_address->value);
        QStringList street;
        for (const qsizetype i : {2, 1, 0}) { // street, extended address (flat, floor), PO box
            if (!parts.value(i).isEmpty())
                street.append(parts.value(i));
        }
        m_contact.address.street = street.join(QLatin1Char('\n'));
        m_contact.address.city = parts.value(3);
        m_contact.address.region = parts.value(4);
        m_contact.address.postalCode = parts.value(5);
        m_contact.address.country = parts.value(6);
    }

    // A person with a company, or the company itself.
    void settleName()
    {
        // N: family; given; additional; prefix; suffix. Middle names stay with the given name.
        const QString given = QStringList {m_name.value(1), m_name.value(2)}.join(QLatin1Char(' ')).trimmed();
        const QString family = m_name.value(0);
        const bool hasPersonName = !given.isEmpty() || !family.isEmpty();
        // A card naming only an organisation (Google, Outlook) is the company itself, as is one
        // flagged KIND:org (4.0) or X-ABShowAs:COMPANY (Apple).
        const bool organizationOnly = !m_organization.isEmpty()
            && (m_formattedName.isEmpty() || m_formattedName.compare(m_organization, Qt::CaseInsensitive) == 0);
        if (!hasPersonName && (m_companyCard || organizationOnly)) {
            m_contact.kind = Contact::Kind::Company;
            m_contact.displayName = m_organization.isEmpty() ? m_formattedName : m_organization;
            return;
        }
        m_contact.firstName = given;
        m_contact.lastName = family;
        if (!hasPersonName && !m_formattedName.isEmpty()) {
            const ValueParsers::PersonName split = ValueParsers::splitFullName(m_formattedName);
            m_contact.firstName = split.first;
            m_contact.lastName = split.last;
        }
        m_contact.displayName = m_formattedName;
        m_record.companyName = m_organization;
    }

    // A card without any name is rejected unless it has an e-mail address or a phone number; with
    // an address it is called after it.
    void settleMissingName()
    {
        const bool named = !m_contact.firstName.isEmpty() || !m_contact.lastName.isEmpty()
            || !m_contact.displayName.isEmpty() || !m_record.companyName.isEmpty();
        if (named)
            return;
        if (m_contact.emails.isEmpty() && m_contact.phones.isEmpty()) {
            m_record.rejectReason
                = Text::tr("The card on line %1 has no name, e-mail address or phone number.").arg(m_card.beginLine);
        } else if (!m_contact.emails.isEmpty()) {
            m_contact.displayName = ValueParsers::nameFromEmail(m_contact.emails.first().value);
            warn(
                {},
                Text::tr("The card on line %1 has no name: the contact is called \"%2\" after its e-mail address until "
                         "a name is typed.")
                    .arg(m_card.beginLine)
                    .arg(m_contact.displayName));
        }
    }

    const Card &m_card;
    const QString &m_phoneRegion;
    ContactRecord m_record;
    Contact &m_contact; ///< m_record.contact
    QHash<QString, QString> m_groupLabels; ///< group ("item1") -> its X-ABLabel
    QString m_formattedName;
    QStringList m_name;
    QString m_organization;
    bool m_companyCard = false;
    QList<Method> m_emails;
    QList<Method> m_phones;
    QList<Method> m_websites;
    std::optional<Property> m_address;
};

} // namespace

ContactRecord toContactRecord(const Card &card, const QString &phoneRegion)
{
    return CardAssembler(card, phoneRegion).assemble();
}

} // namespace clientele::VCard
