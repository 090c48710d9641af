#include "contactbrowser.h"

#include "contactrows.h"

#include "common/clock.h"
#include "common/timeformat.h"
#include "search/contactsearch.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

// The key columns of each order, most significant first, always ending with the id so that the
// order is total and a cursor names exactly one position. Each matches an index of migration
// 0002 (or contacts_sort for the name), so a page is an index range read.
QStringList sortKeys(ContactSort sort)
{
    switch (sort) {
    case ContactSort::Name:
        return {QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
    case ContactSort::LastName:
        return {QStringLiteral("c.last_name_key"), QStringLiteral("c.id")};
    case ContactSort::Company:
        return {QStringLiteral("c.company_key"), QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
    case ContactSort::Email:
        return {QStringLiteral("c.primary_email"), QStringLiteral("c.id")};
    case ContactSort::Phone:
        return {QStringLiteral("c.primary_phone"), QStringLiteral("c.id")};
    case ContactSort::Tags:
        return {QStringLiteral("c.tag_list"), QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
    case ContactSort::LastOrder:
        return {QStringLiteral("c.last_order_at"), QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
    case ContactSort::LifetimeValue:
        return {QStringLiteral("c.lifetime_minor"), QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
    case ContactSort::NextFollowUp:
        return {QStringLiteral("c.next_followup_at"), QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
    case ContactSort::Relevance:
        break;
    }
    return {QStringLiteral("c.sort_key"), QStringLiteral("c.id")};
}

/// The WHERE clause of a filter and the values it binds. Only fixed fragments are joined here;
/// whatever the user typed is bound.
struct Conditions
{
    QStringList clauses;
    QList<QPair<QString, QVariant>> values;

    void add(const QString &clause) { clauses << clause; }
    void bind(const QString &name, const QVariant &value) { values.append({name, value}); }
    QString where() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void bindTo(QSqlQuery &query) const
    {
        for (const auto &[name, value] : values)
            query.bindValue(name, value);
    }
};

/// How a query applies the search: not at all (the caller matches names itself), as a
/// contact_fts MATCH in FROM, or as a set of matching ids.
enum class SearchClause { None, InFrom, InWhere };

Conditions filterConditions(const ContactFilter &filter, const Clock &clock, SearchClause search)
{
    Conditions c;
    c.add(filter.inTrash ? QStringLiteral("c.deleted_at IS NOT NULL") : QStringLiteral("c.deleted_at IS NULL"));
    if (filter.hasSearch() && search != SearchClause::None) {
        c.add(search == SearchClause::InFrom
                  ? QStringLiteral("contact_fts MATCH :query")
                  : QStringLiteral("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH :query)"));
        c.bind(QStringLiteral(":query"), ContactSearch::toFtsQuery(filter.search));
    }
    if (!filter.tag.trimmed().isEmpty()) {
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                             " WHERE ct.contact_id = c.id AND t.name_key = :tag)"));
        c.bind(QStringLiteral(":tag"), filter.tag.trimmed().toLower());
    }
    if (filter.companyId > 0) {
        c.add(QStringLiteral("c.company_id = :company_id"));
        c.bind(QStringLiteral(":company_id"), filter.companyId);
    }
    if (filter.hasOpenFollowUp)
        c.add(QStringLiteral("c.next_followup_at <> ''"));
    if (filter.noOrderInDays > 0) {
        // '' (never ordered) sorts before every date, so it counts as "no order" too.
        c.add(QStringLiteral("c.last_order_at < :order_cutoff"));
        c.bind(QStringLiteral(":order_cutoff"), toStoredTime(clock.nowUtc().addDays(-filter.noOrderInDays)));
    }
    if (filter.birthdayWithinDays > 0) {
        const QDate today = clock.today();
        if (filter.birthdayWithinDays >= 365) {
            c.add(QStringLiteral("c.birthday_month IS NOT NULL AND c.birthday_day IS NOT NULL"));
        } else {
            // Month and day as one number (1231 for 31 December); a window over New Year wraps.
            const QDate last = today.addDays(filter.birthdayWithinDays);
            const int from = today.month() * 100 + today.day();
            const int to = last.month() * 100 + last.day();
            const QString day = QStringLiteral("(c.birthday_month * 100 + c.birthday_day)");
            c.add(from <= to ? day + QStringLiteral(" BETWEEN :birthday_from AND :birthday_to")
                             : QStringLiteral("(") + day + QStringLiteral(" >= :birthday_from OR ") + day
                          + QStringLiteral(" <= :birthday_to)"));
            c.bind(QStringLiteral(":birthday_from"), from);
            c.bind(QStringLiteral(":birthday_to"), to);
        }
    }
    return c;
}

QString placeholders(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QStringLiteral(":key%1").arg(i);
    return names.join(QStringLiteral(", "));
}

Error queryError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("ContactBrowser", "The contact list could not be read: %1")
                      .arg(query.lastError().text())};
}

const QString SelectRow = QStringLiteral(
    "SELECT c.id, c.kind, c.display_name, COALESCE(co.display_name, ''), c.primary_email, c.primary_phone, "
    "c.tag_list, c.last_order_at, c.lifetime_minor, c.next_followup_at, c.deleted_at, ");
const QString JoinCompany = QStringLiteral(" LEFT JOIN contacts co ON co.id = c.company_id");
/// The column of SelectRow where the sort keys start.
constexpr int FirstKey = 11;

QVariantList keyValues(const QSqlQuery &query, int count, QVariantList prefix)
{
    for (int i = 0; i < count; ++i)
        prefix.append(query.value(FirstKey + i));
    return prefix;
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

/// Collects a page from one or more queries that each read one row more than needed.
class PageBuilder
{
public:
    explicit PageBuilder(int pageSize)
        : m_pageSize(pageSize)
    { }

    bool wantsMore() const { return m_page.rows.size() <= m_pageSize; }
    int stillWanted() const { return m_pageSize + 1 - int(m_page.rows.size()); }
    void add(const ContactListRow &row, QVariantList keys)
    {
        m_page.rows.append(row);
        m_keys.append(std::move(keys));
    }
    ContactPage finish()
    {
        m_page.atEnd = m_page.rows.size() <= m_pageSize;
        if (!m_page.atEnd) {
            m_page.rows.resize(m_pageSize);
            m_keys.resize(m_pageSize);
        }
        if (!m_keys.isEmpty())
            m_page.next.keys = m_keys.constLast();
        return std::move(m_page);
    }

private:
    int m_pageSize;
    ContactPage m_page;
    QList<QVariantList> m_keys;
};

} // namespace

namespace {

/// The words of a search folded like sort_key ("Müller" is "muller"), for the name tests.
QStringList searchWords(const QString &search)
{
    QStringList words;
    for (QString word : search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        word.remove(QLatin1Char('*'));
        Contact probe;
        probe.displayName = word;
        const QString folded = ContactRows::sortKey(probe);
        if (std::any_of(folded.begin(), folded.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << folded;
    }
    return words;
}

ContactListRow readRow(const QSqlQuery &query, const QString &currency)
{
    ContactListRow row;
    row.id = query.value(0).toLongLong();
    row.kind = query.value(1).toString() == QLatin1String("company") ? Contact::Kind::Company : Contact::Kind::Person;
    row.displayName = query.value(2).toString();
    row.companyName = query.value(3).toString();
    row.email = query.value(4).toString();
    row.phone = query.value(5).toString();
    const QString tags = query.value(6).toString();
    if (!tags.isEmpty())
        row.tags = tags.split(QStringLiteral(", "));
    row.lastOrderAt = fromStoredTime(query.value(7).toString());
    row.lifetimeValue = Money {query.value(8).toLongLong(), currency};
    row.nextFollowUpAt = fromStoredTime(query.value(9).toString());
    row.deletedAt = fromStoredTime(query.value(10).toString());
    return row;
}

} // namespace

bool ContactFilter::hasSearch() const
{
    return !ContactSearch::toFtsQuery(search).isEmpty();
}

ContactBrowser::ContactBrowser(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_currency(BusinessSettings(m_db).currency())
{ }

ContactSort ContactBrowser::effectiveSort(const ContactFilter &filter, ContactSort sort)
{
    return sort == ContactSort::Relevance && !filter.hasSearch() ? ContactSort::Name : sort;
}

Result<ContactPage> ContactBrowser::page(const ContactFilter &filter, ContactSort requested, Qt::SortOrder order,
                                         const ContactCursor &after, int limit) const
{
    const ContactSort sort = effectiveSort(filter, requested);
    if (sort == ContactSort::Relevance)
        return relevancePage(filter, order, after, limit);
    const QStringList keys = sortKeys(sort);
    const bool descending = order == Qt::DescendingOrder;

    Conditions conditions = filterConditions(filter, m_clock, SearchClause::InWhere);
    if (!after.isStart()) {
        if (after.keys.size() != keys.size())
            return Error {QCoreApplication::translate("ContactBrowser", "The list position does not fit this order.")};
        // A row value comparison is one range constraint on the sort's index.
        conditions.add(QStringLiteral("(") + keys.join(QStringLiteral(", "))
                       + (descending ? QStringLiteral(") < (") : QStringLiteral(") > ("))
                       + placeholders(int(keys.size())) + QStringLiteral(")"));
        for (int i = 0; i < keys.size(); ++i)
            conditions.bind(QStringLiteral(":key%1").arg(i), after.keys.at(i));
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList orderBy;
    for (const QString &key : keys)
        orderBy << key + direction;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(SelectRow + keys.join(QStringLiteral(", ")) + QStringLiteral(" FROM contacts c") + JoinCompany
                  + conditions.where() + QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "))
                  + QStringLiteral(" LIMIT :limit"));
    conditions.bindTo(query);
    // One row more than asked tells whether another page follows.
    const int pageSize = qMax(1, limit);
    query.bindValue(QStringLiteral(":limit"), pageSize + 1);
    if (!query.exec())
        return queryError(query);
    PageBuilder builder(pageSize);
    while (query.next() && builder.wantsMore())
        builder.add(readRow(query, m_currency), keyValues(query, int(keys.size()), {}));
    return builder.finish();
}

Result<ContactPage> ContactBrowser::relevancePage(const ContactFilter &filter, Qt::SortOrder order,
                                                  const ContactCursor &after, int limit) const
{
    // Ranking every match (FTS5 bm25) costs about a millisecond per thousand matches, and the
    // first letters typed match hundreds of thousands of contacts in a large book. The search
    // ranks in tiers instead, each read from an index in order so that a page stops after its
    // rows: 0 - a search word starts the last name (or a company's name), by last name; 1 - it
    // starts the name, by name; 2 - every other full-text match (company, email, phone, tag,
    // note, a middle name), in the order they were added. Every search word must match a word
    // of the name in tiers 0 and 1. The cursor holds the tier, its key and the id.
    const QStringList terms = searchWords(filter.search);
    QString longest;
    for (const QString &term : terms) {
        if (term.size() > longest.size())
            longest = term;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (!after.isStart() && (after.keys.size() != 3 || after.keys.at(0).toInt() < 0 || after.keys.at(0).toInt() > 2))
        return Error {QCoreApplication::translate("ContactBrowser", "The list position does not fit this order.")};
    const QList<int> tiers = descending ? QList<int> {2, 1, 0} : QList<int> {0, 1, 2};
    const int firstTier = after.isStart() ? tiers.first() : after.keys.at(0).toInt();
    const int pageSize = qMax(1, limit);
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString before = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");

    // The name tests, on a key that holds every word of the name (sort_key, or last_name_key
    // which is the last name followed by sort_key).
    const auto nameWords = [&](Conditions &c, const QString &column) {
        QStringList likes;
        for (int i = 0; i < terms.size(); ++i) {
            likes << QStringLiteral("(' ' || %1) LIKE :word%2 ESCAPE '\\'").arg(column).arg(i);
            c.bind(QStringLiteral(":word%1").arg(i),
                   QStringLiteral("% ") + likeEscaped(terms.at(i)) + QLatin1Char('%'));
        }
        return likes.join(QStringLiteral(" AND "));
    };
    const QString lastRange = QStringLiteral("(c.last_name_key >= :from AND c.last_name_key < :to)");
    const QString nameRange = QStringLiteral("(c.sort_key >= :from AND c.sort_key < :to)");

    PageBuilder builder(pageSize);
    for (int t = int(tiers.indexOf(firstTier)); t < tiers.size() && builder.wantsMore(); ++t) {
        const int tier = tiers.at(t);
        Conditions c = filterConditions(filter, m_clock, tier == 2 ? SearchClause::InFrom : SearchClause::None);
        c.bind(QStringLiteral(":from"), longest);
        c.bind(QStringLiteral(":to"), longest + QChar(0xFFFF));
        QString key;
        QString from = QStringLiteral(" FROM contacts c");
        if (tier == 0) {
            key = QStringLiteral("c.last_name_key");
            c.add(lastRange);
            c.add(nameWords(c, key));
        } else if (tier == 1) {
            key = QStringLiteral("c.sort_key");
            c.add(nameRange);
            c.add(QStringLiteral("NOT ") + lastRange);
            c.add(nameWords(c, key));
        } else {
            key = QStringLiteral("''");
            from = QStringLiteral(" FROM contact_fts JOIN contacts c ON c.id = contact_fts.rowid");
            c.add(QStringLiteral("NOT ((") + lastRange + QStringLiteral(" AND ")
                  + nameWords(c, QStringLiteral("c.last_name_key")) + QStringLiteral(") OR (") + nameRange
                  + QStringLiteral(" AND NOT ") + lastRange + QStringLiteral(" AND ")
                  + nameWords(c, QStringLiteral("c.sort_key")) + QStringLiteral("))"));
        }
        if (tier == firstTier && !after.isStart()) {
            if (tier == 2) {
                c.add(QStringLiteral("contact_fts.rowid") + before + QStringLiteral(":after_id"));
            } else {
                c.add(QStringLiteral("(") + key + QStringLiteral(", c.id)") + before
                      + QStringLiteral("(:after_key, :after_id)"));
                c.bind(QStringLiteral(":after_key"), after.keys.at(1));
            }
            c.bind(QStringLiteral(":after_id"), after.keys.at(2));
        }
        const QString orderBy = tier == 2 ? QStringLiteral("contact_fts.rowid") + direction
                                          : key + direction + QStringLiteral(", c.id") + direction;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(SelectRow + key + QStringLiteral(", c.id") + from + JoinCompany + c.where()
                      + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT :limit"));
        c.bindTo(query);
        query.bindValue(QStringLiteral(":limit"), builder.stillWanted());
        if (!query.exec())
            return queryError(query);
        while (query.next() && builder.wantsMore())
            builder.add(readRow(query, m_currency), keyValues(query, 2, {tier}));
    }
    return builder.finish();
}

Result<int> ContactBrowser::count(const ContactFilter &filter, int cap) const
{
    const Conditions conditions = filterConditions(filter, m_clock, SearchClause::InWhere);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM contacts c") + conditions.where()
                  + QStringLiteral(" LIMIT :cap)"));
    conditions.bindTo(query);
    query.bindValue(QStringLiteral(":cap"), cap > 0 ? cap : -1);
    if (!query.exec() || !query.next())
        return queryError(query);
    return query.value(0).toInt();
}

QStringList ContactBrowser::tagNames() const
{
    QStringList names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM tags ORDER BY name_key")))
        return names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QList<CompanyChoice> ContactBrowser::companies(const QString &prefix, int limit) const
{
    // The prefix is folded like sort_key, so the range reads the contacts_sort index.
    Contact probe;
    probe.displayName = prefix.trimmed();
    const QString from = ContactRows::sortKey(probe);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, display_name FROM contacts WHERE deleted_at IS NULL AND kind = 'company' "
                                 "AND sort_key >= :from AND sort_key < :to ORDER BY sort_key, id LIMIT :limit"));
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), from + QChar(0xFFFF));
    query.bindValue(QStringLiteral(":limit"), qMax(1, limit));
    QList<CompanyChoice> choices;
    if (!query.exec())
        return choices;
    while (query.next())
        choices.append({query.value(0).toLongLong(), query.value(1).toString()});
    return choices;
}

} // namespace clientele
