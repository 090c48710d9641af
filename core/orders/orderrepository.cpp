#include "orderrepository.h"

#include "ordernumbering.h"
#include "orderpayments.h"
#include "orderstore.h"
#include "ordertotals.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/transaction.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

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
    order.deliveryAddress = order.deliveryAddress.trimmed();
    if (!order.orderedAt.isValid())
        order.orderedAt = clock.nowUtc();
    order.orderedAt = order.orderedAt.toUTC();
    if (order.dueAt.isValid())
        order.dueAt = order.dueAt.toUTC();
    if (!order.pricesIncludeTax)
        order.pricesIncludeTax = BusinessSettings(db).pricesIncludeTax();
    for (OrderLine &line : order.lines) {
        line.description = line.description.trimmed();
        line.unit = line.unit.trimmed();
        if (line.unit.isEmpty())
            line.unit = QStringLiteral("pcs");
    }
}

/// A line without a tax rate takes its product's, else none.
Status resolveTaxRates(QSqlDatabase db, Order &order)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT tax_rate_bp FROM products WHERE id = :id"));
    for (OrderLine &line : order.lines) {
        if (line.taxRateBp)
            continue;
        line.taxRateBp = 0;
        if (line.productId == 0)
            continue;
        query.bindValue(QStringLiteral(":id"), line.productId);
        if (!query.exec())
            return databaseError(
                QCoreApplication::translate("OrderRepository", "Could not read the product's tax rate"), query);
        if (query.next())
            line.taxRateBp = query.value(0).toInt();
    }
    return {};
}

QString statusMoveMessage(const Order &order, OrderStatus to)
{
    if (order.status == OrderStatus::Cancelled)
        return QCoreApplication::translate("OrderRepository", "Order %1 is cancelled; it cannot become %2 again.")
            .arg(order.number, displayName(to).toLower());
    if (isFinal(order.status))
        return QCoreApplication::translate("OrderRepository", "Order %1 is already %2; it cannot become %3.")
            .arg(order.number, displayName(order.status).toLower(), displayName(to).toLower());
    return QCoreApplication::translate("OrderRepository",
                                       "Order %1 is %2; an order moves forward only, so it cannot go back to %3.")
        .arg(order.number, displayName(order.status).toLower(), displayName(to).toLower());
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
        if (line.taxRateBp && (*line.taxRateBp < 0 || *line.taxRateBp > 10000))
            return validationError(
                QCoreApplication::translate("OrderRepository", "Line %1: the tax rate must be between 0 and 100 %.")
                    .arg(row),
                lineField(i, "taxRate"));
        if (auto s = checkReference(
                db, QStringLiteral("products"), line.productId, lineField(i, "productId"),
                QCoreApplication::translate("OrderRepository", "Line %1: the product no longer exists.").arg(row));
            !s)
            return s;
    }
    if (order.discountMinor < 0)
        return validationError(QCoreApplication::translate("OrderRepository", "The discount cannot be negative."),
                               QStringLiteral("discount"));
    if (order.importedTaxMinor < 0)
        return validationError(QCoreApplication::translate("OrderRepository", "The tax cannot be negative."),
                               QStringLiteral("tax"));
    if (order.depositMinor < 0)
        return validationError(QCoreApplication::translate("OrderRepository", "The deposit cannot be negative."),
                               QStringLiteral("deposit"));
    if (order.dueAt.isValid() && !order.dueDate.isValid())
        return validationError(QCoreApplication::translate("OrderRepository", "A due time needs a due date."),
                               QStringLiteral("due"));
    if (order.fulfilment == Fulfilment::Delivery && order.deliveryAddress.isEmpty())
        return validationError(
            QCoreApplication::translate("OrderRepository", "Please enter the address to deliver the order to."),
            QStringLiteral("deliveryAddress"));

    Order computed = order;
    if (auto s = ordertotals::compute(computed); !s)
        return s;
    if (computed.depositMinor > computed.totalMinor)
        return validationError(
            QCoreApplication::translate("OrderRepository", "The deposit (%1) is more than the total (%2).")
                .arg(formatMoney(computed.deposit()), formatMoney(computed.total())),
            QStringLiteral("deposit"));
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

Status OrderRepository::complete(Order &order) const
{
    normalize(m_db, m_clock, order);
    if (auto s = resolveTaxRates(m_db, order); !s)
        return s;
    return ordertotals::compute(order);
}

