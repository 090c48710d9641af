#include "orderstore.h"

#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace clientele::orderstore {

using namespace repository;

namespace {

void bindOrder(QSqlQuery &query, const Order &order)
{
    query.bindValue(QStringLiteral(":contact_id"), idOrNull(order.contactId));
    query.bindValue(QStringLiteral(":kind"), toString(order.kind));
    query.bindValue(QStringLiteral(":number"), sqlText(order.number));
    query.bindValue(QStringLiteral(":status"), toString(order.status));
    query.bindValue(QStringLiteral(":ordered_at"), toStoredTime(order.orderedAt));
    query.bindValue(QStringLiteral(":due_date"), dateOrNull(order.dueDate));
    query.bindValue(QStringLiteral(":due_at"), timeOrNull(order.dueAt));
    query.bindValue(QStringLiteral(":fulfilment"), toString(order.fulfilment));
    query.bindValue(QStringLiteral(":delivery_address"), sqlText(order.deliveryAddress));
    query.bindValue(QStringLiteral(":currency"), order.currency);
    query.bindValue(QStringLiteral(":prices_include_tax"), order.pricesIncludeTax.value_or(false) ? 1 : 0);
    query.bindValue(QStringLiteral(":subtotal_minor"), order.subtotalMinor);
    query.bindValue(QStringLiteral(":discount_bp"), order.discountBp);
    query.bindValue(QStringLiteral(":discount_minor"), order.discountMinor);
    query.bindValue(QStringLiteral(":tax_minor"), order.taxMinor);
    query.bindValue(QStringLiteral(":imported_tax_minor"), order.importedTaxMinor);
    query.bindValue(QStringLiteral(":total_minor"), order.totalMinor);
    query.bindValue(QStringLiteral(":deposit_minor"), order.depositMinor);
    query.bindValue(QStringLiteral(":paid_minor"), order.paidMinor);
    query.bindValue(QStringLiteral(":payment_status"), toString(order.paymentStatus));
    query.bindValue(QStringLiteral(":paid_at"), timeOrNull(order.paidAt));
    query.bindValue(QStringLiteral(":notes"), sqlText(order.notes));
    query.bindValue(QStringLiteral(":external_ref"), sqlText(order.externalRef));
    query.bindValue(QStringLiteral(":updated_at"), toStoredTime(order.updatedAt));
}

} // namespace

Status checkNumberFree(QSqlDatabase db, OrderKind kind, const QString &number, qint64 exceptId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM orders WHERE kind = :kind AND number = :number AND id <> :id "
                                 "AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":kind"), toString(kind));
    query.bindValue(QStringLiteral(":number"), number);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("OrderRepository", "Could not check the order number"), query);
    if (query.next()) {
        const QString message = kind == OrderKind::Invoice
            ? QCoreApplication::translate("OrderRepository", "There is already an invoice number %1.")
            : QCoreApplication::translate("OrderRepository", "There is already an order number %1.");
        return Error {message.arg(number), QStringLiteral("number"), Error::Kind::Conflict};
    }
    return {};
}

Result<qint64> insertOrder(QSqlDatabase db, const Order &order)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO orders (contact_id, kind, number, status, ordered_at, due_date, due_at, fulfilment, "
        "delivery_address, currency, prices_include_tax, subtotal_minor, discount_bp, discount_minor, tax_minor, "
        "imported_tax_minor, total_minor, deposit_minor, paid_minor, payment_status, paid_at, notes, external_ref, "
        "created_at, updated_at) "
        "VALUES (:contact_id, :kind, :number, :status, :ordered_at, :due_date, :due_at, :fulfilment, "
        ":delivery_address, :currency, :prices_include_tax, :subtotal_minor, :discount_bp, :discount_minor, "
        ":tax_minor, :imported_tax_minor, :total_minor, :deposit_minor, :paid_minor, :payment_status, :paid_at, "
        ":notes, :external_ref, :created_at, :updated_at)"));
    bindOrder(query, order);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(order.createdAt));
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("OrderRepository", "Could not save order %1").arg(order.number), query);
    return query.lastInsertId().toLongLong();
}

