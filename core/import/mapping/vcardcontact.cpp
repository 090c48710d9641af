#include "vcardcontact.h"

#include "valueparsers.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace clientele::VCard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCardReader", text);
}

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

} // namespace

ContactRecord toContactRecord(const Card &card, const QString &phoneRegion)
{
    const QList<Property> &properties = card.properties;
    const qint64 beginLine = card.beginLine;
    ContactRecord record;
    record.row = beginLine;
    record.warnings = card.warnings;
    Contact &contact = record.contact;
    const auto warn = [&](const QString &column, const QString &message) {
        record.warnings.append({beginLine, column, ImportIssue::Outcome::Warning, 0, message});
    };

    QHash<QString, QString> groupLabels;
    for (const Property &property : properties) {
        if (property.name == QLatin1String("X-ABLABEL") && !property.group.isEmpty())
            groupLabels.insert(property.group, customLabel(property.value));
    }
    const auto labelFor = [&](const Property &property, const QString &fromTypes) {
        const QString custom = property.group.isEmpty() ? QString() : groupLabels.value(property.group);
        return custom.isEmpty() ? fromTypes : custom;
    };

    QString formattedName;
    QStringList name;
    QString organization;
    bool companyCard = false;
    QList<Method> emails;
    QList<Method> phones;
    QList<Method> websites;
    std::optional<Property> address;

    for (const Property &property : properties) {
        const QString &key = property.name;
        if (key == QLatin1String("FN")) {
            formattedName = unescape(property.value).trimmed();
        } else if (key == QLatin1String("N")) {
            name = components(property.value);
        } else if (key == QLatin1String("ORG")) {
            // ORG:Company;Department;Team. Commas may be escaped ("Ximian\, Inc."): they are part
            // of the name, so the components are split on unescaped semicolons only.
            const QStringList units = splitEscaped(property.value, QLatin1Char(';'));
            organization = unescape(units.value(0)).trimmed();
            QStringList department;
            for (qsizetype i = 1; i < units.size(); ++i) {
                if (const QString unit = unescape(units.at(i)).trimmed(); !unit.isEmpty())
                    department.append(unit);
            }
            if (!department.isEmpty())
                contact.custom.insert(tr("Department"), department.join(QStringLiteral(", ")));
        } else if (key == QLatin1String("TITLE")) {
            if (contact.jobTitle.isEmpty())
                contact.jobTitle = unescape(property.value).trimmed();
        } else if (key == QLatin1String("KIND") || key == QLatin1String("X-ABSHOWAS")) {
            const QString kind = property.value.trimmed().toLower();
            companyCard = kind == QLatin1String("org") || kind == QLatin1String("company");
        } else if (key == QLatin1String("EMAIL")) {
            const QString email = stripScheme(unescape(property.value).trimmed(), QLatin1String("mailto:"));
            if (email.isEmpty())
                continue;
            if (!EmailAddress::isValid(email)) {
                warn(QStringLiteral("EMAIL"),
                     tr("Card on line %1: \"%2\" is not a valid e-mail address; it was left out.")
                         .arg(beginLine)
                         .arg(email));
                continue;
            }
            ContactMethod method;
            method.kind = ContactMethod::Kind::Email;
            method.value = email;
            method.normalized = EmailAddress::normalize(email);
            method.label = labelFor(property, plainLabel(property.types));
            emails.append({method, property.preference});
        } else if (key == QLatin1String("TEL")) {
            const QString phone = phoneFromValue(unescape(property.value).trimmed());
            if (phone.isEmpty())
                continue;
            if (!PhoneNumber::looksLikePhone(phone)) {
                warn(QStringLiteral("TEL"),
                     tr("Card on line %1: \"%2\" is not a phone number; it was left out.").arg(beginLine).arg(phone));
                continue;
            }
            ContactMethod method;
            method.kind = ContactMethod::Kind::Phone;
            method.value = phone;
            method.normalized = PhoneNumber::normalize(phone, phoneRegion);
            method.label = labelFor(property, phoneLabel(property.types));
            phones.append({method, property.preference});
        } else if (key == QLatin1String("URL")) {
            const QString url = unescape(property.value).trimmed();
            if (url.isEmpty())
                continue;
            ContactMethod method;
            method.kind = ContactMethod::Kind::Web;
            method.value = url;
            method.normalized = url.toLower();
            method.label = labelFor(property, plainLabel(property.types));
            websites.append({method, property.preference});
        } else if (key == QLatin1String("BDAY")) {
            if (const auto birthday = parseBirthday(property)) {
                contact.birthday = *birthday;
            } else if (!property.value.trimmed().isEmpty()) {
                warn(QStringLiteral("BDAY"),
                     tr("Card on line %1: \"%2\" is not a date; the birthday was left empty.")
                         .arg(beginLine)
                         .arg(unescape(property.value).trimmed()));
            }
        } else if (key == QLatin1String("ADR")) {
            if (!address || property.preference < address->preference)
                address = property;
        } else if (key == QLatin1String("NOTE")) {
            appendLine(contact.notes, unescape(property.value).trimmed());
        } else if (key == QLatin1String("CATEGORIES")) {
            for (const QString &part : splitEscaped(property.value, QLatin1Char(','))) {
                const QString tag = unescape(part).trimmed();
                // Google's system groups, not the user's labels.
                if (tag == QLatin1String("myContacts") || tag == QLatin1String("starred"))
                    continue;
                if (!tag.isEmpty() && !contact.tags.contains(tag, Qt::CaseInsensitive))
                    contact.tags.append(tag);
            }
        }
        // PHOTO, UID, REV, PRODID and every other property carry nothing the customer book keeps.
    }

    contact.emails = ordered(emails);
    contact.phones = ordered(phones);
    contact.websites = ordered(websites);

    if (address) {
        const QStringList parts = components(address->value);
        QStringList street;
        for (const qsizetype i : {2, 1, 0}) { // street, extended address (flat, floor), PO box
            if (!parts.value(i).isEmpty())
                street.append(parts.value(i));
        }
        contact.address.street = street.join(QLatin1Char('\n'));
        contact.address.city = parts.value(3);
        contact.address.region = parts.value(4);
        contact.address.postalCode = parts.value(5);
        contact.address.country = parts.value(6);
    }

    // N: family; given; additional; prefix; suffix. Middle names stay with the given name.
    const QString given = QStringList {name.value(1), name.value(2)}.join(QLatin1Char(' ')).trimmed();
    const QString family = name.value(0);
    const bool hasPersonName = !given.isEmpty() || !family.isEmpty();
    // A card naming only an organisation (Google, Outlook) is the company itself, as is one
    // flagged KIND:org (4.0) or X-ABShowAs:COMPANY (Apple).
    const bool organizationOnly = !organization.isEmpty()
        && (formattedName.isEmpty() || formattedName.compare(organization, Qt::CaseInsensitive) == 0);
    if (!hasPersonName && (companyCard || organizationOnly)) {
        contact.kind = Contact::Kind::Company;
        contact.displayName = organization.isEmpty() ? formattedName : organization;
    } else {
        contact.firstName = given;
        contact.lastName = family;
        if (!hasPersonName && !formattedName.isEmpty()) {
            const ValueParsers::PersonName split = ValueParsers::splitFullName(formattedName);
            contact.firstName = split.first;
            contact.lastName = split.last;
        }
        contact.displayName = formattedName;
        record.companyName = organization;
    }

    const bool named = !contact.firstName.isEmpty() || !contact.lastName.isEmpty() || !contact.displayName.isEmpty()
        || !record.companyName.isEmpty();
    if (!named && contact.emails.isEmpty() && contact.phones.isEmpty()) {
        record.rejectReason = tr("The card on line %1 has no name, e-mail address or phone number.").arg(beginLine);
    } else if (!named && !contact.emails.isEmpty()) {
        contact.displayName = ValueParsers::nameFromEmail(contact.emails.first().value);
        warn({},
             tr("The card on line %1 has no name: the contact is called \"%2\" after its e-mail address until "
                "a name is typed.")
                 .arg(beginLine)
                 .arg(contact.displayName));
    }
    return record;
}

} // namespace clientele::VCard
