#pragma once

#include "orders/order.h"

#include <QString>

namespace clientele::cli {

/// An order as a block of aligned "Label  value" lines followed by its lines, for `orders show`
/// and after `orders add` and `orders pay`; empty fields are left out.
QString describeOrder(const Order &order);

} // namespace clientele::cli
