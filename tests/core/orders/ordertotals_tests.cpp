// The one rounding rule of ordertotals.h, checked on hand-computed orders and, against a second
// implementation written here from the rule's text, on thousands of random ones.

#include "orders/ordertotals.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

using namespace clientele;

namespace {

OrderLine rated(qint64 quantityMilli, qint64 unitPriceMinor, int taxRateBp)
{
    OrderLine line;
    line.description = QStringLiteral("item");
    line.quantityMilli = quantityMilli;
    line.unitPriceMinor = unitPriceMinor;
    line.taxRateBp = taxRateBp;
    return line;
}

/// Two cakes at 12.50 with 19 % tax and half a kilo of coffee at 12.99/kg with 7 %.
Order bakeryOrder(bool pricesIncludeTax)
{
    Order order;
    order.currency = QStringLiteral("EUR");
    order.pricesIncludeTax = pricesIncludeTax;
    order.lines = {rated(2000, 1250, 1900), rated(500, 1299, 700)};
    return order;
}

// --- the second implementation -------------------------------------------------------------

/// 128 bits, so that no product of two amounts overflows; __extension__ for -Wpedantic.
__extension__ typedef __int128 Wide;

/// n / d rounded half away from zero, d > 0: by comparing twice the remainder with d.
qint64 roundedQuotient(Wide n, Wide d)
{
    const bool negative = n < 0;
    const Wide magnitude = negative ? -n : n;
    Wide q = magnitude / d;
    if (2 * (magnitude % d) >= d)
        ++q;
    return static_cast<qint64>(negative ? -q : q);
}

struct Expected
{
    QList<qint64> lineTotals;
    QList<qint64> lineTaxes;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
    std::map<int, std::pair<qint64, qint64>> perRate; // rate -> (net, tax)
};

Expected recompute(const Order &order)
{
    Expected e;
    for (const OrderLine &line : order.lines) {
        const qint64 amount = roundedQuotient(Wide(line.quantityMilli) * line.unitPriceMinor, 1000);
        const qint64 discount
            = line.discountBp > 0 ? roundedQuotient(Wide(amount) * line.discountBp, 10000) : line.discountMinor;
        e.lineTotals.append(amount - discount);
        e.subtotal += amount - discount;
    }
    e.discount
        = order.discountBp > 0 ? roundedQuotient(Wide(e.subtotal) * order.discountBp, 10000) : order.discountMinor;

    // Shares: floors first, then one unit each to the largest remainders, the earlier on a tie.
    const qsizetype n = e.lineTotals.size();
    QList<qint64> shares(n, 0);
    const Wide weightSum = std::accumulate(e.lineTotals.begin(), e.lineTotals.end(), Wide(0));
    if (weightSum > 0) {
        QList<qsizetype> order_(n);
        std::iota(order_.begin(), order_.end(), 0);
        QList<Wide> remainder(n);
        qint64 given = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const Wide exact = Wide(e.discount) * e.lineTotals.at(i);
            shares[i] = static_cast<qint64>(exact / weightSum);
            remainder[i] = exact % weightSum;
            given += shares.at(i);
        }
        std::sort(order_.begin(), order_.end(), [&](qsizetype a, qsizetype b) {
            return remainder.at(a) != remainder.at(b) ? remainder.at(a) > remainder.at(b) : a < b;
        });
        for (qsizetype k = 0; given < e.discount; ++k, ++given)
            ++shares[order_.at(k)];
    }

    const bool inclusive = order.pricesIncludeTax.value_or(false);
    for (qsizetype i = 0; i < n; ++i) {
        const int rate = order.lines.at(i).taxRateBp.value_or(0);
        const qint64 net = e.lineTotals.at(i) - shares.at(i);
        const qint64 tax
            = inclusive ? roundedQuotient(Wide(net) * rate, 10000 + rate) : roundedQuotient(Wide(net) * rate, 10000);
        e.lineTaxes.append(tax);
        e.tax += tax;
        e.total += inclusive ? net : net + tax;
        if (rate > 0) {
            e.perRate[rate].first += inclusive ? net - tax : net;
            e.perRate[rate].second += tax;
        }
    }
    e.tax += order.importedTaxMinor;
    e.total += order.importedTaxMinor;
    return e;
}

} // namespace

