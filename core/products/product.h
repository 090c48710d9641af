#pragma once

#include "common/money.h"

#include <QDateTime>
#include <QString>

namespace clientele {

/// Something the business sells: a cake, a kilo of coffee, an hour of work. Order lines may refer
/// to a product, but they copy its description and price so that later price changes never
/// rewrite old orders.
struct Product
{
    qint64 id = 0;
    QString name;
    QString sku;
    QString unit = QStringLiteral("pcs"); ///< "pcs", "kg", "h", ...
    Money price; ///< per unit; an empty currency means the business currency
    QString category; ///< free text ("Bread", "Cakes"); empty: none
    /// The tax rate in basis points (1900 is 19 %); an order line without its own rate takes it.
    int taxRateBp = 0;
    bool active = true; ///< inactive products stay on old orders but are not offered for new ones
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid: in the trash

    bool isInTrash() const { return deletedAt.isValid(); }
};

} // namespace clientele
