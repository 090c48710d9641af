#include "orderpayments.h"

#include "orderrepository.h"
#include "orderstore.h"
#include "ordertotals.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace clientele {

using namespace repository;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)
};

const QString Entity = QStringLiteral("order");

Error validationError(const QString &message, const QString &field)
{
    return Error {message, field, Error::Kind::Validation};
}

Payment paymentFrom(const QSqlQuery &query)
{
    Payment payment;
    payment.id = query.value(0).toLongLong();
    payment.orderId = query.value(1).toLongLong();
    payment.paidAt = fromStoredTime(query.value(2).toString());
    payment.amountMinor = query.value(3).toLongLong();
    payment.method = paymentMethodFromString(query.value(4).toString()).value_or(PaymentMethod::Other);
    payment.note = query.value(5).toString();
    payment.createdAt = fromStoredTime(query.value(6).toString());
    payment.deletedAt = fromStoredTime(query.value(7).toString());
    return payment;
}

const QString Columns = QStringLiteral("id, order_id, paid_at, amount_minor, method, note, created_at, deleted_at");

QJsonObject toJson(const Payment &payment)
{
    return {{QStringLiteral("payment_id"), payment.id},
            {QStringLiteral("amount_minor"), payment.amountMinor},
            {QStringLiteral("at"), toStoredTime(payment.paidAt)},
            {QStringLiteral("method"), toString(payment.method)},
            {QStringLiteral("note"), payment.note}};
}

} // namespace

namespace orderpayments {

Result<qint64> insert(QSqlDatabase db, const Payment &payment)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO order_payments (order_id, paid_at, amount_minor, method, note, "
                                 "created_at) VALUES (:order_id, :paid_at, :amount, :method, :note, :created_at)"));
    query.bindValue(QStringLiteral(":order_id"), payment.orderId);
    query.bindValue(QStringLiteral(":paid_at"), toStoredTime(payment.paidAt));
    query.bindValue(QStringLiteral(":amount"), payment.amountMinor);
    query.bindValue(QStringLiteral(":method"), toString(payment.method));
    query.bindValue(QStringLiteral(":note"), payment.note.isNull() ? QStringLiteral("") : payment.note);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(payment.createdAt));
    if (!query.exec())
        return databaseError(Text::tr("Could not save the payment"), query);
    return query.lastInsertId().toLongLong();
}

Status recordInitial(QSqlDatabase db, const Order &order, const QDateTime &now)
{
    const qint64 deposit = std::min(order.depositMinor, order.paidMinor);
    const qint64 rest = order.paidMinor - deposit;
    if (deposit > 0) {
        Payment payment {0, order.id, order.orderedAt, deposit, PaymentMethod::Other, Text::tr("Deposit"), now, {}};
        if (auto id = insert(db, payment); !id)
            return id.error();
    }
    if (rest > 0) {
        const QDateTime at = order.paidAt.isValid() ? order.paidAt : order.orderedAt;
        if (auto id = insert(db, Payment {0, order.id, at, rest, PaymentMethod::Other, {}, now, {}}); !id)
            return id.error();
    }
    return {};
}

Result<Payment> read(QSqlDatabase db, qint64 paymentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM order_payments WHERE id = :id").arg(Columns));
    query.bindValue(QStringLiteral(":id"), paymentId);
    if (!query.exec())
        return databaseError(Text::tr("Could not read payment %1").arg(paymentId), query);
    if (!query.next())
        return Error {Text::tr("Payment %1 does not exist.").arg(paymentId), {}, Error::Kind::NotFound};
    return paymentFrom(query);
}

Result<QList<Payment>> readAll(QSqlDatabase db, qint64 orderId, bool includeRemoved)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM order_payments WHERE order_id = :id%2 ORDER BY paid_at, id")
                      .arg(Columns, includeRemoved ? QString() : QStringLiteral(" AND deleted_at IS NULL")));
    query.bindValue(QStringLiteral(":id"), orderId);
    if (!query.exec())
        return databaseError(Text::tr("Could not read the payments of order %1").arg(orderId), query);
    QList<Payment> payments;
    while (query.next())
        payments.append(paymentFrom(query));
    return payments;
}

Status setRemoved(QSqlDatabase db, qint64 paymentId, const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE order_payments SET deleted_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":at"), timeOrNull(at));
    query.bindValue(QStringLiteral(":id"), paymentId);
    if (!query.exec())
        return databaseError(Text::tr("Could not change payment %1").arg(paymentId), query);
    return {};
}

Result<qint64> paidSum(QSqlDatabase db, qint64 orderId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT COALESCE(sum(amount_minor), 0) FROM order_payments WHERE order_id = :id AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":id"), orderId);
    if (!query.exec() || !query.next())
        return databaseError(Text::tr("Could not add up the payments of order %1").arg(orderId), query);
    return query.value(0).toLongLong();
}

} // namespace orderpayments

