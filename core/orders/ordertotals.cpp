#include "ordertotals.h"

#include "common/repositorysupport.h"

#include <QCoreApplication>

#include <map>

namespace clientele::ordertotals {

namespace {

constexpr qint64 Hundred = 10000; // basis points in 100 %

Error validationError(const QString &message, const QString &field)
{
    return Error {message, field, Error::Kind::Validation};
}

QString lineField(qsizetype index, const char *name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

Error tooLarge(const QString &field)
{
    return validationError(QCoreApplication::translate("OrderTotals", "The order total is too large."), field);
}

/// A discount in percent (basis points) of `amount`, or `fixedMinor` when the percent is 0.
std::optional<qint64> discountOf(qint64 amount, int bp, qint64 fixedMinor)
{
    if (bp == 0)
        return fixedMinor;
    return repository::mulDivRound(amount, bp, Hundred);
}

} // namespace

Result<qint64> lineAmount(qint64 quantityMilli, qint64 unitPriceMinor)
{
    if (const auto total = repository::mulDivRound(quantityMilli, unitPriceMinor, 1000))
        return *total;
    return validationError(QCoreApplication::translate("OrderTotals", "The line total is too large."),
                           QStringLiteral("quantity"));
}

namespace {

/// Wide enough for a 64-bit amount times a 64-bit weight; __extension__ tells -Wpedantic that the
/// GCC/Clang type is meant.
__extension__ typedef __int128 Wide;

} // namespace

QList<qint64> share(qint64 total, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    Wide sum = 0;
    for (const qint64 weight : weights)
        sum += weight;
    if (sum <= 0 || total == 0)
        return parts;
    QList<std::pair<Wide, qsizetype>> remainders;
    remainders.reserve(weights.size());
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Wide exact = static_cast<Wide>(total) * weights.at(i);
        parts[i] = static_cast<qint64>(exact / sum);
        given += parts.at(i);
        remainders.append({exact % sum, i});
    }
    // Largest remainder first; on a tie the earlier line.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const qint64 step = total > 0 ? 1 : -1;
    for (qsizetype k = 0; given != total && k < remainders.size(); ++k) {
        parts[remainders.at(k).second] += step;
        given += step;
    }
    return parts;
}

Status compute(Order &order)
{
    const bool inclusive = order.pricesIncludeTax.value_or(false);
    QList<OrderLine> lines = order.lines;
    qint64 subtotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        OrderLine &line = lines[i];
        const qsizetype row = i + 1;
        const auto amount = lineAmount(line.quantityMilli, line.unitPriceMinor);
        if (!amount)
            return validationError(
                QCoreApplication::translate("OrderTotals", "Line %1: the amount is too large.").arg(row),
                lineField(i, "quantity"));
        if (line.discountBp < 0 || line.discountBp > Hundred)
            return validationError(
                QCoreApplication::translate("OrderTotals", "Line %1: a discount is between 0 and 100 %.").arg(row),
                lineField(i, "discount"));
        const auto discount = discountOf(*amount, line.discountBp, line.discountMinor);
        if (!discount)
            return tooLarge(lineField(i, "discount"));
        if (*discount < 0 || (*amount >= 0 && *discount > *amount))
            return validationError(
                QCoreApplication::translate("OrderTotals", "Line %1: the discount is more than the line's amount.")
                    .arg(row),
                lineField(i, "discount"));
        line.discountMinor = *discount;
        line.lineTotalMinor = *amount - *discount;
        if (qAddOverflow(subtotal, line.lineTotalMinor, &subtotal))
            return tooLarge(QStringLiteral("lines"));
    }

    if (order.discountBp < 0 || order.discountBp > Hundred)
        return validationError(
            QCoreApplication::translate("OrderTotals", "The order's discount is between 0 and 100 %."),
            QStringLiteral("discount"));
    const auto orderDiscount = discountOf(subtotal, order.discountBp, order.discountMinor);
    if (!orderDiscount)
        return tooLarge(QStringLiteral("discount"));
    if (*orderDiscount < 0 || *orderDiscount > std::max<qint64>(subtotal, 0))
        return validationError(
            QCoreApplication::translate("OrderTotals", "The discount (%1) is more than the subtotal (%2).")
                .arg(formatMoney({*orderDiscount, order.currency}), formatMoney({subtotal, order.currency})),
            QStringLiteral("discount"));

    QList<qint64> weights;
    weights.reserve(lines.size());
    for (const OrderLine &line : lines)
        weights.append(std::max<qint64>(line.lineTotalMinor, 0));
    const QList<qint64> shares = share(*orderDiscount, weights);

    qint64 total = 0;
    qint64 lineTax = 0;
    std::map<int, TaxAmount> perRate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        OrderLine &line = lines[i];
        const int rate = line.taxRateBp.value_or(0);
        if (rate < 0 || rate > Hundred)
            return validationError(
                QCoreApplication::translate("OrderTotals", "Line %1: a tax rate is between 0 and 100 %.").arg(i + 1),
                lineField(i, "taxRate"));
        const qint64 net = line.lineTotalMinor - shares.at(i);
        const auto tax = inclusive ? repository::mulDivRound(net, rate, Hundred + rate)
                                   : repository::mulDivRound(net, rate, Hundred);
        if (!tax)
            return tooLarge(lineField(i, "taxRate"));
        line.taxRateBp = rate;
        line.taxMinor = *tax;
        const qint64 charged = inclusive ? net : net + *tax;
        if (qAddOverflow(total, charged, &total) || qAddOverflow(lineTax, *tax, &lineTax))
            return tooLarge(QStringLiteral("lines"));
        if (rate > 0) {
            TaxAmount &sum = perRate[rate];
            sum.rateBp = rate;
            sum.netMinor += inclusive ? net - *tax : net;
            sum.taxMinor += *tax;
        }
    }
    qint64 tax = 0;
    if (qAddOverflow(lineTax, order.importedTaxMinor, &tax) || qAddOverflow(total, order.importedTaxMinor, &total))
        return tooLarge(QStringLiteral("tax"));

    order.lines = lines;
    order.subtotalMinor = subtotal;
    order.discountMinor = *orderDiscount;
    order.taxMinor = tax;
    order.totalMinor = total;
    order.taxes.clear();
    for (const auto &[rate, amount] : perRate)
        order.taxes.append(amount);
    return {};
}

PaymentStatus paymentStatusFor(qint64 paidMinor, qint64 totalMinor, PaymentStatus previous)
{
    if (paidMinor <= 0)
        return previous == PaymentStatus::Unpaid ? PaymentStatus::Unpaid : PaymentStatus::Refunded;
    if (paidMinor >= totalMinor)
        return PaymentStatus::Paid;
    return PaymentStatus::Partial;
}

} // namespace clientele::ordertotals
