#include "ordercommands.h"

#include "common/displayformat.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>

namespace clientele {

namespace {

/// lupdate files these strings under "OrderCommands", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderCommands)
};

QString statusStep(OrderStatus to, const QString &number)
{
    switch (to) {
    case OrderStatus::Draft:
        return Text::tr("Make order %1 a draft").arg(number);
    case OrderStatus::Confirmed:
        return Text::tr("Confirm order %1").arg(number);
    case OrderStatus::Ready:
        return Text::tr("Mark order %1 ready").arg(number);
    case OrderStatus::Collected:
        return Text::tr("Mark order %1 collected").arg(number);
    case OrderStatus::Delivered:
        return Text::tr("Mark order %1 delivered").arg(number);
    case OrderStatus::Cancelled:
        return Text::tr("Cancel order %1").arg(number);
    }
    return {};
}

} // namespace

CreateOrderCommand::CreateOrderCommand(QSqlDatabase db, const Clock &clock, Order order, OrderCommandHooks hooks)
    : OrderCommand(std::move(db), clock, std::move(hooks))
    , m_order(std::move(order))
{
    setText(m_order.contactName.isEmpty() ? Text::tr("New order")
                                          : Text::tr("New order for “%1”").arg(m_order.contactName));
}

void CreateOrderCommand::redo()
{
    OrderRepository orders(m_db, m_clock);
    if (m_id != 0) {
        finish(orders.restore(m_id), m_id);
        return;
    }
    const auto created = orders.create(m_order);
    if (created)
        m_id = *created;
    finish(created ? Status() : Status(created.error()), m_id);
}

void CreateOrderCommand::undo()
{
    if (m_id != 0)
        finish(OrderRepository(m_db, m_clock).moveToTrash(m_id), 0);
}

EditOrderCommand::EditOrderCommand(QSqlDatabase db, const Clock &clock, Order before, Order after,
                                   OrderCommandHooks hooks)
    : OrderCommand(std::move(db), clock, std::move(hooks))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Text::tr("Edit order %1").arg(m_before.number));
}

void EditOrderCommand::redo()
{
    finish(OrderRepository(m_db, m_clock).update(m_after), m_after.id);
}

void EditOrderCommand::undo()
{
    finish(OrderRepository(m_db, m_clock).update(m_before), m_before.id);
}

MoveOrderCommand::MoveOrderCommand(QSqlDatabase db, const Clock &clock, const OrderSummary &order, OrderStatus to,
                                   OrderCommandHooks hooks)
    : OrderCommand(std::move(db), clock, std::move(hooks))
    , m_id(order.id)
    , m_from(order.status)
    , m_to(to)
{
    setText(statusStep(to, order.number));
}

void MoveOrderCommand::redo()
{
    finish(OrderRepository(m_db, m_clock).setStatus(m_id, m_to), m_id);
}

void MoveOrderCommand::undo()
{
    finish(OrderRepository(m_db, m_clock).undoStatus(m_id, m_to, m_from), m_id);
}

RecordPaymentCommand::RecordPaymentCommand(QSqlDatabase db, const Clock &clock, qint64 orderId,
                                           const QString &orderNumber, Money amount, PaymentMethod method,
                                           OrderCommandHooks hooks)
    : OrderCommand(std::move(db), clock, std::move(hooks))
    , m_orderId(orderId)
    , m_amount(std::move(amount))
    , m_method(method)
{
    setText(m_amount.minor < 0 ? Text::tr("Refund of %1 on order %2").arg(display::money(m_amount), orderNumber)
                               : Text::tr("Payment of %1 on order %2").arg(display::money(m_amount), orderNumber));
}

void RecordPaymentCommand::redo()
{
    OrderRepository orders(m_db, m_clock);
    if (m_paymentId != 0) {
        finish(orders.restorePayment(m_paymentId), m_orderId);
        return;
    }
    const auto recorded = orders.recordPayment(m_orderId, m_amount, {}, m_method);
    if (recorded)
        m_paymentId = *recorded;
    finish(recorded ? Status() : Status(recorded.error()), m_orderId);
}

void RecordPaymentCommand::undo()
{
    if (m_paymentId != 0)
        finish(OrderRepository(m_db, m_clock).removePayment(m_paymentId), m_orderId);
}

TrashOrderCommand::TrashOrderCommand(QSqlDatabase db, const Clock &clock, qint64 orderId, const QString &orderNumber,
                                     OrderCommandHooks hooks)
    : OrderCommand(std::move(db), clock, std::move(hooks))
    , m_id(orderId)
{
    setText(Text::tr("Move order %1 to the trash").arg(orderNumber));
}

void TrashOrderCommand::redo()
{
    finish(OrderRepository(m_db, m_clock).moveToTrash(m_id), 0);
}

void TrashOrderCommand::undo()
{
    finish(OrderRepository(m_db, m_clock).restore(m_id), m_id);
}

} // namespace clientele