Status updateOrder(QSqlDatabase db, const Order &order)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE orders SET contact_id = :contact_id, kind = :kind, number = :number, status = :status, "
        "ordered_at = :ordered_at, due_date = :due_date, due_at = :due_at, fulfilment = :fulfilment, "
        "delivery_address = :delivery_address, currency = :currency, prices_include_tax = :prices_include_tax, "
        "subtotal_minor = :subtotal_minor, discount_bp = :discount_bp, discount_minor = :discount_minor, "
        "tax_minor = :tax_minor, imported_tax_minor = :imported_tax_minor, total_minor = :total_minor, "
        "deposit_minor = :deposit_minor, paid_minor = :paid_minor, payment_status = :payment_status, paid_at = "
        ":paid_at, notes = :notes, "
        "external_ref = :external_ref, updated_at = :updated_at WHERE id = :id"));
    bindOrder(query, order);
    query.bindValue(QStringLiteral(":id"), order.id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("OrderRepository", "Could not save order %1").arg(order.number), query);
    return {};
}

Status writeLines(QSqlDatabase db, const Order &order)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM order_lines WHERE order_id = :order_id"));
    query.bindValue(QStringLiteral(":order_id"), order.id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("OrderRepository", "Could not save the lines of order %1").arg(order.number),
            query);
    query.prepare(
        QStringLiteral("INSERT INTO order_lines (order_id, product_id, position, description, quantity_milli, unit, "
                       "unit_price_minor, discount_bp, discount_minor, tax_rate_bp, tax_minor, line_total_minor) "
                       "VALUES (:order_id, :product_id, :position, :description, :quantity_milli, :unit, "
                       ":unit_price_minor, :discount_bp, :discount_minor, :tax_rate_bp, :tax_minor, "
                       ":line_total_minor)"));
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        query.bindValue(QStringLiteral(":order_id"), order.id);
        query.bindValue(QStringLiteral(":product_id"), idOrNull(line.productId));
        query.bindValue(QStringLiteral(":position"), qint64(i));
        query.bindValue(QStringLiteral(":description"), sqlText(line.description));
        query.bindValue(QStringLiteral(":quantity_milli"), line.quantityMilli);
        query.bindValue(QStringLiteral(":unit"), sqlText(line.unit));
        query.bindValue(QStringLiteral(":unit_price_minor"), line.unitPriceMinor);
        query.bindValue(QStringLiteral(":discount_bp"), line.discountBp);
        query.bindValue(QStringLiteral(":discount_minor"), line.discountMinor);
        query.bindValue(QStringLiteral(":tax_rate_bp"), line.taxRateBp.value_or(0));
        query.bindValue(QStringLiteral(":tax_minor"), line.taxMinor);
        query.bindValue(QStringLiteral(":line_total_minor"), line.lineTotalMinor);
        if (!query.exec())
            return databaseError(QCoreApplication::translate("OrderRepository", "Could not save line %1 of order %2")
                                     .arg(i + 1)
                                     .arg(order.number),
                                 query);
    }
    return {};
}

