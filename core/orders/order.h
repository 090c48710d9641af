#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace clientele {

enum class OrderKind { Order, Invoice };
/// Where an order stands at the counter. It moves forward only (a step may be skipped:
/// confirmed straight to collected); collected, delivered and cancelled are final.
enum class OrderStatus { Draft, Confirmed, Ready, Collected, Delivered, Cancelled };
enum class PaymentStatus { Unpaid, Partial, Paid, Refunded };
/// How the customer gets the order.
enum class Fulfilment { Pickup, Delivery };
enum class PaymentMethod { Cash, Card, Transfer, Other };

/// The schema's CHECK values ("order", "invoice", "draft", "confirmed", "unpaid", "card", ...).
QString toString(OrderKind kind);
QString toString(OrderStatus status);
QString toString(PaymentStatus status);
QString toString(Fulfilment fulfilment);
QString toString(PaymentMethod method);
std::optional<OrderKind> orderKindFromString(const QString &text);
std::optional<OrderStatus> orderStatusFromString(const QString &text);
std::optional<PaymentStatus> paymentStatusFromString(const QString &text);
std::optional<Fulfilment> fulfilmentFromString(const QString &text);
std::optional<PaymentMethod> paymentMethodFromString(const QString &text);

/// Translated names for display ("Invoice", "Ready", "Partly paid", "Card", ...).
QString displayName(OrderKind kind);
QString displayName(OrderStatus status);
QString displayName(PaymentStatus status);
QString displayName(Fulfilment fulfilment);
QString displayName(PaymentMethod method);

/// Every status, in the order an order moves through them.
QList<OrderStatus> allOrderStatuses();
/// Collected, delivered and cancelled: nothing follows them.
bool isFinal(OrderStatus status);
/// Whether an order may move from `from` to `to`: forward only (skipping steps is fine), never
/// out of a final status, and a draft may be cancelled or confirmed like any open order.
bool canMove(OrderStatus from, OrderStatus to);
/// Counts towards revenue, lifetime value and charts: not a draft, not cancelled.
bool countsAsSale(OrderStatus status);

/// One line of an order: a quantity of something at a unit price. Quantities are integers in
/// thousandths (0.5 kg is 500), prices integers in minor units of the order's currency, rates in
/// basis points (1900 is 19 %, 1250 is 12.5 %). How the amounts follow: see ordertotals.h.
struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0; ///< 0: a free-text line
    QString productName; ///< read-only: the product's current name, filled on read
    QString description;
    qint64 quantityMilli = 1000;
    QString unit = QStringLiteral("pcs");
    qint64 unitPriceMinor = 0; ///< tax included or not, as the order's pricesIncludeTax says
    /// A line discount in percent (basis points); 0 with discountMinor > 0 is one by amount.
    int discountBp = 0;
    qint64 discountMinor = 0; ///< computed when discountBp > 0
    /// nullopt on create or update: the product's rate, else none. Always set on read.
    std::optional<int> taxRateBp;
    /// Computed: quantity * unit price rounded half away from zero, less the line discount.
    qint64 lineTotalMinor = 0;
    /// Computed: the tax this line carries after its discount and its share of the order's.
    qint64 taxMinor = 0;

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

/// The tax of one rate over an order: what the invoice lists per rate.
struct TaxAmount
{
    int rateBp = 0;
    qint64 netMinor = 0; ///< the amount the rate applies to, tax excluded
    qint64 taxMinor = 0;

    friend bool operator==(const TaxAmount &, const TaxAmount &) = default;
};

/// A payment, a deposit or (negative) a refund.
struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime paidAt; ///< UTC; invalid on create: now
    qint64 amountMinor = 0; ///< in the order's currency; negative: a refund
    PaymentMethod method = PaymentMethod::Other;
    QString note;
    QDateTime createdAt;
    QDateTime deletedAt; ///< valid: removed (undo puts it back)

    friend bool operator==(const Payment &, const Payment &) = default;
};

/// An order or an invoice with its lines. The core computes every amount (ordertotals.h) from
/// the lines, the discounts and how prices were entered; the caller gives quantities, prices,
/// rates and discounts.
struct Order
{
    qint64 id = 0;
    qint64 contactId = 0; ///< 0: no customer (a walk-in sale)
    QString contactName; ///< read-only: filled on read
    OrderKind kind = OrderKind::Order;
    /// Empty on create: the repository takes the next number of the kind's sequence
    /// (OrderNumbering); an imported order keeps its file's number.
    QString number;
    OrderStatus status = OrderStatus::Confirmed;
    QDateTime orderedAt; ///< UTC; invalid on create: now
    /// The business-local day of pickup or delivery (an invoice: payment due); may be null.
    QDate dueDate;
    /// The time of pickup or delivery (UTC) when one was given; its local day is dueDate.
    QDateTime dueAt;
    Fulfilment fulfilment = Fulfilment::Pickup;
    QString deliveryAddress;
    QString currency; ///< ISO 4217; empty on create: the business currency
    /// How the lines' prices were entered; on create without a stored order, the business setting.
    std::optional<bool> pricesIncludeTax;
    QList<OrderLine> lines;
    qint64 subtotalMinor = 0; ///< computed: sum of the line totals (after line discounts)
    /// An order-level discount in percent (basis points); 0 with discountMinor > 0: by amount.
    int discountBp = 0;
    qint64 discountMinor = 0; ///< computed when discountBp > 0
    /// Tax a shop export reported for the whole order, added to the total as given.
    qint64 importedTaxMinor = 0;
    qint64 taxMinor = 0; ///< computed: the lines' tax plus the imported tax
    QList<TaxAmount> taxes; ///< computed: the lines' tax per rate, lowest rate first
    qint64 totalMinor = 0; ///< computed
    qint64 depositMinor = 0; ///< the deposit asked for (recorded as a payment when paid)
    /// Paid so far: the sum of the payments. Taken from the caller on create (imported orders
    /// arrive paid, and get one payment entry); afterwards it changes only through payments.
    qint64 paidMinor = 0;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid; ///< computed from paid and total
    QDateTime paidAt; ///< when it became fully paid
    QString notes;
    QString externalRef; ///< the order's id in the shop system it came from
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid: in the trash

    bool isInTrash() const { return deletedAt.isValid(); }
    Money subtotal() const { return {subtotalMinor, currency}; }
    Money discount() const { return {discountMinor, currency}; }
    Money tax() const { return {taxMinor, currency}; }
    Money total() const { return {totalMinor, currency}; }
    Money paid() const { return {paidMinor, currency}; }
    Money balance() const { return {totalMinor - paidMinor, currency}; }
    Money deposit() const { return {depositMinor, currency}; }
};

/// One row of an order list: what the table shows, without the lines.
struct OrderSummary
{
    qint64 id = 0;
    QString number;
    OrderKind kind = OrderKind::Order;
    qint64 contactId = 0;
    QString contactName;
    OrderStatus status = OrderStatus::Confirmed;
    QDateTime orderedAt;
    QDate dueDate;
    QDateTime dueAt;
    Money total;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
    Money paid;
    QDateTime deletedAt;
};

/// Order and payment sums of one currency, for the dashboard ("sales this month", "outstanding").
struct OrderSums
{
    QString currency;
    int count = 0;
    qint64 totalMinor = 0;
    qint64 paidMinor = 0;

    Money total() const { return {totalMinor, currency}; }
    Money paid() const { return {paidMinor, currency}; }
    Money outstanding() const { return {totalMinor - paidMinor, currency}; }
};

} // namespace clientele
