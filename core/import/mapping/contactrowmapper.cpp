#include "columnmapping.h"

#include "knownlayouts.h"
#include "valueparsers.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace clientele {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactRowMapper", text);
}

bool containsAny(const QString &key, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (key.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

// "work", "home" or "mobile" from a header such as "Business Phone", "Telefon privat", "Handy".
QString labelFromHeader(const QString &header)
{
    const QString key = KnownLayouts::normalizeHeader(header);
    if (containsAny(key, {"mobil", "cell", "handy", "portable", "movil", "celular"}))
        return QStringLiteral("mobile");
    if (containsAny(key,
                    {"work", "business", "geschaft", "office", "buro", "travail", "trabajo", "firma", "company",
                     "professionnel"}))
        return QStringLiteral("work");
    if (containsAny(key, {"home", "privat", "domicile", "casa", "personal", "particular"}))
        return QStringLiteral("home");
    if (containsAny(key, {"fax", "telefax"}))
        return QStringLiteral("fax");
    if (containsAny(key, {"other", "weitere", "autre", "otro"}))
        return QStringLiteral("other");
    return {};
}

QString labelForField(const QString &field, const QString &header)
{
    if (field == QLatin1String("mobile"))
        return QStringLiteral("mobile");
    if (field == QLatin1String("work_phone"))
        return QStringLiteral("work");
    if (field == QLatin1String("home_phone"))
        return QStringLiteral("home");
    return labelFromHeader(header);
}

bool isPhoneField(const QString &field)
{
    return field == QLatin1String("phone") || field == QLatin1String("mobile") || field == QLatin1String("work_phone")
        || field == QLatin1String("home_phone");
}

bool isDateField(const QString &field)
{
    return field == QLatin1String("birthday") || field == QLatin1String("consent_date")
        || field == QLatin1String("created_at");
}

void appendLine(QString &text, const QString &line)
{
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += line;
}

void addMethod(QList<ContactMethod> &methods, ContactMethod::Kind kind, const QString &value, const QString &label,
               const QString &normalized)
{
    for (const ContactMethod &existing : std::as_const(methods)) {
        if (existing.normalized == normalized)
            return;
    }
    ContactMethod method;
    method.kind = kind;
    method.value = value;
    method.label = label;
    method.normalized = normalized;
    method.primary = methods.isEmpty();
    methods.append(method);
}

// Several addresses in one cell: Google's " ::: ", or a list typed by hand ("a@x.de; b@x.de").
// E-mail addresses cannot contain commas; phone numbers can, so only ";" splits them.
const QRegularExpression &emailSeparators()
{
    static const QRegularExpression re(QStringLiteral("\\s*[,;]\\s*"));
    return re;
}

const QRegularExpression &phoneSeparators()
{
    static const QRegularExpression re(QStringLiteral("\\s*;\\s*"));
    return re;
}

QStringList splitList(const QString &text, const QRegularExpression &separators)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char(':'))
        && !text.startsWith(QLatin1Char('*')))
        return {text};
    QStringList result;
    for (const QString &value : ValueParsers::splitMultiValue(text)) {
        for (const QString &part : value.split(separators, Qt::SkipEmptyParts))
            result.append(part.trimmed());
    }
    return result;
}

// A birthday spread over day, month and year columns (Thunderbird's layout).
struct BirthdayParts
{
    int day = 0;
    int month = 0;
    int year = 0;
    QStringList given; ///< the cells as written, for the warning

    bool isEmpty() const { return given.isEmpty(); }
};

} // namespace

