#pragma once

#include "order.h"

#include <QJsonObject>

namespace clientele {

/// The JSON form of an order that the command-line tool prints and scripts read. The keys are a
/// stable interface: id, number, contact_id (null for a walk-in sale), status, payment (unpaid,
/// partial, paid, refunded), ordered_at, due_at (ISO 8601 UTC, null when no time was given),
/// currency, total (a decimal string with exactly the currency's minor digits, "1249.00"),
/// total_minor, deposit_minor, paid_minor and lines. Each line has description, product_id (null
/// for free text), quantity (decimal string, "0.5"), unit_price and discount (decimal strings in
/// the order's currency; discount is the amount taken off the line), tax_rate (a percentage as a
/// decimal string, "7.5") and total (the line's amount after its discount, before the order's
/// discount and tax). Amounts are written from integer minor units, never through a double.
QJsonObject orderToJson(const Order &order);

} // namespace clientele
