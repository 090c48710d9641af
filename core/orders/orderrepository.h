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
/// payments. The repository is the only place that stores amounts, computed by ordertotals, so
/// the stored row is always consistent. Every write validates first, is one transaction and
/// records an audit-log row.
class OrderRepository final
{
public:
    OrderRepository(QSqlDatabase db, const Clock &clock);

    /// Validates, computes totals, takes a number from the sequence when empty, and stores a new
    /// order; returns its id. A deposit (and, for an imported order, what it says was paid) is
    /// recorded as a payment.
    Result<qint64> create(Order order);
    Result<Order> get(qint64 id) const;
    /// The live order with this number (orders before invoices when both have it).
    Result<Order> findByNumber(const QString &number) const;
    /// Replaces the stored order `order.id` (its lines included) and recomputes the totals. The
    /// paid amount and the deposit are kept from the stored order (they change through
    /// payments); the payment status follows the new total. The status may only move forward.
    Status update(Order order);
    /// Moves an order forward (a step may be skipped); backward and out of a final status is
    /// refused with a message that says why.
    Status setStatus(qint64 id, OrderStatus status);
    /// The undo of setStatus(id, movedTo): puts the order back to `previous`, which may lie
    /// behind. Refused when the order is no longer `movedTo` (changed since, elsewhere).
    Status undoStatus(qint64 id, OrderStatus movedTo, OrderStatus previous);

    /// Adds a payment (a negative amount is a refund) in the order's currency and returns its id.
    /// The paid amount may not go below zero or above the total. Paying in full sets paidAt to
    /// `at` (invalid: now); refunding everything that was paid marks the order Refunded.
    Result<qint64> recordPayment(qint64 orderId, const Money &amount, const QDateTime &at = {},
                                 PaymentMethod method = PaymentMethod::Other, const QString &note = {});
    /// Removes a payment entered by mistake (undo of recordPayment) or puts it back.
    Status removePayment(qint64 paymentId);
    Status restorePayment(qint64 paymentId);
    /// The order's payments, oldest first; removed ones only when asked for.
    Result<QList<Payment>> payments(qint64 orderId, bool includeRemoved = false) const;

    Status moveToTrash(qint64 id);
    Status restore(qint64 id);

    QList<OrderSummary> list(const OrderListQuery &query = {}) const;
    int count(const OrderListQuery &query = {}) const;
    /// Live orders of one customer, newest first.
    QList<OrderSummary> listForContact(qint64 contactId, int limit = 200) const;
    /// Live orders due (picked up or payable) between two dates inclusive, earliest first:
    /// "pickups this week". Collected, delivered and cancelled orders are left out unless asked.
    QList<OrderSummary> dueBetween(const QDate &from, const QDate &to, bool includeClosed = false) const;
    /// Sums per currency of the orders the query selects (its sort and paging are ignored).
    QList<OrderSums> sums(const OrderListQuery &query = {}) const;
    /// Live orders whose external reference equals `externalRef` (for re-imports).
    QList<qint64> findByExternalRef(const QString &externalRef) const;

    /// Checks an order without storing it; the error names the field ("currency", "discount",
    /// "lines[2].quantity", ...).
    Status validate(const Order &order) const;
    /// Fills what create() and update() fill before storing: the currency, how prices are
    /// entered (the business setting), each line's tax rate (its product's when it has none),
    /// and every computed amount. For an editor that shows totals as the user types.
    Status complete(Order &order) const;

private:
    Status writeStatus(const Order &stored, OrderStatus status, const QString &auditAction);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