ContactRowMapper::ContactRowMapper(ColumnMapping mapping, MapperOptions options)
    : m_mapping(std::move(mapping))
    , m_options(std::move(options))
{
    const KnownLayout *layout
        = m_mapping.layout.isEmpty() ? nullptr : KnownLayouts::match(m_mapping.headers, ImportEntity::Contacts);
    m_dateOrder = m_options.dateOrder;
    if (m_dateOrder == DateOrder::Auto)
        m_dateOrder = layout && layout->dateOrder != DateOrder::Auto ? layout->dateOrder
                                                                     : ValueParsers::localeDateOrder(QLocale());

    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i)
        m_labels.append(labelForField(m_mapping.fieldOf(i), m_mapping.headers.at(i)));
    // Google pairs each "X n - Value" with an "X n - Type" (old) or "X n - Label" (2023) column.
    m_labelColumns.fill(-1, m_mapping.headers.size());
    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i) {
        const QString header = m_mapping.headers.at(i).trimmed();
        if (!header.endsWith(QLatin1String(" - Value")))
            continue;
        const QString stem = header.left(header.size() - int(qstrlen(" - Value")));
        for (const QString &suffix : {QStringLiteral(" - Type"), QStringLiteral(" - Label")}) {
            const qsizetype label = m_mapping.headers.indexOf(stem + suffix);
            if (label >= 0)
                m_labelColumns[i] = label;
        }
    }
    if (m_mapping.layout == QLatin1String("mailchimp_audience"))
        m_unsubscribedColumn = m_mapping.headers.indexOf(QStringLiteral("UNSUB_TIME"));
}

void ContactRowMapper::learn(const QList<RawRow> &sampleRows)
{
    m_dateOrder
        = KnownLayouts::learnDateOrder(m_mapping, ImportEntity::Contacts, m_options.dateOrder, sampleRows, isDateField);
}

DateOrder ContactRowMapper::dateOrder() const
{
    return m_dateOrder;
}

