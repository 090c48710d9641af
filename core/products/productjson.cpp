#include "productjson.h"

namespace clientele {

QJsonObject productToJson(const Product &product)
{
    return QJsonObject {
        {QStringLiteral("id"), product.id},
        {QStringLiteral("name"), product.name},
        {QStringLiteral("sku"), product.sku},
        {QStringLiteral("unit"), product.unit},
        {QStringLiteral("category"), product.category},
        {QStringLiteral("price"), plainAmount(product.price.minor, product.price.currency)},
        {QStringLiteral("price_minor"), product.price.minor},
        {QStringLiteral("currency"), product.price.currency},
        {QStringLiteral("tax_rate"), plainDecimal(product.taxRateBp, 2)},
        {QStringLiteral("archived"), !product.active},
    };
}

} // namespace clientele
