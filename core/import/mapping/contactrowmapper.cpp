#include "columnmapping.h"

#include "headerrules.h"
#include "knownlayouts.h"
#include "valueparsers.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace clientele {

namespace {

/// lupdate files these strings under "ContactRowMapper", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ContactRowMapper)
};

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

/// What ContactRowMapper knows about the columns, the same for every row.
struct ContactColumns
{
    const ColumnMapping &mapping;
    const MapperOptions &options;
    DateOrder dateOrder;
    const QStringList &labels;
    const QList<qsizetype> &labelColumns;
    const QStringList &customNames; ///< per column: the custom field its values go to, or empty
    const QList<bool> &figureColumns; ///< per column: it holds money figures
    qsizetype unsubscribedColumn;
};

// One contact from one row. The cells are read column by column (for single fields the first
// non-empty column wins); what depends on several columns (a birthday in three columns, a second
// street line, consent, the name) is settled after the last one. Used once: assemble() hands its
// record out.
class ContactAssembler final
{
public:
    ContactAssembler(const ContactColumns &columns, const RawRow &row)
        : m_columns(columns)
        , m_mapping(columns.mapping)
        , m_row(row)
        , m_contact(m_record.contact)
    {
        m_record.row = row.line;
    }

    ContactRecord assemble()
    {
        if (!checkCells())
            return std::move(m_record);
        for (qsizetype i = 0; i < m_mapping.headers.size() && i < m_row.cells.size(); ++i) {
            const QString value = m_row.cells.at(i).trimmed();
            if (!value.isEmpty())
                readCell(i, value);
        }
        combineBirthdayParts();
        combineStreetAndNotes();
        settleConsent();
        settleName();
        return std::move(m_record);
    }

private:
    void warn(const QString &header, const QString &message)
    {
        m_record.warnings.append({m_row.line, header, ImportIssue::Outcome::Warning, 0, message});
    }

    // Rows with more cells than the header are rejected, unless the extra cells are empty (a
    // delimiter at the end of the line shifts nothing); rows with fewer are read with a warning.
    bool checkCells()
    {
        const qsizetype columns = m_mapping.headers.size();
        if (m_row.cells.size() > columns) {
            bool extraValues = false;
            for (qsizetype i = columns; i < m_row.cells.size(); ++i)
                extraValues = extraValues || !m_row.cells.at(i).trimmed().isEmpty();
            if (extraValues) {
                m_record.rejectReason
                    = Text::tr("Row %1 has %2 cells but the header has %3: its values would be shifted "
                               "into the wrong columns.")
                          .arg(m_row.line)
                          .arg(m_row.cells.size())
                          .arg(columns);
                return false;
            }
        } else if (m_row.cells.size() < columns) {
            warn({},
                 Text::tr("Row %1 has %2 cells but the header has %3: the missing cells are read as empty.")
                     .arg(m_row.line)
                     .arg(m_row.cells.size())
                     .arg(columns));
        }
        return true;
    }

    void readCell(qsizetype column, const QString &value)
    {
        const QString field = m_mapping.fields.value(column, ImportFields::Ignore);
        const QString &header = m_mapping.headers.at(column);
        if (const QString &custom = m_columns.customNames.at(column); !custom.isEmpty())
            readCustom(column, custom, header, value);
        else if (field == ImportFields::Ignore)
            keepUnmapped(column, header, value);
        else if (field == QLatin1String("email") || field == QLatin1String("email2"))
            readEmails(column, header, value);
        else if (isPhoneField(field))
            readPhones(column, header, value);
        else if (field == QLatin1String("website"))
            readWebsites(column, value);
        else if (field == QLatin1String("birthday"))
            readBirthday(header, value);
        else if (field == QLatin1String("birth_day") || field == QLatin1String("birth_month")
                 || field == QLatin1String("birth_year"))
            readBirthdayPart(field, header, value);
        else if (field == QLatin1String("notes"))
            appendLine(m_contact.notes, value);
        else if (field == QLatin1String("tags"))
            readTags(value);
        else if (field == QLatin1String("email_consent"))
            readConsent(header, value);
        else if (field == QLatin1String("consent_date"))
            readConsentDate(header, value);
        else if (field == QLatin1String("external_id"))
            readExternalId(header, value);
        else if (field == QLatin1String("created_at"))
            readCreatedAt(header, value);
        else if (QString *target = singleValue(field); target && target->isEmpty())
            *target = field == QLatin1String("postal_code")
                // Shopify writes "'02134" so that spreadsheets keep the leading zero.
                ? ValueParsers::stripLeadingApostrophe(ValueParsers::firstValue(value))
                : ValueParsers::firstValue(value);
    }