TEST_CASE("tax added on top of the prices, per line and per rate")
{
    Order order = bakeryOrder(false);
    REQUIRE(ordertotals::compute(order).ok());
    CHECK(order.lines.at(0).lineTotalMinor == 2500);
    CHECK(order.lines.at(1).lineTotalMinor == 650); // 6.495 rounds up
    CHECK(order.lines.at(0).taxMinor == 475); // 19 % of 25.00
    CHECK(order.lines.at(1).taxMinor == 46); // 7 % of 6.50 is 0.455
    CHECK(order.subtotalMinor == 3150);
    CHECK(order.taxMinor == 521);
    CHECK(order.totalMinor == 3671);
    REQUIRE(order.taxes.size() == 2);
    CHECK(order.taxes.at(0) == TaxAmount {700, 650, 46});
    CHECK(order.taxes.at(1) == TaxAmount {1900, 2500, 475});
}

TEST_CASE("tax included in the prices is taken out of each line")
{
    Order order = bakeryOrder(true);
    REQUIRE(ordertotals::compute(order).ok());
    CHECK(order.lines.at(0).taxMinor == 399); // 25.00 × 19/119 = 3.9916
    CHECK(order.lines.at(1).taxMinor == 43); // 6.50 × 7/107 = 0.4252
    CHECK(order.subtotalMinor == 3150);
    CHECK(order.taxMinor == 442);
    CHECK(order.totalMinor == 3150);
    CHECK(order.taxes.at(0) == TaxAmount {700, 607, 43});
    CHECK(order.taxes.at(1) == TaxAmount {1900, 2101, 399});
}

TEST_CASE("line and order discounts come off before tax, the order's shared by largest remainder")
{
    Order order = bakeryOrder(false);
    order.lines[0].discountBp = 1000; // 10 % of 25.00
    order.lines[1].discountMinor = 50;
    order.discountMinor = 100; // shared over 22.50 and 6.00: 78.9 and 21.05 -> 79 and 21
    REQUIRE(ordertotals::compute(order).ok());
    CHECK(order.lines.at(0).discountMinor == 250);
    CHECK(order.lines.at(0).lineTotalMinor == 2250);
    CHECK(order.lines.at(1).lineTotalMinor == 600);
    CHECK(order.subtotalMinor == 2850);
    CHECK(order.discountMinor == 100);
    CHECK(order.lines.at(0).taxMinor == 412); // 19 % of 21.71 = 4.1249
    CHECK(order.lines.at(1).taxMinor == 41); // 7 % of 5.79 = 0.4053
    CHECK(order.totalMinor == 2171 + 579 + 412 + 41);

    Order percent = bakeryOrder(false);
    percent.lines[0].taxRateBp = 0;
    percent.lines[1].taxRateBp = 0;
    percent.discountBp = 1250; // 12.5 % of 31.50 = 3.9375
    REQUIRE(ordertotals::compute(percent).ok());
    CHECK(percent.discountMinor == 394);
    CHECK(percent.totalMinor == 2756);
    CHECK(percent.taxes.isEmpty());
}

