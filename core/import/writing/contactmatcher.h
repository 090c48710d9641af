#pragma once

#include "import/importoptions.h"

#include "common/result.h"
#include "contacts/contact.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace clientele {

/// Finds the contact a record is the same person as, by normalized email, normalized phone or
/// name plus company. With EmailThenPhone a shared phone only makes two records one person when
/// email cannot tell them apart (one of them has none): a couple or a front desk sharing a
/// number are different customers with different emails. against the contacts in the database (loaded once) and those
/// added while importing. Keys are kept as 64-bit hashes rather than strings so that the index of a million contacts
/// stays in tens of megabytes; a false match needs a 64-bit collision.
class ContactMatcher final
{
public:
    /// How a record was matched, for the report ("matched by email").
    enum class By { None, Email, Phone, Name };

    struct Match
    {
        qint64 contactId = 0;
        By by = By::None;
        /// No match, but this contact shares a phone number under another name: both are kept,
        /// and the report says so. `possibleRow` is its row when it came from the same file.
        qint64 possibleDuplicateId = 0;
        qint64 possibleRow = 0;
    };

    explicit ContactMatcher(MatchKey key, bool withNames = false);

    /// Indexes the live contacts of the database.
    Status load(QSqlDatabase db);

    /// `contact`'s methods must be normalized; `companyName` is the record's company.
    Match find(const Contact &contact, const QString &companyName) const;
    /// Remembers `contact` as `contactId` so that later records match it; `row` is the file row
    /// it came from.
    void add(qint64 contactId, const Contact &contact, const QString &companyName, qint64 row = 0);

    qint64 findEmail(const QString &normalizedEmail) const;
    qint64 findPhone(const QString &normalizedPhone) const;
    /// As findPhone(), and whether the contact found has an email.
    std::pair<qint64, bool> findPhoneWithEmail(const QString &normalizedPhone) const;
    /// By full name alone (order files without email or phone); case and spacing ignored.
    qint64 findName(const QString &fullName) const;

    static QString byName(By by); ///< translated: "email", "phone", "name and company"

private:
    /// A phone number's owner: who, whether they have an e-mail, their name (hashed; 0 without a
    /// name) and the file row they came from (0: already in the book).
    struct PhoneOwner
    {
        qint64 contactId = 0;
        quint64 name = 0;
        qint64 row = 0;
        bool hasEmail = false;
    };

    static quint64 key(QStringView kind, const QString &value);
    static QString nameKey(const QString &first, const QString &last, const QString &display);
    /// First and last name only: a contact known by its e-mail or phone has no name to compare.
    static quint64 personNameKey(const QString &first, const QString &last);

    MatchKey m_key;
    bool m_withNames;
    QHash<quint64, qint64> m_emails;
    QHash<quint64, PhoneOwner> m_phones;
    QHash<quint64, qint64> m_names; ///< name + company (MatchKey::NameAndCompany)
    QHash<quint64, qint64> m_plainNames; ///< name alone (orders)
};

} // namespace clientele