    // The fields that take one value: the first non-empty column, the first value of its cell.
    QString *singleValue(const QString &field)
    {
        if (field == QLatin1String("first_name"))
            return &m_contact.firstName;
        if (field == QLatin1String("last_name"))
            return &m_contact.lastName;
        if (field == QLatin1String("full_name"))
            return &m_fullName;
        if (field == QLatin1String("company"))
            return &m_record.companyName;
        if (field == QLatin1String("job_title"))
            return &m_contact.jobTitle;
        if (field == QLatin1String("street"))
            return &m_contact.address.street;
        if (field == QLatin1String("street2"))
            return &m_street2;
        if (field == QLatin1String("city"))
            return &m_contact.address.city;
        if (field == QLatin1String("region"))
            return &m_contact.address.region;
        if (field == QLatin1String("postal_code"))
            return &m_contact.address.postalCode;
        if (field == QLatin1String("country"))
            return &m_contact.address.country;
        return nullptr;
    }

    // A figure column keeps plain decimals ("1,234.50" is "1234.50") so that its Number field
    // sorts and sums; a value that is no figure goes to the notes rather than being lost.
    void readCustom(qsizetype column, const QString &custom, const QString &header, const QString &value)
    {
        if (!m_columns.figureColumns.at(column)) {
            m_contact.custom.insert(custom, value);
        } else if (const auto figure = ValueParsers::parseDecimal(value)) {
            m_contact.custom.insert(custom, ValueParsers::decimalText(*figure));
        } else {
            appendLine(m_unmappedNotes, QStringLiteral("%1: %2").arg(custom, value));
            warn(header,
                 Text::tr("Row %1: “%2” in %3 is not a figure; it was kept in the notes.")
                     .arg(m_row.line)
                     .arg(value, custom));
        }
    }

    // Columns kept as custom fields are read by readCustom; this is the notes option.
    void keepUnmapped(qsizetype column, const QString &header, const QString &value)
    {
        if (m_columns.options.unmapped != UnmappedColumns::AppendToNotes)
            return;
        const QString name = header.trimmed().isEmpty() ? Text::tr("Column %1").arg(column + 1) : header.trimmed();
        appendLine(m_unmappedNotes, QStringLiteral("%1: %2").arg(name, value));
    }

    /// The label a column's label column (Google's "Phone 1 - Type") gives in this row, lower-case.
    QString typedLabel(qsizetype column) const
    {
        const qsizetype labelColumn = m_columns.labelColumns.value(column, -1);
        return labelColumn >= 0 ? ValueParsers::firstValue(m_row.cells.value(labelColumn)).toLower() : QString();
    }

    void readEmails(qsizetype column, const QString &header, const QString &value)
    {
        const QString label
            = m_columns.labelColumns.value(column, -1) >= 0 ? typedLabel(column) : m_columns.labels.at(column);
        for (const QString &email : splitList(value, emailSeparators())) {
            if (!EmailAddress::isValid(email)) {
                warn(header,
                     Text::tr("Row %1: \"%2\" in column %3 is not a valid e-mail address; it was left out.")
                         .arg(m_row.line)
                         .arg(email, header));
                continue;
            }
            addMethod(m_contact.emails, ContactMethod::Kind::Email, email, label, EmailAddress::normalize(email));
        }
    }

    void readPhones(qsizetype column, const QString &header, const QString &value)
    {
        // An empty label cell keeps the label the field or header gives.
        const QString typed = typedLabel(column);
        const QString label = typed.isEmpty() ? m_columns.labels.at(column) : typed;
        for (const QString &raw : splitList(value, phoneSeparators())) {
            const QString phone = ValueParsers::stripLeadingApostrophe(raw);
            if (!PhoneNumber::looksLikePhone(phone)) {
                warn(header,
                     Text::tr("Row %1: \"%2\" in column %3 is not a phone number; it was left out.")
                         .arg(m_row.line)
                         .arg(raw, header));
                continue;
            }
            addMethod(m_contact.phones, ContactMethod::Kind::Phone, phone, label,
                      PhoneNumber::normalize(phone, m_columns.options.phoneRegion));
        }
    }

    void readWebsites(qsizetype column, const QString &value)
    {
        for (const QString &site : ValueParsers::splitMultiValue(value))
            addMethod(m_contact.websites, ContactMethod::Kind::Web, site, m_columns.labels.at(column), site.toLower());
    }

