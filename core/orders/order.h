#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace clientele {

enum class OrderKind { Order, Invoice };
enum class OrderStatus { Draft, Open, Ready, Completed, Cancelled };
enum class PaymentStatus { Unpaid, Partial, Paid, Refunded };

/// The schema's CHECK values ("order", "invoice", "draft", "open", "unpaid", ...).
QString toString(OrderKind kind);
QString toString(OrderStatus status);
QString toString(PaymentStatus status);
std::optional<OrderKind> orderKindFromString(const QString &text);
std::optional<OrderStatus> orderStatusFromString(const QString &text);
std::optional<PaymentStatus> paymentStatusFromString(const QString &text);

/// Translated names for display ("Invoice", "Ready for pickup", "Partly paid", ...).
QString displayName(OrderKind kind);
QString displayName(OrderStatus status);
QString displayName(PaymentStatus status);

/// One line of an order: a quantity of something at a unit price. Quantities are integers in
/// thousandths (0.5 kg is 500), prices integers in minor units of the order's currency.
struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0; ///< 0: a free-text line
    QString productName; ///< read-only: the product's current name, filled on read
    QString description;
    qint64 quantityMilli = 1000;
    QString unit = QStringLiteral("pcs");
    qint64 unitPriceMinor = 0;
    /// Computed by the repository: quantityMilli * unitPriceMinor / 1000, rounded half away
    /// from zero.
    qint64 lineTotalMinor = 0;

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

/// An order or an invoice with its lines. The repository computes line totals, the subtotal and
/// the total; discount and tax are amounts the user (or the shop export) gives.
/// total = subtotal - discount + tax.
struct Order
{
    qint64 id = 0;
    qint64 contactId = 0; ///< 0: no customer (a walk-in sale)
    QString contactName; ///< read-only: filled on read
    OrderKind kind = OrderKind::Order;
    /// Empty on create: the repository assigns the next "YYYY-NNNN" number for orders or
    /// "INV-YYYY-NNNN" for invoices, YYYY being the year the order was placed.
    QString number;
    OrderStatus status = OrderStatus::Open;
    QDateTime orderedAt; ///< UTC; invalid on create: now
    QDate dueDate; ///< pickup date of an order, payment due date of an invoice; may be null
    QString currency; ///< ISO 4217; empty on create: the business currency
    QList<OrderLine> lines;
    qint64 subtotalMinor = 0; ///< computed: sum of the line totals
    qint64 discountMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0; ///< computed
    /// Paid so far. Taken from the caller on create (imported orders arrive paid); afterwards it
    /// only changes through OrderRepository::recordPayment().
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
};

/// One row of an order list: what the table shows, without the lines.
struct OrderSummary
{
    qint64 id = 0;
    QString number;
    OrderKind kind = OrderKind::Order;
    qint64 contactId = 0;
    QString contactName;
    OrderStatus status = OrderStatus::Open;
    QDateTime orderedAt;
    QDate dueDate;
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
