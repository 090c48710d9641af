#include "orderjson.h"

#include "common/timeformat.h"

#include <QJsonArray>

namespace clientele {

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toStoredTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject lineToJson(const OrderLine &line, const QString &currency)
{
    return QJsonObject {
        {QStringLiteral("description"), line.description},
        {QStringLiteral("product_id"), idOrNull(line.productId)},
        {QStringLiteral("quantity"), plainDecimal(line.quantityMilli, 3)},
        {QStringLiteral("unit_price"), plainAmount(line.unitPriceMinor, currency)},
        {QStringLiteral("discount"), plainAmount(line.discountMinor, currency)},
        {QStringLiteral("tax_rate"), plainDecimal(line.taxRateBp.value_or(0), 2)},
        {QStringLiteral("total"), plainAmount(line.lineTotalMinor, currency)},
    };
}

} // namespace

QJsonObject orderToJson(const Order &order)
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines)
        lines.append(lineToJson(line, order.currency));
    return QJsonObject {
        {QStringLiteral("id"), order.id},
        {QStringLiteral("number"), order.number},
        {QStringLiteral("contact_id"), idOrNull(order.contactId)},
        {QStringLiteral("status"), toString(order.status)},
        {QStringLiteral("payment"), toString(order.paymentStatus)},
        {QStringLiteral("ordered_at"), timeOrNull(order.orderedAt)},
        {QStringLiteral("due_at"), timeOrNull(order.dueAt)},
        {QStringLiteral("currency"), order.currency},
        {QStringLiteral("total"), plainAmount(order.totalMinor, order.currency)},
        {QStringLiteral("total_minor"), order.totalMinor},
        {QStringLiteral("deposit_minor"), order.depositMinor},
        {QStringLiteral("paid_minor"), order.paidMinor},
        {QStringLiteral("lines"), lines},
    };
}

} // namespace clientele
