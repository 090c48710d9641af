#pragma once

#include "orders/orderrepository.h"

#include "common/result.h"

#include <QString>

namespace clientele::cli {

/// The order ORDER names: "#1001" is a number; a whole number is an id, else a number; other
/// text is a number.
Result<Order> findOrder(const OrderRepository &repository, const QString &text);

/// How ORDER is read; the same words in every command's --help.
QString orderArgumentHelp();

} // namespace clientele::cli
