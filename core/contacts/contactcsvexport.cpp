#include "contactcsvexport.h"

#include "contactrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace clientele {

namespace {

QString joinedValues(const QList<ContactMethod> &methods)
{
    QStringList values;
    for (const ContactMethod &method : methods)
        values << method.value;
    return values.join(QStringLiteral("; "));
}

} // namespace

ContactCsvExport::ContactCsvExport(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

QString ContactCsvExport::field(const QString &value)
{
    QString text = value;
    // A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before one)
    // as a formula: CSV injection. A phone number or an amount ("+49 30 123", "-12.50") is kept
    // as it is, since it holds nothing a spreadsheet could run.
    static const QRegularExpression harmless(QStringLiteral("^[+-]?[0-9][0-9 ().\\-/]*$"));
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !harmless.match(text).hasMatch())
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray ContactCsvExport::toCsv(const QList<Contact> &contacts)
{
    const QStringList header = {
        QCoreApplication::translate("ContactCsvExport", "Name"),
        QCoreApplication::translate("ContactCsvExport", "First name"),
        QCoreApplication::translate("ContactCsvExport", "Last name"),
        QCoreApplication::translate("ContactCsvExport", "Company"),
        QCoreApplication::translate("ContactCsvExport", "Job title"),
        QCoreApplication::translate("ContactCsvExport", "Emails"),
        QCoreApplication::translate("ContactCsvExport", "Phones"),
        QCoreApplication::translate("ContactCsvExport", "Street"),
        QCoreApplication::translate("ContactCsvExport", "Postal code"),
        QCoreApplication::translate("ContactCsvExport", "City"),
        QCoreApplication::translate("ContactCsvExport", "Country"),
        QCoreApplication::translate("ContactCsvExport", "Birthday"),
        QCoreApplication::translate("ContactCsvExport", "Tags"),
        QCoreApplication::translate("ContactCsvExport", "Notes"),
    };
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &value : fields)
            quoted << field(value);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(header);
    for (const Contact &c : contacts) {
        text += line({c.displayName, c.firstName, c.lastName, c.companyName, c.jobTitle, joinedValues(c.emails),
                      joinedValues(c.phones), c.address.street, c.address.postalCode, c.address.city, c.address.country,
                      c.birthday.toIso(), c.tags.join(QStringLiteral("; ")), c.notes});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Result<int> ContactCsvExport::write(const QList<qint64> &contactIds, const QString &path) const
{
    const ContactRepository repository(m_db, m_clock);
    QList<Contact> contacts;
    contacts.reserve(contactIds.size());
    for (const qint64 id : contactIds) {
        auto contact = repository.get(id);
        if (!contact)
            return contact.error();
        contacts.append(std::move(contact).value());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(contacts)) < 0 || !file.commit())
        return Error {QCoreApplication::translate("ContactCsvExport", "The file %1 could not be written: %2")
                          .arg(path, file.errorString())};
    return int(contacts.size());
}

} // namespace clientele
