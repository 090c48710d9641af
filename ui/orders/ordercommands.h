#pragma once

#include "orders/order.h"

#include "common/result.h"

#include "common/reportingcommand.h"

#include <QSqlDatabase>

namespace clientele {

class Clock;

using OrderCommandHooks = CommandHooks;

/// The base of the undoable order changes (see ReportingCommand).
class OrderCommand : public ReportingCommand
{
protected:
    using ReportingCommand::ReportingCommand;
};

/// "New order for “Ana López”": stores the order (taking its number); undo puts it in the trash,
/// redo takes it out again with the same number.
class CreateOrderCommand final : public OrderCommand
{
public:
    CreateOrderCommand(QSqlDatabase db, const Clock &clock, Order order, OrderCommandHooks hooks);
    void redo() override;
    void undo() override;
    qint64 orderId() const { return m_id; }

private:
    Order m_order;
    qint64 m_id = 0;
};

/// "Edit order 1001": replaces the stored order with the edited one, and back.
class EditOrderCommand final : public OrderCommand
{
public:
    EditOrderCommand(QSqlDatabase db, const Clock &clock, Order before, Order after, OrderCommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    Order m_before;
    Order m_after;
};

/// "Mark order 1001 ready": moves the order forward; undo puts it back where it was.
class MoveOrderCommand final : public OrderCommand
{
public:
    MoveOrderCommand(QSqlDatabase db, const Clock &clock, const OrderSummary &order, OrderStatus to,
                     OrderCommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    OrderStatus m_from;
    OrderStatus m_to;
};

/// "Payment of €12.50 on order 1001": records it; undo removes the entry, redo puts it back.
class RecordPaymentCommand final : public OrderCommand
{
public:
    RecordPaymentCommand(QSqlDatabase db, const Clock &clock, qint64 orderId, const QString &orderNumber, Money amount,
                         PaymentMethod method, OrderCommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    qint64 m_orderId;
    Money m_amount;
    PaymentMethod m_method;
    qint64 m_paymentId = 0;
};

/// "Move order 1001 to the trash", and back.
class TrashOrderCommand final : public OrderCommand
{
public:
    TrashOrderCommand(QSqlDatabase db, const Clock &clock, qint64 orderId, const QString &orderNumber,
                      OrderCommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
};

} // namespace clientele
