#include "productrepository.h"

#include "common/repositorysupport.h"
#include "db/sqlvalue.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace clientele {

using namespace repository;

namespace {

const QString Entity = QStringLiteral("product");

const QString SelectColumns = QStringLiteral(
    "SELECT id, name, sku, unit, price_minor, currency, active, created_at, updated_at, deleted_at, category, "
    "tax_rate_bp FROM products ");

Product readProduct(const QSqlQuery &query)
{
    Product product;
    product.id = query.value(0).toLongLong();
    product.name = query.value(1).toString();
    product.sku = query.value(2).toString();
    product.unit = query.value(3).toString();
    product.price = Money {query.value(4).toLongLong(), query.value(5).toString()};
    product.active = query.value(6).toInt() != 0;
    product.createdAt = fromStoredTime(query.value(7).toString());
    product.updatedAt = fromStoredTime(query.value(8).toString());
    product.deletedAt = fromStoredTime(query.value(9).toString());
    product.category = query.value(10).toString();
    product.taxRateBp = query.value(11).toInt();
    return product;
}

QJsonObject toJson(const Product &product)
{
    return QJsonObject {{QStringLiteral("name"), product.name},
                        {QStringLiteral("sku"), product.sku},
                        {QStringLiteral("unit"), product.unit},
                        {QStringLiteral("price_minor"), product.price.minor},
                        {QStringLiteral("currency"), product.price.currency},
                        {QStringLiteral("active"), product.active},
                        {QStringLiteral("category"), product.category},
                        {QStringLiteral("tax_rate_bp"), product.taxRateBp}};
}

void normalize(QSqlDatabase db, Product &product)
{
    product.name = product.name.trimmed();
    product.sku = product.sku.trimmed();
    product.unit = product.unit.trimmed();
    product.category = product.category.trimmed();
    if (product.unit.isEmpty())
        product.unit = QStringLiteral("pcs");
    product.price.currency = normalizeCurrency(db, product.price.currency);
}

void bindProduct(QSqlQuery &query, const Product &product)
{
    query.bindValue(QStringLiteral(":name"), sqlText(product.name));
    query.bindValue(QStringLiteral(":sku"), sqlText(product.sku));
    query.bindValue(QStringLiteral(":unit"), sqlText(product.unit));
    query.bindValue(QStringLiteral(":price_minor"), product.price.minor);
    query.bindValue(QStringLiteral(":currency"), product.price.currency);
    query.bindValue(QStringLiteral(":active"), product.active ? 1 : 0);
    query.bindValue(QStringLiteral(":category"), sqlText(product.category));
    query.bindValue(QStringLiteral(":tax_rate_bp"), product.taxRateBp);
}

} // namespace

ProductRepository::ProductRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status ProductRepository::validate(const Product &product) const
{
    Product normalized = product;
    normalize(m_db, normalized);
    if (normalized.name.isEmpty())
        return Error {QCoreApplication::translate("ProductRepository", "Please enter a name for the product."),
                      QStringLiteral("name"), Error::Kind::Validation};
    if (normalized.price.minor < 0)
        return Error {QCoreApplication::translate("ProductRepository", "The price of \"%1\" cannot be negative.")
                          .arg(normalized.name),
                      QStringLiteral("price"), Error::Kind::Validation};
    if (normalized.taxRateBp < 0 || normalized.taxRateBp > 10000)
        return Error {
            QCoreApplication::translate("ProductRepository", "The tax rate of \"%1\" must be between 0 and 100 %.")
                .arg(normalized.name),
            QStringLiteral("taxRate"), Error::Kind::Validation};
    return checkCurrency(normalized.price.currency);
}

Result<qint64> ProductRepository::create(Product product)
{
    normalize(m_db, product);
    if (auto s = validate(product); !s)
        return s.error();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO products (name, sku, unit, price_minor, currency, active, category, tax_rate_bp, "
                       "created_at, updated_at) VALUES (:name, :sku, :unit, :price_minor, :currency, :active, "
                       ":category, :tax_rate_bp, :now, :now)"));
    bindProduct(query, product);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("ProductRepository", "Could not save the product \"%1\"").arg(product.name),
            query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("create"), toJson(product)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Product> ProductRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("ProductRepository", "Could not read product %1").arg(id),
                             query);
    if (!query.next())
        return Error {QCoreApplication::translate("ProductRepository", "Product %1 does not exist.").arg(id),
                      {},
                      Error::Kind::NotFound};
    return readProduct(query);
}

Status ProductRepository::update(Product product)
{
    normalize(m_db, product);
    if (auto s = validate(product); !s)
        return s;
    const auto stored = get(product.id);
    if (!stored)
        return stored.error();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE products SET name = :name, sku = :sku, unit = :unit, price_minor = :price_minor, "
                       "currency = :currency, active = :active, category = :category, tax_rate_bp = :tax_rate_bp, "
                       "updated_at = :now WHERE id = :id"));
    bindProduct(query, product);
    query.bindValue(QStringLiteral(":now"), toStoredTime(m_clock.nowUtc()));
    query.bindValue(QStringLiteral(":id"), product.id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("ProductRepository", "Could not save the product \"%1\"").arg(product.name),
            query);
    const QJsonObject changes = changedFields(toJson(*stored), toJson(product));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, product.id, QStringLiteral("update"), changes); !s)
        return s;
    return tx.commit();
}

Status ProductRepository::moveToTrash(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("products"), Entity, id, true,
                      QCoreApplication::translate("ProductRepository", "Product %1 does not exist.").arg(id));
}

Status ProductRepository::restore(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("products"), Entity, id, false,
                      QCoreApplication::translate("ProductRepository", "Product %1 does not exist.").arg(id));
}

QList<Product> ProductRepository::list(bool includeInactive) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns
                  + QStringLiteral("WHERE deleted_at IS NULL AND (active = 1 OR :all = 1) ORDER BY lower(name), id"));
    query.bindValue(QStringLiteral(":all"), includeInactive ? 1 : 0);
    QList<Product> products;
    if (!query.exec())
        return products;
    while (query.next())
        products.append(readProduct(query));
    return products;
}

std::optional<Product> ProductRepository::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // Compared in C++ rather than with SQL lower(), which folds only ASCII ("Ölbrot" would not
    // match "ölbrot"); a product catalogue is small enough to scan.
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral("WHERE deleted_at IS NULL ORDER BY active DESC, id"));
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        if (query.value(1).toString().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return readProduct(query);
    }
    return std::nullopt;
}

} // namespace clientele