TEST_CASE("amounts round half away from zero, and sizes that do not fit are refused")
{
    CHECK(*ordertotals::lineAmount(500, 1299) == 650);
    CHECK(*ordertotals::lineAmount(333, 1299) == 433);
    CHECK(*ordertotals::lineAmount(500, 1) == 1);
    CHECK(*ordertotals::lineAmount(499, 1) == 0);
    CHECK(*ordertotals::lineAmount(-500, 1) == -1);
    CHECK_FALSE(ordertotals::lineAmount(std::numeric_limits<qint64>::max(), 1001).ok());

    Order tooMuch = bakeryOrder(false);
    tooMuch.lines[1].discountMinor = 651;
    const auto lineDiscount = ordertotals::compute(tooMuch);
    REQUIRE_FALSE(lineDiscount.ok());
    CHECK(lineDiscount.error().field == QStringLiteral("lines[1].discount"));
    CHECK(tooMuch.totalMinor == 0); // left as it was

    Order badPercent = bakeryOrder(false);
    badPercent.discountBp = 10001;
    CHECK(ordertotals::compute(badPercent).error().field == QStringLiteral("discount"));
    Order badRate = bakeryOrder(false);
    badRate.lines[0].taxRateBp = -1;
    CHECK(ordertotals::compute(badRate).error().field == QStringLiteral("lines[0].taxRate"));
}

TEST_CASE("a split gives every unit to someone: largest remainders, the first on a tie")
{
    CHECK(ordertotals::share(10, {1, 1, 1}) == QList<qint64> {4, 3, 3});
    CHECK(ordertotals::share(100, {1, 2}) == QList<qint64> {33, 67});
    CHECK(ordertotals::share(5, {0, 0}) == QList<qint64> {0, 0});
    CHECK(ordertotals::share(7, {0, 3}) == QList<qint64> {0, 7});
    CHECK(ordertotals::share(0, {5, 5}) == QList<qint64> {0, 0});
    CHECK(ordertotals::share(3, {}).isEmpty());
}

TEST_CASE("five thousand random orders add up exactly as the rule's text says")
{
    std::mt19937_64 random(20261204);
    auto pick = [&](qint64 from, qint64 to) {
        return std::uniform_int_distribution<qint64>(from, to)(random);
    };
    const int rates[] = {0, 500, 700, 1000, 1900, 2000, 2100, 2500};

    for (int round = 0; round < 5000; ++round) {
        Order order;
        order.currency = QStringLiteral("EUR");
        order.pricesIncludeTax = pick(0, 1) == 1;
        const int lineCount = int(pick(1, 8));
        for (int i = 0; i < lineCount; ++i) {
            OrderLine line = rated(pick(0, 25000), pick(0, 250000), rates[pick(0, 7)]);
            const qint64 amount = *ordertotals::lineAmount(line.quantityMilli, line.unitPriceMinor);
            switch (pick(0, 2)) {
            case 0:
                break;
            case 1:
                line.discountBp = int(pick(0, 10000));
                break;
            default:
                line.discountMinor = pick(0, amount);
            }
            order.lines.append(line);
        }
        if (pick(0, 3) == 0)
            order.importedTaxMinor = pick(0, 5000);
        const Expected expected = recompute(order);
        switch (pick(0, 2)) {
        case 0:
            break;
        case 1:
            order.discountBp = int(pick(0, 10000));
            break;
        default:
            order.discountMinor = pick(0, std::max<qint64>(expected.subtotal, 0));
        }
        const Expected e = recompute(order);

        INFO("round " << round);
        REQUIRE(ordertotals::compute(order).ok());
        QList<qint64> lineTotals, lineTaxes;
        qint64 ratedTax = 0;
        for (const OrderLine &line : std::as_const(order.lines)) {
            lineTotals.append(line.lineTotalMinor);
            lineTaxes.append(line.taxMinor);
        }
        for (const TaxAmount &t : std::as_const(order.taxes)) {
            REQUIRE(e.perRate.count(t.rateBp) == 1);
            CHECK(e.perRate.at(t.rateBp) == std::pair(t.netMinor, t.taxMinor));
            ratedTax += t.taxMinor;
        }
        CHECK(lineTotals == e.lineTotals);
        CHECK(lineTaxes == e.lineTaxes);
        CHECK(order.subtotalMinor == e.subtotal);
        CHECK(order.discountMinor == e.discount);
        CHECK(order.taxMinor == e.tax);
        CHECK(order.totalMinor == e.total);
        CHECK(order.taxes.size() == qsizetype(e.perRate.size()));
        CHECK(ratedTax + order.importedTaxMinor == order.taxMinor);
    }
}
