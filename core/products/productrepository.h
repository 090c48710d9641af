#pragma once

#include "product.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace clientele {

class Clock;

/// Creates, reads, updates and trashes products. Every write validates first, is one transaction
/// and records an audit-log row.
class ProductRepository final
{
public:
    ProductRepository(QSqlDatabase db, const Clock &clock);

    /// Validates and stores a new product; returns its id. An empty currency becomes the business
    /// currency; the currency is upper-cased.
    Result<qint64> create(Product product);
    Result<Product> get(qint64 id) const;
    Status update(Product product);
    Status moveToTrash(qint64 id);
    Status restore(qint64 id);

    /// Live products ordered by name; inactive ones only when asked for.
    QList<Product> list(bool includeInactive = false) const;
    /// The live product with exactly this name, ignoring case and surrounding spaces (for imports
    /// and for typing a product into an order line).
    std::optional<Product> findByName(const QString &name) const;

    /// Checks a product without storing it; the error names the field ("name", "price",
    /// "currency").
    Status validate(const Product &product) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
