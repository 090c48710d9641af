#pragma once

#include "ordercommands.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace clientele {

class Clock;

/// The order actions of a window: new, edit, the status steps, payment and trash. Each one runs
/// its dialog (if any) and pushes an undoable command; which order they act on comes from
/// `current` (0: none), and they are enabled accordingly (update()).
class OrderActions final : public QObject
{
    Q_OBJECT

public:
    OrderActions(QSqlDatabase db, const Clock &clock, QWidget *dialogParent, std::function<qint64()> current);

    void setUndoStack(QUndoStack *stack) { m_stack = stack; }
    /// Where the commands report (refresh and show the order; show a failure).
    void setHooks(OrderCommandHooks hooks) { m_hooks = std::move(hooks); }

    /// Opens the editor for a new order, for `contactId` when given; true when one was saved.
    bool newOrder(qint64 contactId = 0, const QString &contactName = {});
    bool editOrder(qint64 orderId);
    bool moveOrder(qint64 orderId, OrderStatus to);
    bool recordPayment(qint64 orderId);
    bool trashOrder(qint64 orderId);

    /// Enables what the current order allows.
    void update();

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *readyAction() const { return m_ready; }
    QAction *collectedAction() const { return m_collected; }
    QAction *deliveredAction() const { return m_delivered; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *paymentAction() const { return m_payment; }
    QAction *trashAction() const { return m_trash; }
    /// In toolbar and menu order.
    QList<QAction *> actions() const;

private:
    bool push(OrderCommand *command);
    OrderCommandHooks hooks();

    QSqlDatabase m_db;
    const Clock &m_clock;
    QWidget *m_parent;
    std::function<qint64()> m_current;
    QUndoStack *m_stack = nullptr;
    OrderCommandHooks m_hooks;
    bool m_failed = false;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_ready;
    QAction *m_collected;
    QAction *m_delivered;
    QAction *m_cancel;
    QAction *m_payment;
    QAction *m_trash;
};

} // namespace clientele
