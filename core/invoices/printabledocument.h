#pragma once

#include "orderdocument.h"

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

class Clock;

/// What printing an order prints: its invoice as issued when it has one that no credit note
/// cancels, else its order slip (a quote while it is a draft), with the current business profile.
Result<OrderDocument> printableDocument(QSqlDatabase db, const Clock &clock, qint64 orderId);

} // namespace clientele
