#pragma once

#include "order.h"

#include "common/result.h"

namespace clientele::ordertotals {

/// Computes every amount of an order from its lines, in integer minor units. The one rounding
/// rule: a result that is not a whole minor unit is rounded half away from zero, once, where it
/// arises, and every sum is a sum of rounded amounts, so the total always equals what the lines
/// show.
///
/// 1. A line's amount is quantity × unit price, rounded; its discount (a percent of that amount,
///    rounded, or an amount) is taken off: lineTotalMinor.
/// 2. The subtotal is the sum of the line totals. The order's discount (a percent of it, rounded,
///    or an amount) is shared over the lines in proportion to their totals, the minor units left
///    by that split going to the lines with the largest remainders (the first on a tie), so the
///    shares add up to the discount exactly.
/// 3. Each line's tax is its rate applied to what is left of the line: on top of it when prices
///    exclude tax (net × rate), inside it when they include tax (net × rate / (1 + rate)),
///    rounded per line.
/// 4. The total is the sum of what is left of the lines, plus their tax when prices exclude it,
///    plus a shop export's order-level tax (importedTaxMinor).
///
/// `order.pricesIncludeTax` must be set and every line's taxRateBp resolved. Fails, naming the
/// field ("lines[1].discount", "discount", "lines[0].quantity"), when a discount is out of range
/// or an amount does not fit in 64 bits; the order is then left as it was.
Status compute(Order &order);

/// quantityMilli × unitPriceMinor / 1000 rounded half away from zero; an error on overflow.
Result<qint64> lineAmount(qint64 quantityMilli, qint64 unitPriceMinor);

/// `total` split over `weights` in proportion (largest remainders, first on a tie); the parts
/// add up to `total`. All weights must be >= 0; all-zero weights put everything on none (zeros).
QList<qint64> share(qint64 total, const QList<qint64> &weights);

/// The payment status that paid and total amount to; `previous` tells a full refund from never
/// having been paid.
PaymentStatus paymentStatusFor(qint64 paidMinor, qint64 totalMinor, PaymentStatus previous);

} // namespace clientele::ordertotals
