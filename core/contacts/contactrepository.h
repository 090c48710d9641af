#pragma once

#include "contact.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// What part of the contact book to list, and in which order. Sorting and paging happen in SQL
/// so that a list of a million contacts costs only the page it shows.
struct ContactListQuery
{
    enum class Sort { Name, Company, Email, Created, Updated };

    bool inTrash = false; ///< false: live contacts only; true: the trash only
    QString tag; ///< only contacts with this tag (case-insensitive); empty: any
    qint64 companyId = 0; ///< only members of this company; 0: any
    Sort sort = Sort::Name;
    bool descending = false;
    int offset = 0;
    int limit = 200; ///< <= 0: no limit
};

/// Creates, reads, updates and deletes contacts with their methods, tags and custom values.
/// Every write validates first, is one transaction, and records an audit-log row.
class ContactRepository final
{
public:
    explicit ContactRepository(QSqlDatabase db, const Clock &clock);

    /// Validates and stores a new contact; returns its id. Unknown tags are created and unknown
    /// custom fields are created as text fields.
    Result<qint64> create(Contact contact);
    Result<Contact> get(qint64 id) const;
    /// Replaces the stored contact `contact.id` with `contact` (methods, tags and custom values
    /// included).
    Status update(Contact contact);
    /// Moves to the trash (sets deleted_at); restore() brings it back; purge() deletes for good.
    Status moveToTrash(qint64 id);
    Status restore(qint64 id);
    Status purge(qint64 id);

    QList<ContactSummary> list(const ContactListQuery &query = {}) const;
    int count(const ContactListQuery &query = {}) const;

    /// Finds a company by name (case-insensitive) or creates it; returns its id.
    Result<qint64> findOrCreateCompany(const QString &name);
    /// Contacts whose normalized email or phone equals the given one (for duplicate checks).
    QList<qint64> findByEmail(const QString &email) const;
    QList<qint64> findByPhone(const QString &phone) const;

    /// What validate() looks up in the book besides the contact's own values: that its company
    /// exists and is a company, and that custom values suit their fields' types. A bulk writer
    /// that checks these itself from what it has already read (an import, thousands of rows a
    /// second) says Trusted, and checks the custom values with CustomFieldRepository::validateValue.
    enum class References { Check, Trusted };
    /// Checks a contact without storing it; the error names the field.
    Status validate(const Contact &contact, References references = References::Check) const;
    /// Whether normalize() computes every phone's E.164 form again or keeps one the caller filled
    /// in from that very value (an import's row mapper, which parsed it in the region chosen
    /// for the import: parsing twice would cost time and could use the wrong region).
    enum class PhoneNormalization { Recompute, KeepGiven };
    /// Fills normalized values, the display name and primary flags the way create() would.
    void normalize(Contact &contact, PhoneNormalization phones = PhoneNormalization::Recompute) const;

private:
    /// The business's phone region, read once per repository: an import normalizes thousands
    /// of numbers and should not query the settings for each.
    QString phoneRegion() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    mutable QString m_phoneRegion;
};

} // namespace clientele
