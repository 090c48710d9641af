#pragma once

#include "order.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Which orders to list, and in which order. Filtering, sorting and paging happen in SQL.
struct OrderListQuery
{
    enum class Sort { OrderedAt, DueDate, Total, Number };

    bool inTrash = false; ///< false: live orders only; true: the trash only
    qint64 contactId = 0; ///< 0: any customer
    std::optional<OrderKind> kind; ///< nullopt: orders and invoices
    QList<OrderStatus> statuses; ///< empty: any status
    QList<PaymentStatus> paymentStatuses; ///< empty: any payment status
    /// Placed on or between these local dates; a null date leaves that end open.
    QDate from;
    QDate to;
    /// Due (pickup or payment) on or between these dates; a null date leaves that end open. When
    /// either is set, orders without a due date are left out.
    QDate dueFrom;
    QDate dueTo;
    Sort sort = Sort::OrderedAt;
    bool descending = true;
    int offset = 0;
    int limit = 200; ///< <= 0: no limit
};

/// Creates, reads, updates and trashes orders and invoices with their lines, and records
/// payments. The repository is the only place that computes totals and payment status, so the
/// stored row is always consistent. Every write validates first, is one transaction and records
/// an audit-log row.
class OrderRepository final
{
public:
    OrderRepository(QSqlDatabase db, const Clock &clock);

    /// Validates, computes totals, assigns a number when empty, and stores a new order; returns
    /// its id.
    Result<qint64> create(Order order);
    Result<Order> get(qint64 id) const;
    /// Replaces the stored order `order.id` (its lines included) and recomputes the totals. The
    /// paid amount is kept from the stored order; the payment status follows the new total.
    Status update(Order order);
    Status setStatus(qint64 id, OrderStatus status);
    /// Adds a payment (a negative amount is a refund) in the order's currency. The paid amount
    /// may not go below zero or above the total. Paying in full sets paidAt to `at` (invalid: now);
    /// refunding everything that was paid marks the order Refunded.
    Status recordPayment(qint64 id, const Money &amount, const QDateTime &at = {});
    Status moveToTrash(qint64 id);
    Status restore(qint64 id);

    QList<OrderSummary> list(const OrderListQuery &query = {}) const;
    int count(const OrderListQuery &query = {}) const;
    /// Live orders of one customer, newest first.
    QList<OrderSummary> listForContact(qint64 contactId, int limit = 200) const;
    /// Live orders due (picked up or payable) between two dates inclusive, earliest first:
    /// "pickups this week". Completed and cancelled orders are left out unless asked for.
    QList<OrderSummary> dueBetween(const QDate &from, const QDate &to, bool includeClosed = false) const;
    /// Sums per currency of the orders the query selects (its sort and paging are ignored).
    QList<OrderSums> sums(const OrderListQuery &query = {}) const;
    /// Live orders whose external reference equals `externalRef` (for re-imports).
    QList<qint64> findByExternalRef(const QString &externalRef) const;

    /// Checks an order without storing it; the error names the field ("currency", "discount",
    /// "lines[2].quantity", ...).
    Status validate(const Order &order) const;
    /// Computes the line totals, subtotal and total the way create() does. Fails (naming the
    /// field) when an amount does not fit in 64 bits.
    static Status computeTotals(Order &order);
    /// quantityMilli * unitPriceMinor / 1000 rounded half away from zero; an error on overflow.
    static Result<qint64> lineTotal(qint64 quantityMilli, qint64 unitPriceMinor);
    /// The payment status that paid and total amount to; `previous` tells a full refund from
    /// never having been paid.
    static PaymentStatus paymentStatusFor(qint64 paidMinor, qint64 totalMinor, PaymentStatus previous);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
