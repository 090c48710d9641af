#include "orderrepository.h"

#include "orderstore.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace clientele {

using namespace repository;

namespace {

const QString Entity = QStringLiteral("order");

Error validationError(const QString &message, const QString &field)
{
    return Error {message, field, Error::Kind::Validation};
}

QString lineField(qsizetype index, const char *name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

void normalize(QSqlDatabase db, const Clock &clock, Order &order)
{
    order.number = order.number.trimmed();
    order.currency = normalizeCurrency(db, order.currency);
    order.notes = order.notes.trimmed();
    order.externalRef = order.externalRef.trimmed();
    if (!order.orderedAt.isValid())
        order.orderedAt = clock.nowUtc();
    order.orderedAt = order.orderedAt.toUTC();
    for (OrderLine &line : order.lines) {
        line.description = line.description.trimmed();
        line.unit = line.unit.trimmed();
        if (line.unit.isEmpty())
            line.unit = QStringLiteral("pcs");
    }
}

/// The checks shared by validate(), create() and update(). `storedContactId` is the customer the
/// stored order already has: an order may keep a customer who is in the trash.
Status checkOrder(QSqlDatabase db, const Order &order, qint64 storedContactId)
{
    if (auto s = checkCurrency(order.currency); !s)
        return s;
    if (auto s = checkContact(db, order.contactId, order.contactId == storedContactId); !s)
        return s;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const qsizetype row = i + 1;
        if (line.description.isEmpty() && line.productId == 0)
            return validationError(
                QCoreApplication::translate("OrderRepository", "Line %1 needs a description or a product.").arg(row),
                lineField(i, "description"));
        if (line.quantityMilli < 0)
            return validationError(
                QCoreApplication::translate("OrderRepository", "Line %1: the quantity cannot be negative.").arg(row),
                lineField(i, "quantity"));
        if (line.unitPriceMinor < 0)
            return validationError(
                QCoreApplication::translate("OrderRepository", "Line %1: the price cannot be negative.").arg(row),
                lineField(i, "unitPrice"));
        if (auto s = checkReference(
                db, QStringLiteral("products"), line.productId, lineField(i, "productId"),
                QCoreApplication::translate("OrderRepository", "Line %1: the product no longer exists.").arg(row));
            !s)
            return s;
    }
    if (order.discountMinor < 0)
        return validationError(QCoreApplication::translate("OrderRepository", "The discount cannot be negative."),
                               QStringLiteral("discount"));
    if (order.taxMinor < 0)
        return validationError(QCoreApplication::translate("OrderRepository", "The tax cannot be negative."),
                               QStringLiteral("tax"));

    Order computed = order;
    if (auto s = OrderRepository::computeTotals(computed); !s)
        return s;
    if (computed.discountMinor > computed.subtotalMinor)
        return validationError(
            QCoreApplication::translate("OrderRepository", "The discount (%1) is more than the subtotal (%2).")
                .arg(formatMoney(computed.discount()), formatMoney(computed.subtotal())),
            QStringLiteral("discount"));
    if (order.paidMinor < 0)
        return validationError(QCoreApplication::translate("OrderRepository", "The paid amount cannot be negative."),
                               QStringLiteral("paid"));
    return {};
}

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<qint64> OrderRepository::lineTotal(qint64 quantityMilli, qint64 unitPriceMinor)
{
    if (const auto total = mulDivRound(quantityMilli, unitPriceMinor, 1000))
        return *total;
    return Error {QCoreApplication::translate("OrderRepository", "The line total is too large."),
                  QStringLiteral("quantity"), Error::Kind::Validation};
}

Status OrderRepository::computeTotals(Order &order)
{
    qint64 subtotal = 0;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        OrderLine &line = order.lines[i];
        const auto total = lineTotal(line.quantityMilli, line.unitPriceMinor);
        if (!total)
            return validationError(
                QCoreApplication::translate("OrderRepository", "Line %1: the amount is too large.").arg(i + 1),
                lineField(i, "quantity"));
        line.lineTotalMinor = *total;
        if (qAddOverflow(subtotal, line.lineTotalMinor, &subtotal))
            return validationError(QCoreApplication::translate("OrderRepository", "The order total is too large."),
                                   QStringLiteral("lines"));
    }
    order.subtotalMinor = subtotal;
    qint64 total = 0;
    if (qSubOverflow(subtotal, order.discountMinor, &total) || qAddOverflow(total, order.taxMinor, &total))
        return validationError(QCoreApplication::translate("OrderRepository", "The order total is too large."),
                               QStringLiteral("tax"));
    order.totalMinor = total;
    return {};
}

PaymentStatus OrderRepository::paymentStatusFor(qint64 paidMinor, qint64 totalMinor, PaymentStatus previous)
{
    if (paidMinor <= 0)
        return previous == PaymentStatus::Unpaid ? PaymentStatus::Unpaid : PaymentStatus::Refunded;
    if (paidMinor >= totalMinor)
        return PaymentStatus::Paid;
    return PaymentStatus::Partial;
}

Status OrderRepository::validate(const Order &order) const
{
    Order normalized = order;
    normalize(m_db, m_clock, normalized);
    return checkOrder(m_db, normalized, 0);
}

