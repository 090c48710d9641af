#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

/// A birthday that may be known without its year (many customers only tell the day).
struct Birthday
{
    int year = 0; ///< 0 when unknown
    int month = 0; ///< 1-12; 0 when there is no birthday
    int day = 0;

    bool isNull() const { return month == 0; }
    bool hasYear() const { return year > 0; }
    bool isValid() const;
    /// "1984-05-14", "--05-14" when the year is unknown (the vCard/ISO 8601 form), "" when null.
    QString toIso() const;
    /// Reads "YYYY-MM-DD", "--MM-DD", "--MMDD", "MM-DD"; std::nullopt when the text is not a date.
    static std::optional<Birthday> fromIso(const QString &text);
    /// Age on `today`, or -1 when the year is unknown.
    int ageOn(const QDate &today) const;
    /// The next date (today or later) this birthday falls on.
    QDate nextOccurrence(const QDate &today) const;

    friend bool operator==(const Birthday &, const Birthday &) = default;
};

struct Address
{
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const;
    friend bool operator==(const Address &, const Address &) = default;
};

/// Marketing consent as the law wants it recorded: the answer, when, and how it was given.
struct Consent
{
    std::optional<bool> emailMarketing; ///< nullopt: never asked
    QDate date;
    QString source; ///< e.g. "shop counter", "import: shopify.csv"

    friend bool operator==(const Consent &, const Consent &) = default;
};

/// An email, phone or web address of a contact.
struct ContactMethod
{
    enum class Kind { Email, Phone, Web };

    qint64 id = 0;
    Kind kind = Kind::Email;
    QString label; ///< "work", "home", "mobile", ...
    QString value; ///< as typed
    QString normalized; ///< filled by the repository: lower-case email, E.164 phone
    bool primary = false;

    static QString kindName(Kind kind);
    friend bool operator==(const ContactMethod &, const ContactMethod &) = default;
};

/// A person or a company in the customer book.
struct Contact
{
    enum class Kind { Person, Company };

    qint64 id = 0;
    Kind kind = Kind::Person;
    qint64 companyId = 0; ///< 0: no company
    QString companyName; ///< read-only: the company's display name, filled on read
    QString firstName;
    QString lastName;
    QString displayName; ///< computed from the names when left empty
    QString jobTitle;
    Birthday birthday;
    Address address;
    QString notes;
    Consent consent;
    QList<ContactMethod> emails; ///< primary first
    QList<ContactMethod> phones; ///< primary first
    QList<ContactMethod> websites;
    QStringList tags;
    QMap<QString, QString> custom; ///< custom field name -> value
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid: in the trash

    bool isInTrash() const { return deletedAt.isValid(); }
    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().value; }
    QString primaryPhone() const { return phones.isEmpty() ? QString() : phones.first().value; }
    static QString kindName(Kind kind);
};

/// One row of the contact list: what the table shows, without loading every detail.
struct ContactSummary
{
    qint64 id = 0;
    Contact::Kind kind = Contact::Kind::Person;
    QString displayName;
    QString companyName;
    QString email;
    QString phone;
    QStringList tags;
    QDateTime deletedAt;
};

} // namespace clientele
