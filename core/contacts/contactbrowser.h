#pragma once

#include "contact.h"

#include "common/money.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace clientele {

class Clock;

/// Which contacts the list shows. Every part is optional and they all combine (AND), search
/// included.
struct ContactFilter
{
    QString search; ///< words typed in the search field (full-text, prefix, diacritics-insensitive)
    QString tag; ///< only contacts with this tag (case-insensitive); empty: any
    qint64 companyId = 0; ///< only members of this company; 0: any
    bool hasOpenFollowUp = false; ///< only contacts with a follow-up not done yet
    int noOrderInDays = 0; ///< only contacts whose last order is older than this (or none); 0: off
    int birthdayWithinDays = 0; ///< only birthdays from today to today + this many days; 0: off
    bool inTrash = false; ///< false: the live contacts; true: the trash only

    bool hasSearch() const;
    friend bool operator==(const ContactFilter &, const ContactFilter &) = default;
};

/// The orders the contact list can be sorted in. Relevance is the search rank and falls back to
/// Name when there is no search: contacts whose last name (or company name) a search word starts,
/// by last name; then those whose name it starts, by name; then every other full-text match
/// (company, email, phone, tag, note), in the order they were added. So a name match always
/// beats a note match, and a page never ranks more rows than it shows.
enum class ContactSort {
    Name,
    LastName,
    Company,
    Email,
    Phone,
    Tags,
    LastOrder,
    LifetimeValue,
    NextFollowUp,
    Relevance
};

/// One row of the contact list.
struct ContactListRow
{
    qint64 id = 0;
    Contact::Kind kind = Contact::Kind::Person;
    QString displayName;
    QString companyName;
    QString email;
    QString phone;
    QStringList tags;
    QDateTime lastOrderAt; ///< invalid: no order yet
    Money lifetimeValue;
    QDateTime nextFollowUpAt; ///< invalid: no open follow-up
    QDateTime deletedAt; ///< valid: in the trash
};

/// Where a page starts: just after the row with these sort values. A default cursor is the
/// first page.
struct ContactCursor
{
    QVariantList keys; ///< the sort key values of the last row shown, ending with its id

    bool isStart() const { return keys.isEmpty(); }
};

/// A company offered by the company filter.
struct CompanyChoice
{
    qint64 id = 0;
    QString name;
};

struct ContactPage
{
    QList<ContactListRow> rows;
    ContactCursor next; ///< after the last row of this page
    bool atEnd = true; ///< no rows after this page
};

/// The contact list query: filters, search, sorting on every column and keyset paging, all in
/// SQL. Each sort reads an index (see migration 0002) from the cursor on, so page 1,000 costs
/// what page 1 costs, whatever the size of the book.
class ContactBrowser final
{
public:
    ContactBrowser(QSqlDatabase db, const Clock &clock);

    /// Up to `limit` rows after `after`, in the given order.
    Result<ContactPage> page(const ContactFilter &filter, ContactSort sort, Qt::SortOrder order,
                             const ContactCursor &after = {}, int limit = 100) const;

    /// How many contacts the filter selects, counting at most `cap` of them when `cap` > 0 (so
    /// that the count of a large book stays cheap; a result equal to `cap` means "at least").
    Result<int> count(const ContactFilter &filter, int cap = 0) const;

    /// Every tag name, in name order (for the tag filter).
    QStringList tagNames() const;
    /// Live companies whose name starts with `prefix` (case- and diacritics-insensitive), in name
    /// order; at most `limit`.
    QList<CompanyChoice> companies(const QString &prefix, int limit = 20) const;

    /// The sort that page() really uses: Relevance needs a search.
    static ContactSort effectiveSort(const ContactFilter &filter, ContactSort sort);

private:
    Result<ContactPage> relevancePage(const ContactFilter &filter, Qt::SortOrder order, const ContactCursor &after,
                                      int limit) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_currency;
};

} // namespace clientele
