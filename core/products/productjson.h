#pragma once

#include "product.h"

#include <QJsonObject>

namespace clientele {

/// The JSON form of a product that the command-line tool prints and scripts read. The keys are a
/// stable interface: id, name, sku, unit, category, price (a decimal string with exactly the
/// currency's minor digits, "4.50"), price_minor, currency, tax_rate (a percentage as a decimal
/// string, "7.5") and archived (true for an inactive product).
QJsonObject productToJson(const Product &product);

} // namespace clientele
