#include "orderactions.h"

#include "ordereditdialog.h"
#include "paymentdialog.h"

#include "orders/orderrepository.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace clientele {

OrderActions::OrderActions(QSqlDatabase db, const Clock &clock, QWidget *dialogParent, std::function<qint64()> current)
    : QObject(dialogParent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_parent(dialogParent)
    , m_current(std::move(current))
    , m_new(new QAction(tr("&New Order…"), this))
    , m_edit(new QAction(tr("&Edit Order…"), this))
    , m_ready(new QAction(tr("Mark &Ready"), this))
    , m_collected(new QAction(tr("Mark &Collected"), this))
    , m_delivered(new QAction(tr("Mark &Delivered"), this))
    , m_cancel(new QAction(tr("Cancel Order"), this))
    , m_payment(new QAction(tr("Record &Payment…"), this))
    , m_trash(new QAction(tr("Move to &Trash"), this))
{
    // Ctrl+Shift+O (new order) belongs to the window, which offers it from every page.
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_trash->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_edit, m_ready, m_collected, m_delivered, m_cancel, m_payment, m_trash})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_new, &QAction::triggered, this, [this] { newOrder(); });
    connect(m_edit, &QAction::triggered, this, [this] { editOrder(m_current()); });
    connect(m_ready, &QAction::triggered, this, [this] { moveOrder(m_current(), OrderStatus::Ready); });
    connect(m_collected, &QAction::triggered, this, [this] { moveOrder(m_current(), OrderStatus::Collected); });
    connect(m_delivered, &QAction::triggered, this, [this] { moveOrder(m_current(), OrderStatus::Delivered); });
    connect(m_cancel, &QAction::triggered, this, [this] { moveOrder(m_current(), OrderStatus::Cancelled); });
    connect(m_payment, &QAction::triggered, this, [this] { recordPayment(m_current()); });
    connect(m_trash, &QAction::triggered, this, [this] { trashOrder(m_current()); });
    update();
}

QList<QAction *> OrderActions::actions() const
{
    return {m_new, m_edit, m_ready, m_collected, m_delivered, m_payment, m_cancel, m_trash};
}

void OrderActions::update()
{
    const qint64 id = m_current ? m_current() : 0;
    const auto order = id != 0 ? OrderRepository(m_db, m_clock).get(id) : Result<Order>(Error {QString()});
    const bool live = order && !order->isInTrash();
    const auto can = [&](OrderStatus to) {
        return live && order->status != to && canMove(order->status, to);
    };
    m_edit->setEnabled(live);
    m_ready->setEnabled(can(OrderStatus::Ready));
    m_collected->setEnabled(can(OrderStatus::Collected));
    m_delivered->setEnabled(can(OrderStatus::Delivered));
    m_cancel->setEnabled(can(OrderStatus::Cancelled));
    m_payment->setEnabled(live && order->status != OrderStatus::Cancelled);
    m_trash->setEnabled(live);
}

OrderCommandHooks OrderActions::hooks()
{
    // A command whose redo fails is obsolete, and QUndoStack deletes it inside push(): whether it
    // worked is told by its failure hook, never asked of the command afterwards.
    return {[this](qint64 orderId) {
                if (m_hooks.changed)
                    m_hooks.changed(orderId);
            },
            [this](const QString &message) {
                m_failed = true;
                if (m_hooks.failed)
                    m_hooks.failed(message);
            }};
}

bool OrderActions::push(OrderCommand *command)
{
    m_failed = false;
    if (m_stack) {
        m_stack->push(command);
    } else {
        command->redo();
        delete command;
    }
    update();
    return !m_failed;
}

bool OrderActions::newOrder(qint64 contactId, const QString &contactName)
{
    Order order;
    order.contactId = contactId;
    order.contactName = contactName;
    OrderEditDialog dialog(m_db, m_clock, order, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(new CreateOrderCommand(m_db, m_clock, dialog.order(), hooks()));
}

bool OrderActions::editOrder(qint64 orderId)
{
    const auto stored = OrderRepository(m_db, m_clock).get(orderId);
    if (!stored)
        return false;
    OrderEditDialog dialog(m_db, m_clock, *stored, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(new EditOrderCommand(m_db, m_clock, *stored, dialog.order(), hooks()));
}

bool OrderActions::moveOrder(qint64 orderId, OrderStatus to)
{
    const auto stored = OrderRepository(m_db, m_clock).get(orderId);
    if (!stored)
        return false;
    OrderSummary summary;
    summary.id = stored->id;
    summary.number = stored->number;
    summary.status = stored->status;
    return push(new MoveOrderCommand(m_db, m_clock, summary, to, hooks()));
}

bool OrderActions::recordPayment(qint64 orderId)
{
    const auto stored = OrderRepository(m_db, m_clock).get(orderId);
    if (!stored)
        return false;
    PaymentDialog dialog(*stored, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(
        new RecordPaymentCommand(m_db, m_clock, stored->id, stored->number, dialog.amount(), dialog.method(), hooks()));
}

bool OrderActions::trashOrder(qint64 orderId)
{
    const auto stored = OrderRepository(m_db, m_clock).get(orderId);
    if (!stored)
        return false;
    return push(new TrashOrderCommand(m_db, m_clock, stored->id, stored->number, hooks()));
}

} // namespace clientele
