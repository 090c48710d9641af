#pragma once

#include "order.h"

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele::orderpayments {

/// Row-level reads and writes of order_payments, for OrderRepository inside its transactions.

/// The entries an order gets when it is created already (part) paid: its deposit, and what an
/// imported order says was paid beyond it.
Status recordInitial(QSqlDatabase db, const Order &order, const QDateTime &now);
Result<qint64> insert(QSqlDatabase db, const Payment &payment);
Result<Payment> read(QSqlDatabase db, qint64 paymentId);
Result<QList<Payment>> readAll(QSqlDatabase db, qint64 orderId, bool includeRemoved);
/// Sets (valid `at`) or clears the payment's deleted_at.
Status setRemoved(QSqlDatabase db, qint64 paymentId, const QDateTime &at);
/// The sum of the order's live payments.
Result<qint64> paidSum(QSqlDatabase db, qint64 orderId);

} // namespace clientele::orderpayments