    void readBirthday(const QString &header, const QString &value)
    {
        const ValueParsers::ParsedDate date
            = ValueParsers::parseDate(ValueParsers::firstValue(value), m_columns.dateOrder);
        if (date.kind == ValueParsers::ParsedDate::Kind::Invalid)
            warn(header,
                 Text::tr("Row %1: \"%2\" in column %3 is not a date; the birthday was left empty.")
                     .arg(m_row.line)
                     .arg(value, header));
        else if (m_contact.birthday.isNull())
            m_contact.birthday = date.birthday();
    }

    void readBirthdayPart(const QString &field, const QString &header, const QString &value)
    {
        bool number = false;
        const int part = ValueParsers::firstValue(value).toInt(&number);
        (field == QLatin1String("birth_day")         ? m_birthParts.day
             : field == QLatin1String("birth_month") ? m_birthParts.month
                                                     : m_birthParts.year)
            = number ? part : -1;
        m_birthParts.given.append(QStringLiteral("%1 \"%2\"").arg(header.trimmed(), value));
    }

    void readTags(const QString &value)
    {
        QStringList tags = ValueParsers::splitTags(value);
        if (m_mapping.layout == QLatin1String("google_contacts")) {
            // Google's system groups, not the user's labels.
            tags.removeAll(QStringLiteral("myContacts"));
            tags.removeAll(QStringLiteral("starred"));
        }
        for (const QString &tag : std::as_const(tags)) {
            if (!m_contact.tags.contains(tag, Qt::CaseInsensitive))
                m_contact.tags.append(tag);
        }
    }

    void readConsent(const QString &header, const QString &value)
    {
        const auto answer = ValueParsers::parseBoolean(value);
        if (!answer)
            warn(header,
                 Text::tr("Row %1: \"%2\" in column %3 is neither yes nor no; consent was left unknown.")
                     .arg(m_row.line)
                     .arg(value, header));
        else if (!m_consent)
            m_consent = answer;
    }

    void readConsentDate(const QString &header, const QString &value)
    {
        // A plain date is that day; a date with a time is the business-local day of that moment
        // (so 23:30 in Los Angeles is not the next day's consent).
        const ValueParsers::ParsedDate day = ValueParsers::parseDate(value, m_columns.dateOrder);
        const QTimeZone &zone = m_columns.options.timeZone;
        const QDateTime when
            = day.isDate() ? QDateTime() : ValueParsers::parseDateTime(value, zone, m_columns.dateOrder);
        if (!day.isDate() && !when.isValid())
            warn(header, Text::tr("Row %1: \"%2\" in column %3 is not a date.").arg(m_row.line).arg(value, header));
        else if (m_consentDate.isNull())
            m_consentDate = day.isDate() ? day.date() : when.toTimeZone(zone).date();
    }

    void readExternalId(const QString &header, const QString &value)
    {
        if (!m_record.externalId.isEmpty())
            return;
        m_record.externalId = ValueParsers::stripLeadingApostrophe(value);
        // Kept where the user sees it: a custom field named like the column ("Client #").
        m_contact.custom.insert(header.trimmed().isEmpty() ? Text::tr("External ID") : header.trimmed(),
                                m_record.externalId);
    }

    void readCreatedAt(const QString &header, const QString &value)
    {
        const QDateTime when = ValueParsers::parseDateTime(value, m_columns.options.timeZone, m_columns.dateOrder);
        if (!when.isValid())
            warn(header, Text::tr("Row %1: \"%2\" in column %3 is not a date.").arg(m_row.line).arg(value, header));
        else if (!m_contact.createdAt.isValid())
            m_contact.createdAt = when;
    }

    // A birthday column wins over the day, month and year columns.
    void combineBirthdayParts()
    {
        if (m_birthParts.isEmpty() || !m_contact.birthday.isNull())
            return;
        Birthday birthday {m_birthParts.year, m_birthParts.month, m_birthParts.day};
        // Two-digit years read as Excel reads them: 00-29 are 20xx, 30-99 are 19xx.
        if (birthday.year > 0 && birthday.year < 100)
            birthday.year += birthday.year < 30 ? 2000 : 1900;
        const bool readable = m_birthParts.day > 0 && m_birthParts.month > 0 && m_birthParts.year >= 0;
        if (readable && birthday.isValid())
            m_contact.birthday = birthday;
        else
            warn({},
                 Text::tr("Row %1: the birthday columns (%2) do not make a date; the birthday was left empty.")
                     .arg(m_row.line)
                     .arg(m_birthParts.given.join(QStringLiteral(", "))));
    }

    void combineStreetAndNotes()
    {
        Address &address = m_contact.address;
        if (!m_street2.isEmpty())
            address.street = address.street.isEmpty() ? m_street2 : address.street + QLatin1Char('\n') + m_street2;
        if (!m_unmappedNotes.isEmpty())
            appendLine(m_contact.notes, m_unmappedNotes);
    }