Status OrderRepository::validate(const Order &order) const
{
    Order normalized = order;
    normalize(m_db, m_clock, normalized);
    if (auto s = resolveTaxRates(m_db, normalized); !s)
        return s;
    return checkOrder(m_db, normalized, 0);
}

Result<qint64> OrderRepository::create(Order order)
{
    normalize(m_db, m_clock, order);
    if (auto s = resolveTaxRates(m_db, order); !s)
        return s.error();
    if (auto s = checkOrder(m_db, order, 0); !s)
        return s.error();
    if (auto s = ordertotals::compute(order); !s)
        return s.error();
    // What was paid when the order was taken: the deposit, or more (an imported order that
    // arrives paid).
    order.paidMinor = std::max(order.paidMinor, order.depositMinor);
    if (order.paidMinor > order.totalMinor)
        return validationError(
            QCoreApplication::translate("OrderRepository", "The paid amount (%1) is more than the total (%2).")
                .arg(formatMoney(order.paid()), formatMoney(order.total())),
            QStringLiteral("paid"));
    // A caller may bring an order that was paid and refunded in full (a shop export); any other
    // status is derived from the amounts.
    const PaymentStatus previous
        = order.paymentStatus == PaymentStatus::Refunded ? PaymentStatus::Refunded : PaymentStatus::Unpaid;
    order.paymentStatus = ordertotals::paymentStatusFor(order.paidMinor, order.totalMinor, previous);
    if (order.paymentStatus != PaymentStatus::Paid)
        order.paidAt = {};
    else if (!order.paidAt.isValid())
        order.paidAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    if (order.number.isEmpty()) {
        const auto number = OrderNumbering(m_db, m_clock).take(order.kind);
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
    if (auto s = orderpayments::recordInitial(m_db, order, now); !s)
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
    if (!order.pricesIncludeTax)
        order.pricesIncludeTax = stored->pricesIncludeTax;
    normalize(m_db, m_clock, order);
    if (auto s = resolveTaxRates(m_db, order); !s)
        return s;
    order.depositMinor = stored->depositMinor;
    if (auto s = checkOrder(m_db, order, stored->contactId); !s)
        return s;
    if (!canMove(stored->status, order.status))
        return Error {statusMoveMessage(*stored, order.status), QStringLiteral("status"), Error::Kind::Validation};
    if (auto s = ordertotals::compute(order); !s)
        return s;
    if (stored->paidMinor > order.totalMinor)
        return validationError(
            QCoreApplication::translate("OrderRepository",
                                        "%1 has been paid, more than the new total (%2): record a refund first.")
                .arg(formatMoney(stored->paid()), formatMoney(order.total())),
            QStringLiteral("lines"));
    order.paidMinor = stored->paidMinor;
    order.paymentStatus = ordertotals::paymentStatusFor(order.paidMinor, order.totalMinor, stored->paymentStatus);
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
        const auto number = OrderNumbering(m_db, m_clock).take(order.kind);
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
    if (!canMove(stored->status, status))
        return Error {statusMoveMessage(*stored, status), QStringLiteral("status"), Error::Kind::Validation};
    return writeStatus(*stored, status, QStringLiteral("status"));
}

Status OrderRepository::undoStatus(qint64 id, OrderStatus movedTo, OrderStatus previous)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    // Only the move being undone may be taken back: a status changed since (in another window,
    // by the CLI) is left alone.
    if (stored->status != movedTo)
        return Error {
            QCoreApplication::translate("OrderRepository", "Order %1 is now %2, so its move to %3 cannot be undone.")
                .arg(stored->number, displayName(stored->status).toLower(), displayName(movedTo).toLower()),
            QStringLiteral("status"), Error::Kind::Validation};
    return writeStatus(*stored, previous, QStringLiteral("undo_status"));
}

Status OrderRepository::writeStatus(const Order &stored, OrderStatus status, const QString &auditAction)
{
    const qint64 id = stored.id;
    Order order = stored;
    order.status = status;
    order.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = orderstore::updateOrder(m_db, order); !s)
        return s;
    const QJsonObject changes = changedFields(orderstore::toJson(stored), orderstore::toJson(order));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, auditAction, changes); !s)
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
