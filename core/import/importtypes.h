#pragma once

#include "contacts/contact.h"
#include "orders/order.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace clientele {

/// One row of a tabular file as read, before any mapping. `line` is where the record starts: the
/// file line (1-based; a quoted field with newlines makes a record span several lines) for
/// delimited text, the sheet row for xlsx/ods.
struct RawRow
{
    qint64 line = 0;
    QStringList cells;
};

/// Something the user must hear about a row: why it was rejected, skipped or merged, or a
/// warning about one of its values. Rows are numbered like RawRow::line.
struct ImportIssue
{
    enum class Outcome { Rejected, Merged, Skipped, Warning };

    qint64 row = 0;
    QString column; ///< the header name the issue is about; empty when it concerns the row
    Outcome outcome = Outcome::Warning;
    qint64 contactId = 0; ///< for Merged (and Skipped): the existing contact it matched
    QString message;

    static QString outcomeName(Outcome outcome); ///< "rejected", "merged", "skipped", "warning"
};

/// A contact read from a file and mapped to Clientele's fields, ready for duplicate matching.
/// `contact` carries every value found (emails, phones, tags, custom fields, consent, ...).
struct ContactRecord
{
    qint64 row = 0;
    Contact contact;
    QString companyName; ///< resolved to a company contact by the importer
    /// The contact's id in the system it came from (Shopify customer id, Square reference id,
    /// HubSpot record id), for the importer to keep or match on; empty when the file has none.
    QString externalId;
    QList<ImportIssue> warnings;
    /// Non-empty: the row cannot be imported (e.g. no name, no email and no phone); the text
    /// says why and `rejectColumn` names the column when one is to blame.
    QString rejectReason;
    QString rejectColumn;
};

/// One order read from an order export (several rows of a file may make one order: one row per
/// line item, as Shopify and Etsy write them).
struct OrderRecord
{
    qint64 row = 0; ///< the first row of the order
    QString customerEmail;
    QString customerName;
    QString customerPhone;
    Order order; ///< contactId is resolved by the importer; lines, totals, dates, status filled
    /// Per line of order.lines, the SKU the file gives it (empty when none), for matching products.
    QStringList lineSkus;
    QList<ImportIssue> warnings;
    QString rejectReason;
    QString rejectColumn;
};

/// Fields a column can be mapped to. Field ids are stable strings (used in presets and in
/// `clientele-cli import --map COLUMN=FIELD`); a custom field is "custom:Name".
namespace ImportFields {

inline const QString Ignore = QStringLiteral("ignore");
inline const QString Notes = QStringLiteral("notes");
/// Prefix of a custom field id ("custom:Allergies").
inline const QString CustomPrefix = QStringLiteral("custom:");

/// Every contact field id: first_name, last_name, full_name, company, job_title, email, email2,
/// phone, mobile, work_phone, home_phone, website, street, street2, city, region, postal_code,
/// country, birthday, birth_day, birth_month, birth_year, notes, tags, email_consent, consent_date,
/// external_id, created_at, ignore.
QStringList contactFields();
/// Every order field id: order_number, order_date, customer_email, customer_name, customer_phone,
/// product, sku, quantity, unit_price, line_total, subtotal, discount, tax, shipping, total,
/// currency, status, payment_status, paid_at, due_date, notes, ignore.
QStringList orderFields();
/// A translated label for a field id, for the wizard ("E-mail", "Custom field: Allergies").
QString label(const QString &fieldId);

} // namespace ImportFields

} // namespace clientele