    void settleConsent()
    {
        // Mailchimp has no consent column: a member is subscribed unless UNSUB_TIME says otherwise.
        if (!m_consent && m_mapping.layout == QLatin1String("mailchimp_audience")) {
            const qsizetype unsubscribedColumn = m_columns.unsubscribedColumn;
            const bool unsubscribed
                = unsubscribedColumn >= 0 && !m_row.cells.value(unsubscribedColumn).trimmed().isEmpty();
            m_consent = !unsubscribed;
        }
        if (m_consent) {
            m_contact.consent.emailMarketing = m_consent;
            m_contact.consent.date = m_consentDate.isValid() ? m_consentDate : m_columns.options.today;
            m_contact.consent.source = QStringLiteral("import: %1").arg(m_columns.options.sourceName);
        }
    }

    // The display name: the full name column, else first and last name. A row without a name,
    // company, e-mail or phone is rejected.
    void settleName()
    {
        if (!m_fullName.isEmpty()) {
            if (m_contact.firstName.isEmpty() && m_contact.lastName.isEmpty()) {
                const ValueParsers::PersonName parts = ValueParsers::splitFullName(m_fullName);
                m_contact.firstName = parts.first;
                m_contact.lastName = parts.last;
            }
            m_contact.displayName = m_fullName;
        } else {
            m_contact.displayName = ValueParsers::joinName(m_contact.firstName, m_contact.lastName);
        }
        if (!m_contact.displayName.isEmpty())
            return;
        const bool hasCompany = !m_record.companyName.isEmpty();
        if (!hasCompany && m_contact.emails.isEmpty() && m_contact.phones.isEmpty()) {
            m_record.rejectReason
                = Text::tr("Row %1 has no name, no e-mail address and no phone number.").arg(m_row.line);
            return;
        }
        // A newsletter list often has nothing but addresses: the contact is then known by its
        // company, e-mail or phone until someone types a name.
        if (!hasCompany && !m_contact.emails.isEmpty()) {
            m_contact.displayName = ValueParsers::nameFromEmail(m_contact.emails.first().value);
            warn({},
                 Text::tr(
                     "Row %1 has no name: the contact is called \"%2\" after its e-mail address until a name is typed.")
                     .arg(m_row.line)
                     .arg(m_contact.displayName));
        } else {
            m_contact.displayName = hasCompany ? m_record.companyName : m_contact.phones.first().value;
        }
    }

    const ContactColumns &m_columns;
    const ColumnMapping &m_mapping;
    const RawRow &m_row;
    ContactRecord m_record;
    Contact &m_contact; ///< m_record.contact
    QString m_fullName;
    QString m_street2;
    QString m_unmappedNotes;
    BirthdayParts m_birthParts;
    std::optional<bool> m_consent;
    QDate m_consentDate;
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
    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i) {
        m_figureColumns.append(HeaderRules::isFigureColumn(m_mapping.headers.at(i)));
        m_customNames.append(customFieldName(i));
    }
    if (m_mapping.layout == QLatin1String("mailchimp_audience"))
        m_unsubscribedColumn = m_mapping.headers.indexOf(QStringLiteral("UNSUB_TIME"));
}

QString ContactRowMapper::columnName(qsizetype column) const
{
    const QString header = m_mapping.headers.value(column).trimmed();
    return header.isEmpty() ? Text::tr("Column %1").arg(column + 1) : header;
}

QString ContactRowMapper::customFieldName(qsizetype column) const
{
    const QString field = m_mapping.fields.value(column, ImportFields::Ignore);
    if (field.startsWith(ImportFields::CustomPrefix))
        return field.mid(ImportFields::CustomPrefix.size());
    if (field == ImportFields::Ignore && m_options.unmapped == UnmappedColumns::CustomField)
        return columnName(column);
    return {};
}

QHash<QString, CustomField::Type> ContactRowMapper::customFieldTypes() const
{
    QHash<QString, CustomField::Type> types;
    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i) {
        if (const QString &name = m_customNames.at(i); !name.isEmpty())
            types.insert(name, m_figureColumns.at(i) ? CustomField::Type::Number : CustomField::Type::Text);
    }
    return types;
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
    const ContactColumns columns {m_mapping,      m_options,     m_dateOrder,     m_labels,
                                  m_labelColumns, m_customNames, m_figureColumns, m_unsubscribedColumn};
    return ContactAssembler(columns, row).assemble();
}

} // namespace clientele