Result<qint64> OrderRepository::create(Order order)
{
    normalize(m_db, m_clock, order);
    if (auto s = checkOrder(m_db, order, 0); !s)
        return s.error();
    if (auto s = computeTotals(order); !s)
        return s.error();
    if (order.paidMinor > order.totalMinor)
        return validationError(
            QCoreApplication::translate("OrderRepository", "The paid amount (%1) is more than the total (%2).")
                .arg(formatMoney(order.paid()), formatMoney(order.total())),
            QStringLiteral("paid"));
    // A caller may bring an order that was paid and refunded in full (a shop export); any other
    // status is derived from the amounts.
    const PaymentStatus previous
        = order.paymentStatus == PaymentStatus::Refunded ? PaymentStatus::Refunded : PaymentStatus::Unpaid;
    order.paymentStatus = paymentStatusFor(order.paidMinor, order.totalMinor, previous);
    if (order.paymentStatus != PaymentStatus::Paid)
        order.paidAt = {};
    else if (!order.paidAt.isValid())
        order.paidAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    if (order.number.isEmpty()) {
        const auto number = orderstore::nextNumber(m_db, order.kind, order.orderedAt);
        if (!number)
            return number.error();
        order.number = *number;
    } else if (auto s = orderstore::checkNumberFree(m_db, order.kind, order.number, 0); !s) {
        return s.error();
    }
    const QDateTime now = m_clock.nowUtc();
    order.createdAt = now;
    order.updatedAt = now;
    const auto id = orderstore::insertOrder(m_db, order);
    if (!id)
        return id.error();
    order.id = *id;
    if (auto s = orderstore::writeLines(m_db, order); !s)
        return s.error();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, order.id, QStringLiteral("create"), orderstore::toJson(order));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return order.id;
}

Result<Order> OrderRepository::get(qint64 id) const
{
    return orderstore::readOrder(m_db, id);
}

Status OrderRepository::update(Order order)
{
    const auto stored = get(order.id);
    if (!stored)
        return stored.error();
    normalize(m_db, m_clock, order);
    if (auto s = checkOrder(m_db, order, stored->contactId); !s)
        return s;
    if (auto s = computeTotals(order); !s)
        return s;
    order.paidMinor = stored->paidMinor;
    order.paymentStatus = paymentStatusFor(order.paidMinor, order.totalMinor, stored->paymentStatus);
    if (order.paymentStatus != PaymentStatus::Paid)
        order.paidAt = {};
    else
        order.paidAt = stored->paidAt.isValid() ? stored->paidAt : m_clock.nowUtc();
    order.createdAt = stored->createdAt;
    order.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (order.number.isEmpty()) {
        const auto number = orderstore::nextNumber(m_db, order.kind, order.orderedAt);
        if (!number)
            return number.error();
        order.number = *number;
    } else if (order.number != stored->number || order.kind != stored->kind) {
        if (auto s = orderstore::checkNumberFree(m_db, order.kind, order.number, order.id); !s)
            return s;
    }
    if (auto s = orderstore::updateOrder(m_db, order); !s)
        return s;
    if (auto s = orderstore::writeLines(m_db, order); !s)
        return s;
    const QJsonObject changes = changedFields(orderstore::toJson(*stored), orderstore::toJson(order));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, order.id, QStringLiteral("update"), changes); !s)
        return s;
    return tx.commit();
}

Status OrderRepository::setStatus(qint64 id, OrderStatus status)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->status == status)
        return {};
    Order order = *stored;
    order.status = status;
    order.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = orderstore::updateOrder(m_db, order); !s)
        return s;
    const QJsonObject changes = changedFields(orderstore::toJson(*stored), orderstore::toJson(order));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("status"), changes); !s)
        return s;
    return tx.commit();
}

Status OrderRepository::recordPayment(qint64 id, const Money &amount, const QDateTime &at)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    const QString field = QStringLiteral("amount");
    if (amount.currency.trimmed().toUpper() != stored->currency)
        return validationError(
            QCoreApplication::translate("OrderRepository", "The payment is in %1 but order %2 is in %3.")
                .arg(amount.currency, stored->number, stored->currency),
            QStringLiteral("currency"));
    if (amount.minor == 0)
        return validationError(QCoreApplication::translate("OrderRepository", "Please enter the amount paid."), field);
    Order order = *stored;
    if (qAddOverflow(stored->paidMinor, amount.minor, &order.paidMinor))
        return validationError(QCoreApplication::translate("OrderRepository", "The payment is too large."), field);
    if (order.paidMinor < 0)
        return validationError(
            QCoreApplication::translate("OrderRepository",
                                        "The refund (%1) is more than what was paid for order %2 (%3).")
                .arg(formatMoney({-amount.minor, order.currency}), order.number, formatMoney(stored->paid())),
            field);
    if (amount.minor > 0 && order.paidMinor > order.totalMinor)
        return validationError(QCoreApplication::translate(
                                   "OrderRepository", "The payment (%1) is more than the %2 still open on order %3.")
                                   .arg(formatMoney(amount), formatMoney(stored->balance()), order.number),
                               field);
    order.paymentStatus = paymentStatusFor(order.paidMinor, order.totalMinor, stored->paymentStatus);
    if (order.paymentStatus != PaymentStatus::Paid)
        order.paidAt = {};
    else if (stored->paymentStatus != PaymentStatus::Paid || !stored->paidAt.isValid())
        order.paidAt = at.isValid() ? at.toUTC() : m_clock.nowUtc();
    order.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = orderstore::updateOrder(m_db, order); !s)
        return s;
    QJsonObject changes = changedFields(orderstore::toJson(*stored), orderstore::toJson(order));
    changes.insert(QStringLiteral("amount_minor"), amount.minor);
    changes.insert(QStringLiteral("at"), toStoredTime(at.isValid() ? at : m_clock.nowUtc()));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("payment"), changes); !s)
        return s;
    return tx.commit();
}

Status OrderRepository::moveToTrash(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("orders"), Entity, id, true,
                      QCoreApplication::translate("OrderRepository", "Order %1 does not exist.").arg(id));
}

Status OrderRepository::restore(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("orders"), Entity, id, false,
                      QCoreApplication::translate("OrderRepository", "Order %1 does not exist.").arg(id));
}

} // namespace clientele