ContactRecord ContactRowMapper::map(const RawRow &row) const
{
    using namespace ValueParsers;
    ContactRecord record;
    record.row = row.line;
    Contact &contact = record.contact;

    const qsizetype columns = m_mapping.headers.size();
    if (row.cells.size() > columns) {
        bool extraValues = false;
        for (qsizetype i = columns; i < row.cells.size(); ++i)
            extraValues = extraValues || !row.cells.at(i).trimmed().isEmpty();
        // Trailing empty cells (a delimiter at the end of the line) shift nothing.
        if (extraValues) {
            record.rejectReason = tr("Row %1 has %2 cells but the header has %3: its values would be shifted into "
                                     "the wrong columns.")
                                      .arg(row.line)
                                      .arg(row.cells.size())
                                      .arg(columns);
            return record;
        }
    } else if (row.cells.size() < columns) {
        record.warnings.append({row.line,
                                {},
                                ImportIssue::Outcome::Warning,
                                0,
                                tr("Row %1 has %2 cells but the header has %3: the missing cells are read as empty.")
                                    .arg(row.line)
                                    .arg(row.cells.size())
                                    .arg(columns)});
    }

    auto warn = [&](const QString &header, const QString &message) {
        record.warnings.append({row.line, header, ImportIssue::Outcome::Warning, 0, message});
    };

    QString fullName;
    QString street2;
    QString unmappedNotes;
    BirthdayParts birthParts;
    std::optional<bool> consent;
    QDate consentDate;
    for (qsizetype i = 0; i < columns && i < row.cells.size(); ++i) {
        const QString field = m_mapping.fields.value(i, ImportFields::Ignore);
        const QString &header = m_mapping.headers.at(i);
        const QString value = row.cells.at(i).trimmed();
        if (value.isEmpty())
            continue;

        if (field == ImportFields::Ignore) {
            const QString name = header.trimmed().isEmpty() ? tr("Column %1").arg(i + 1) : header.trimmed();
            if (m_options.unmapped == UnmappedColumns::CustomField)
                contact.custom.insert(name, value);
            else if (m_options.unmapped == UnmappedColumns::AppendToNotes)
                appendLine(unmappedNotes, QStringLiteral("%1: %2").arg(name, value));
        } else if (field.startsWith(ImportFields::CustomPrefix)) {
            contact.custom.insert(field.mid(ImportFields::CustomPrefix.size()), value);
        } else if (field == QLatin1String("first_name")) {
            if (contact.firstName.isEmpty())
                contact.firstName = firstValue(value);
        } else if (field == QLatin1String("last_name")) {
            if (contact.lastName.isEmpty())
                contact.lastName = firstValue(value);
        } else if (field == QLatin1String("full_name")) {
            if (fullName.isEmpty())
                fullName = firstValue(value);
        } else if (field == QLatin1String("company")) {
            if (record.companyName.isEmpty())
                record.companyName = firstValue(value);
        } else if (field == QLatin1String("job_title")) {
            if (contact.jobTitle.isEmpty())
                contact.jobTitle = firstValue(value);
        } else if (field == QLatin1String("email") || field == QLatin1String("email2")) {
            const QString label = m_labelColumns.value(i, -1) >= 0
                ? firstValue(row.cells.value(m_labelColumns.at(i))).toLower()
                : m_labels.at(i);
            for (const QString &email : splitList(value, emailSeparators())) {
                if (!EmailAddress::isValid(email)) {
                    warn(header,
                         tr("Row %1: \"%2\" in column %3 is not a valid e-mail address; it was left out.")
                             .arg(row.line)
                             .arg(email, header));
                    continue;
                }
                addMethod(contact.emails, ContactMethod::Kind::Email, email, label, EmailAddress::normalize(email));
            }
        } else if (isPhoneField(field)) {
            QString label = m_labels.at(i);
            if (m_labelColumns.value(i, -1) >= 0) {
                if (const QString typed = firstValue(row.cells.value(m_labelColumns.at(i))).toLower(); !typed.isEmpty())
                    label = typed;
            }
            for (const QString &raw : splitList(value, phoneSeparators())) {
                const QString phone = stripLeadingApostrophe(raw);
                if (!PhoneNumber::looksLikePhone(phone)) {
                    warn(header,
                         tr("Row %1: \"%2\" in column %3 is not a phone number; it was left out.")
                             .arg(row.line)
                             .arg(raw, header));
                    continue;
                }
                addMethod(contact.phones, ContactMethod::Kind::Phone, phone, label,
                          PhoneNumber::normalize(phone, m_options.phoneRegion));
            }
        } else if (field == QLatin1String("website")) {
            for (const QString &site : splitMultiValue(value))
                addMethod(contact.websites, ContactMethod::Kind::Web, site, m_labels.at(i), site.toLower());
        } else if (field == QLatin1String("street")) {
            if (contact.address.street.isEmpty())
                contact.address.street = firstValue(value);
        } else if (field == QLatin1String("street2")) {
            if (street2.isEmpty())
                street2 = firstValue(value);
        } else if (field == QLatin1String("city")) {
            if (contact.address.city.isEmpty())
                contact.address.city = firstValue(value);
        } else if (field == QLatin1String("region")) {
            if (contact.address.region.isEmpty())
                contact.address.region = firstValue(value);
        } else if (field == QLatin1String("postal_code")) {
            // Shopify writes "'02134" so that spreadsheets keep the leading zero.
            if (contact.address.postalCode.isEmpty())
                contact.address.postalCode = stripLeadingApostrophe(firstValue(value));
        } else if (field == QLatin1String("country")) {
            if (contact.address.country.isEmpty())
                contact.address.country = firstValue(value);
        } else if (field == QLatin1String("birthday")) {
            const ParsedDate date = parseDate(firstValue(value), m_dateOrder);
            if (date.kind == ParsedDate::Kind::Invalid)
                warn(header,
                     tr("Row %1: \"%2\" in column %3 is not a date; the birthday was left empty.")
                         .arg(row.line)
                         .arg(value, header));
            else if (contact.birthday.isNull())
                contact.birthday = date.birthday();
        } else if (field == QLatin1String("birth_day") || field == QLatin1String("birth_month")
                   || field == QLatin1String("birth_year")) {
            bool number = false;
            const int part = firstValue(value).toInt(&number);
            (field == QLatin1String("birth_day")         ? birthParts.day
                 : field == QLatin1String("birth_month") ? birthParts.month
                                                         : birthParts.year)
                = number ? part : -1;
            birthParts.given.append(QStringLiteral("%1 \"%2\"").arg(header.trimmed(), value));
        } else if (field == QLatin1String("notes")) {
            appendLine(contact.notes, value);
        } else if (field == QLatin1String("tags")) {
            QStringList tags = splitTags(value);
            if (m_mapping.layout == QLatin1String("google_contacts")) {
                // Google's system groups, not the user's labels.
                tags.removeAll(QStringLiteral("myContacts"));
                tags.removeAll(QStringLiteral("starred"));
            }
            for (const QString &tag : std::as_const(tags)) {
                if (!contact.tags.contains(tag, Qt::CaseInsensitive))
                    contact.tags.append(tag);
            }
        } else if (field == QLatin1String("email_consent")) {
            const auto answer = parseBoolean(value);
            if (!answer)
                warn(header,
                     tr("Row %1: \"%2\" in column %3 is neither yes nor no; consent was left unknown.")
                         .arg(row.line)
                         .arg(value, header));
            else if (!consent)
                consent = answer;
        } else if (field == QLatin1String("consent_date")) {
            const QDateTime when = parseDateTime(value, m_dateOrder);
            if (!when.isValid())
                warn(header, tr("Row %1: \"%2\" in column %3 is not a date.").arg(row.line).arg(value, header));
            else if (consentDate.isNull())
                consentDate = when.date();
        } else if (field == QLatin1String("external_id")) {
            if (record.externalId.isEmpty()) {
                record.externalId = stripLeadingApostrophe(value);
                // Kept where the user sees it: a custom field named like the column ("Client #").
                contact.custom.insert(header.trimmed().isEmpty() ? tr("External ID") : header.trimmed(),
                                      record.externalId);
            }
        } else if (field == QLatin1String("created_at")) {
            const QDateTime when = parseDateTime(value, m_dateOrder);
            if (!when.isValid())
                warn(header, tr("Row %1: \"%2\" in column %3 is not a date.").arg(row.line).arg(value, header));
            else if (!contact.createdAt.isValid())
                contact.createdAt = when;
        }
    }

    if (!birthParts.isEmpty() && contact.birthday.isNull()) {
        Birthday birthday {birthParts.year, birthParts.month, birthParts.day};
        // Two-digit years read as Excel reads them: 00-29 are 20xx, 30-99 are 19xx.
        if (birthday.year > 0 && birthday.year < 100)
            birthday.year += birthday.year < 30 ? 2000 : 1900;
        const bool readable = birthParts.day > 0 && birthParts.month > 0 && birthParts.year >= 0;
        if (readable && birthday.isValid())
            contact.birthday = birthday;
        else
            warn({},
                 tr("Row %1: the birthday columns (%2) do not make a date; the birthday was left empty.")
                     .arg(row.line)
                     .arg(birthParts.given.join(QStringLiteral(", "))));
    }
    if (!street2.isEmpty())
        contact.address.street
            = contact.address.street.isEmpty() ? street2 : contact.address.street + QLatin1Char('\n') + street2;
    if (!unmappedNotes.isEmpty())
        appendLine(contact.notes, unmappedNotes);

    // Mailchimp has no consent column: a member is subscribed unless UNSUB_TIME says otherwise.
    if (!consent && m_mapping.layout == QLatin1String("mailchimp_audience")) {
        const bool unsubscribed
            = m_unsubscribedColumn >= 0 && !row.cells.value(m_unsubscribedColumn).trimmed().isEmpty();
        consent = !unsubscribed;
    }
    if (consent) {
        contact.consent.emailMarketing = consent;
        contact.consent.date = consentDate.isValid() ? consentDate : m_options.today;
        contact.consent.source = QStringLiteral("import: %1").arg(m_options.sourceName);
    }

    if (!fullName.isEmpty()) {
        if (contact.firstName.isEmpty() && contact.lastName.isEmpty()) {
            const PersonName parts = splitFullName(fullName);
            contact.firstName = parts.first;
            contact.lastName = parts.last;
        }
        contact.displayName = fullName;
    } else {
        contact.displayName = joinName(contact.firstName, contact.lastName);
    }

    if (contact.displayName.isEmpty() && record.companyName.isEmpty() && contact.emails.isEmpty()
        && contact.phones.isEmpty()) {
        record.rejectReason = tr("Row %1 has no name, no e-mail address and no phone number.").arg(row.line);
        return record;
    }
    // A newsletter list often has nothing but addresses: the contact is then known by its
    // company, e-mail or phone until someone types a name.
    if (contact.displayName.isEmpty() && record.companyName.isEmpty() && !contact.emails.isEmpty()) {
        contact.displayName = ValueParsers::nameFromEmail(contact.emails.first().value);
        warn({},
             tr("Row %1 has no name: the contact is called \"%2\" after its e-mail address until a name is "
                "typed.")
                 .arg(row.line)
                 .arg(contact.displayName));
    } else if (contact.displayName.isEmpty()) {
        contact.displayName = !record.companyName.isEmpty() ? record.companyName : contact.phones.first().value;
    }
    return record;
}

} // namespace clientele
