#pragma once

#include "order.h"

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace clientele::orderstore {

/// Row-level reads and writes of orders and their lines, used by OrderRepository inside its
/// transactions. Nothing here validates: the repository does that first.

/// Conflict (field "number") when another live order of the same kind has this number.
Status checkNumberFree(QSqlDatabase db, OrderKind kind, const QString &number, qint64 exceptId);

Result<qint64> insertOrder(QSqlDatabase db, const Order &order);
/// Writes every column of the order row (not the lines).
Status updateOrder(QSqlDatabase db, const Order &order);
/// Replaces the order's lines with `order.lines`, in their list order.
Status writeLines(QSqlDatabase db, const Order &order);
Result<Order> readOrder(QSqlDatabase db, qint64 id);

/// The audited snapshot of an order: its columns and a compact form of its lines.
QJsonObject toJson(const Order &order);

} // namespace clientele::orderstore