namespace {

/// Stores the order's paid amount, payment status and paid date after its payments changed to
/// `paid`, refusing an amount below zero or above the total; audits `action`.
Status applyPaid(QSqlDatabase db, const Clock &clock, const Order &stored, qint64 paid, const QDateTime &at,
                 const QString &action, const QJsonObject &detail)
{
    if (paid < 0)
        return validationError(Text::tr("That would refund more than was paid for order %1 (%2).")
                                   .arg(stored.number, formatMoney(stored.paid())),
                               QStringLiteral("amount"));
    if (paid > stored.totalMinor && paid > stored.paidMinor)
        return validationError(Text::tr("The payment is more than the %1 still open on order %2.")
                                   .arg(formatMoney(stored.balance()), stored.number),
                               QStringLiteral("amount"));
    Order order = stored;
    order.paidMinor = paid;
    order.paymentStatus = ordertotals::paymentStatusFor(paid, order.totalMinor, stored.paymentStatus);
    if (order.paymentStatus != PaymentStatus::Paid)
        order.paidAt = {};
    else if (stored.paymentStatus != PaymentStatus::Paid || !stored.paidAt.isValid())
        order.paidAt = at.isValid() ? at : clock.nowUtc();
    order.updatedAt = clock.nowUtc();
    if (auto s = orderstore::updateOrder(db, order); !s)
        return s;
    QJsonObject changes = changedFields(orderstore::toJson(stored), orderstore::toJson(order));
    for (auto it = detail.begin(); it != detail.end(); ++it)
        changes.insert(it.key(), it.value());
    return AuditLog(db, clock).record(Entity, stored.id, action, changes);
}

} // namespace

Result<qint64> OrderRepository::recordPayment(qint64 orderId, const Money &amount, const QDateTime &at,
                                              PaymentMethod method, const QString &note)
{
    const auto stored = get(orderId);
    if (!stored)
        return stored.error();
    if (stored->isInTrash())
        return validationError(Text::tr("Order %1 is in the trash.").arg(stored->number), QStringLiteral("order"));
    if (amount.currency.trimmed().toUpper() != stored->currency)
        return validationError(Text::tr("The payment is in %1 but order %2 is in %3.")
                                   .arg(amount.currency, stored->number, stored->currency),
                               QStringLiteral("currency"));
    if (amount.minor == 0)
        return validationError(Text::tr("Please enter the amount paid."), QStringLiteral("amount"));
    qint64 paid = 0;
    if (qAddOverflow(stored->paidMinor, amount.minor, &paid))
        return validationError(Text::tr("The payment is too large."), QStringLiteral("amount"));
    if (amount.minor > 0 && paid > stored->totalMinor)
        return validationError(Text::tr("The payment (%1) is more than the %2 still open on order %3.")
                                   .arg(formatMoney(amount), formatMoney(stored->balance()), stored->number),
                               QStringLiteral("amount"));

    const QDateTime now = m_clock.nowUtc();
    Payment payment {0, orderId, at.isValid() ? at.toUTC() : now, amount.minor, method, note.trimmed(), now, {}};
    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    const auto id = orderpayments::insert(m_db, payment);
    if (!id)
        return id.error();
    payment.id = *id;
    if (auto s = applyPaid(m_db, m_clock, *stored, paid, payment.paidAt,
                           amount.minor < 0 ? QStringLiteral("refund") : QStringLiteral("payment"), toJson(payment));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return payment.id;
}

namespace {

/// Removes (a valid `removedAt`) or puts back a payment, and recomputes its order's paid amount;
/// doing what is already done changes nothing.
Status setPaymentRemoved(QSqlDatabase db, const Clock &clock, const OrderRepository &orders, qint64 paymentId,
                         const QDateTime &removedAt)
{
    const auto payment = orderpayments::read(db, paymentId);
    if (!payment)
        return payment.error();
    if (payment->deletedAt.isValid() == removedAt.isValid())
        return {};
    const auto stored = orders.get(payment->orderId);
    if (!stored)
        return stored.error();
    Transaction tx(db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = orderpayments::setRemoved(db, paymentId, removedAt); !s)
        return s;
    const auto paid = orderpayments::paidSum(db, payment->orderId);
    if (!paid)
        return paid.error();
    const QString action = removedAt.isValid() ? QStringLiteral("remove_payment") : QStringLiteral("restore_payment");
    if (auto s = applyPaid(db, clock, *stored, *paid, payment->paidAt, action, toJson(*payment)); !s)
        return s;
    return tx.commit();
}

} // namespace

Status OrderRepository::removePayment(qint64 paymentId)
{
    return setPaymentRemoved(m_db, m_clock, *this, paymentId, m_clock.nowUtc());
}

Status OrderRepository::restorePayment(qint64 paymentId)
{
    return setPaymentRemoved(m_db, m_clock, *this, paymentId, {});
}

Result<QList<Payment>> OrderRepository::payments(qint64 orderId, bool includeRemoved) const
{
    return orderpayments::readAll(m_db, orderId, includeRemoved);
}

} // namespace clientele
