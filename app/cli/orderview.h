#pragma once

#include "orders/order.h"

#include <QString>

namespace clientele {
class Clock;
}

namespace clientele::cli {

/// An order as a block of aligned "Label  value" lines followed by its lines, for `orders show`
/// and after `orders add` and `orders pay`; empty fields are left out.
/// Times are shown in the book's zone (`clock`, Database::clock()).
QString describeOrder(const Order &order, const Clock &clock);

} // namespace clientele::cli