Result<Order> readOrder(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.contact_id, c.display_name, o.kind, o.number, o.status, o.ordered_at, o.due_date, "
        "o.currency, o.subtotal_minor, o.discount_minor, o.tax_minor, o.total_minor, o.paid_minor, "
        "o.payment_status, o.paid_at, o.notes, o.external_ref, o.created_at, o.updated_at, o.deleted_at, "
        "o.due_at, o.fulfilment, o.delivery_address, o.prices_include_tax, o.discount_bp, o.imported_tax_minor, "
        "o.deposit_minor "
        "FROM orders o LEFT JOIN contacts c ON c.id = o.contact_id WHERE o.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("OrderRepository", "Could not read order %1").arg(id), query);
    if (!query.next())
        return Error {QCoreApplication::translate("OrderRepository", "Order %1 does not exist.").arg(id),
                      {},
                      Error::Kind::NotFound};
    Order order;
    order.id = query.value(0).toLongLong();
    order.contactId = query.value(1).toLongLong();
    order.contactName = query.value(2).toString();
    order.kind = orderKindFromString(query.value(3).toString()).value_or(OrderKind::Order);
    order.number = query.value(4).toString();
    order.status = orderStatusFromString(query.value(5).toString()).value_or(OrderStatus::Confirmed);
    order.orderedAt = fromStoredTime(query.value(6).toString());
    order.dueDate = fromStoredDate(query.value(7).toString());
    order.currency = query.value(8).toString();
    order.subtotalMinor = query.value(9).toLongLong();
    order.discountMinor = query.value(10).toLongLong();
    order.taxMinor = query.value(11).toLongLong();
    order.totalMinor = query.value(12).toLongLong();
    order.paidMinor = query.value(13).toLongLong();
    order.paymentStatus = paymentStatusFromString(query.value(14).toString()).value_or(PaymentStatus::Unpaid);
    order.paidAt = fromStoredTime(query.value(15).toString());
    order.notes = query.value(16).toString();
    order.externalRef = query.value(17).toString();
    order.createdAt = fromStoredTime(query.value(18).toString());
    order.updatedAt = fromStoredTime(query.value(19).toString());
    order.deletedAt = fromStoredTime(query.value(20).toString());
    order.dueAt = fromStoredTime(query.value(21).toString());
    order.fulfilment = fulfilmentFromString(query.value(22).toString()).value_or(Fulfilment::Pickup);
    order.deliveryAddress = query.value(23).toString();
    order.pricesIncludeTax = query.value(24).toInt() == 1;
    order.discountBp = query.value(25).toInt();
    order.importedTaxMinor = query.value(26).toLongLong();
    order.depositMinor = query.value(27).toLongLong();

    query.prepare(QStringLiteral(
        "SELECT l.id, l.product_id, p.name, l.description, l.quantity_milli, l.unit, l.unit_price_minor, "
        "l.line_total_minor, l.discount_bp, l.discount_minor, l.tax_rate_bp, l.tax_minor FROM order_lines l LEFT JOIN "
        "products p ON p.id = l.product_id "
        "WHERE l.order_id = :id ORDER BY l.position, l.id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("OrderRepository", "Could not read the lines of order %1").arg(order.number),
            query);
    while (query.next()) {
        OrderLine line;
        line.id = query.value(0).toLongLong();
        line.productId = query.value(1).toLongLong();
        line.productName = query.value(2).toString();
        line.description = query.value(3).toString();
        line.quantityMilli = query.value(4).toLongLong();
        line.unit = query.value(5).toString();
        line.unitPriceMinor = query.value(6).toLongLong();
        line.lineTotalMinor = query.value(7).toLongLong();
        line.discountBp = query.value(8).toInt();
        line.discountMinor = query.value(9).toLongLong();
        line.taxRateBp = query.value(10).toInt();
        line.taxMinor = query.value(11).toLongLong();
        order.lines.append(line);
    }
    return order;
}

QJsonObject toJson(const Order &order)
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines) {
        lines.append(QJsonObject {{QStringLiteral("product_id"), line.productId},
                                  {QStringLiteral("description"), line.description},
                                  {QStringLiteral("quantity_milli"), line.quantityMilli},
                                  {QStringLiteral("unit"), line.unit},
                                  {QStringLiteral("unit_price_minor"), line.unitPriceMinor},
                                  {QStringLiteral("discount_bp"), line.discountBp},
                                  {QStringLiteral("discount_minor"), line.discountMinor},
                                  {QStringLiteral("tax_rate_bp"), line.taxRateBp.value_or(0)},
                                  {QStringLiteral("tax_minor"), line.taxMinor},
                                  {QStringLiteral("line_total_minor"), line.lineTotalMinor}});
    }
    return QJsonObject {{QStringLiteral("contact_id"), order.contactId},
                        {QStringLiteral("kind"), toString(order.kind)},
                        {QStringLiteral("number"), order.number},
                        {QStringLiteral("status"), toString(order.status)},
                        {QStringLiteral("ordered_at"), toStoredTime(order.orderedAt)},
                        {QStringLiteral("due_date"), toStoredDate(order.dueDate)},
                        {QStringLiteral("due_at"), toStoredTime(order.dueAt)},
                        {QStringLiteral("fulfilment"), toString(order.fulfilment)},
                        {QStringLiteral("delivery_address"), order.deliveryAddress},
                        {QStringLiteral("currency"), order.currency},
                        {QStringLiteral("prices_include_tax"), order.pricesIncludeTax.value_or(false)},
                        {QStringLiteral("subtotal_minor"), order.subtotalMinor},
                        {QStringLiteral("discount_bp"), order.discountBp},
                        {QStringLiteral("discount_minor"), order.discountMinor},
                        {QStringLiteral("tax_minor"), order.taxMinor},
                        {QStringLiteral("imported_tax_minor"), order.importedTaxMinor},
                        {QStringLiteral("total_minor"), order.totalMinor},
                        {QStringLiteral("deposit_minor"), order.depositMinor},
                        {QStringLiteral("paid_minor"), order.paidMinor},
                        {QStringLiteral("payment_status"), toString(order.paymentStatus)},
                        {QStringLiteral("paid_at"), toStoredTime(order.paidAt)},
                        {QStringLiteral("notes"), order.notes},
                        {QStringLiteral("external_ref"), order.externalRef},
                        {QStringLiteral("lines"), lines}};
}

} // namespace clientele::orderstore
