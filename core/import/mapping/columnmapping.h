#pragma once

#include "import/importoptions.h"
#include "import/importtypes.h"

#include "customfields/customfieldrepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace clientele {

/// Which column goes to which field, and where the header is.
struct ColumnMapping
{
    qint64 headerLine = 0; ///< RawRow::line of the header row
    QStringList headers; ///< the header cells as in the file
    QStringList fields; ///< one field id per column (ImportFields), "ignore" when unmapped
    /// The recognised export layout: "shopify_customers", "google_contacts", "outlook_contacts",
    /// "square_customers", "hubspot_contacts", "mailchimp_audience", "etsy_orders",
    /// "shopify_orders"; empty when the headers were matched one by one.
    QString layout;
    /// The file has no header row: `headers` are "Column 1".. and the fields were chosen from the
    /// values (e-mail addresses, phone numbers, names, dates); every row is data.
    bool headerless = false;

    QString fieldOf(qsizetype column) const { return column < fields.size() ? fields.at(column) : QString(); }
};

/// Finds the header row among the first rows of a file (it need not be the first line) and maps
/// each column to a field: known export layouts completely, other headers leniently ("E-mail",
/// "Mail", "Tel.", "Mobile", "Vorname", "Nom"; case, accents and punctuation ignored).
class MappingDetector final
{
public:
    /// `firstRows`: the first rows of the file as read (up to ~20 are enough).
    static ColumnMapping detect(const QList<RawRow> &firstRows, ImportEntity entity);
    /// The field a single header would map to, "ignore" when none.
    static QString fieldForHeader(const QString &header, ImportEntity entity);
};

/// Settings the row mappers need besides the column mapping.
struct MapperOptions
{
    DateOrder dateOrder = DateOrder::Auto; ///< Auto: decided from the file's evidence
    /// What the mapper does with columns mapped to "ignore". The import session turns unmatched
    /// columns into "custom:<header>" itself (ImportRequest::unmapped), so only a user's own
    /// "ignore" reaches the mapper then.
    UnmappedColumns unmapped = UnmappedColumns::Ignore;
    QString phoneRegion = QStringLiteral("US");
    QString currency = QStringLiteral("USD"); ///< for order files without a currency column
    QString sourceName; ///< file name, recorded as consent source ("import: customers.csv")
    /// The consent date when a file says yes/no but has no consent date column (the import day).
    QDate today;
    /// The business's zone (the Clock's): a time written without an offset is a time there.
    QTimeZone timeZone = QTimeZone::utc();
};

/// Turns data rows into ContactRecords: splits a full name into first/last (and the reverse),
/// trims and validates emails, normalizes phones, parses dates (ISO, dd.mm.yyyy, dd/mm/yyyy,
/// mm/dd/yyyy, Excel serials, Outlook's 0/0/00, Square's MM-DD, --MMDD), splits tags, reads
/// yes/no consent columns, unpacks Google's " ::: " multi-values and Shopify's leading
/// apostrophes, and never evaluates text starting with = + - @ (it is stored as plain text).
/// Rows with more or fewer cells than the header are reported, not shifted.
///
/// Several columns may map to one field: e-mail and phone columns each add methods (labelled
/// mobile/work/home from the field or header, the first one found is primary); for single
/// fields the first non-empty column wins. A row is rejected only when it has no name, no
/// company, no e-mail and no phone; without a person's name the contact is known by its
/// company, e-mail or phone (displayName). Invalid e-mails, phones and dates are left out with
/// a warning naming the column and the value; the rest of the row is kept.
class ContactRowMapper final
{
public:
    ContactRowMapper(ColumnMapping mapping, MapperOptions options);

    /// Looks at sample data rows to settle ambiguous date orders; call before map() (optional).
    void learn(const QList<RawRow> &sampleRows);
    ContactRecord map(const RawRow &row) const;
    DateOrder dateOrder() const;
    /// The custom fields map() fills, by name, with the type each is created with when the book
    /// lacks it: Number for money figures ("Total Spent", HeaderRules::isFigureColumn), whose
    /// values map() writes as plain decimals ("1,234.50" is "1234.50"), else Text.
    QHash<QString, CustomField::Type> customFieldTypes() const;

private:
    QString columnName(qsizetype column) const;
    /// The custom field a column's values go to, or empty when they go elsewhere.
    QString customFieldName(qsizetype column) const;

    ColumnMapping m_mapping;
    MapperOptions m_options;
    DateOrder m_dateOrder = DateOrder::Auto;
    /// Per column: the column holding its label (Google's "Phone 1 - Type" for "Phone 1 - Value"),
    /// or -1.
    QList<qsizetype> m_labelColumns;
    /// Per column: the label its e-mails, phones and websites get ("work", "home", "mobile", "").
    QStringList m_labels;
    /// Per column: it holds money figures (HeaderRules::isFigureColumn).
    QList<bool> m_figureColumns;
    /// Per column: customFieldName(), settled once.
    QStringList m_customNames;
    /// Mailchimp's UNSUB_TIME column (a date there means the person unsubscribed), or -1.
    qsizetype m_unsubscribedColumn = -1;
};

/// Turns rows of an order export into OrderRecords, grouping consecutive rows that share an order
/// number into one order with several lines (Shopify, Etsy). Money becomes integer minor units.
///
/// Order-level values (date, totals, status, customer) come from the first row of the order that
/// has them; discounts are summed over its rows. Shipping becomes a line "Shipping", so that
/// total = lines - discount + tax; a file total that disagrees gets a warning. An export with
/// totals but no item columns (EtsySoldOrders) gets one line "Order items" for its subtotal.
/// Without a status column an order is completed, without a payment status column it is paid
/// (a shop export lists past sales); partly paid orders come with paidMinor 0 as the exports do
/// not say how much was paid. The shop's order number goes to Order::externalRef.
class OrderRowMapper final
{
public:
    OrderRowMapper(ColumnMapping mapping, MapperOptions options);

    void learn(const QList<RawRow> &sampleRows);
    /// Feeds one data row; returns an order when this row starts a new one and the previous one
    /// is complete. A row that cannot belong to an order (no order number, too many cells)
    /// comes back on its own as a rejected OrderRecord.
    std::optional<OrderRecord> add(const RawRow &row);
    /// The last order, after the final row.
    std::optional<OrderRecord> finish();
    DateOrder dateOrder() const;

private:
    OrderRecord build(const QList<RawRow> &rows) const;

    ColumnMapping m_mapping;
    MapperOptions m_options;
    DateOrder m_dateOrder = DateOrder::Auto;
    /// The rows of the order being collected; they share m_pendingKey.
    QList<RawRow> m_rows;
    QString m_pendingKey;
    /// False when the collected row is a reject that no following row may join.
    bool m_joinable = false;
};

} // namespace clientele
