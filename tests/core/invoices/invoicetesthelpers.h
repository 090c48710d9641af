#pragma once

// An order with two tax rates, a line discount and a deposit, worked out by hand (prices
// exclude tax, EUR):
//   Sourdough loaf     2 x 4.50 at 7 %                       9.00   tax 0.63
//   Catering platter   1 x 120.00 less 10 % (12.00) at 19 %  108.00 tax 20.52
//   Butter croissant   3 x 1.99 at 7 %                       5.97   tax 0.4179 -> 0.42
//   subtotal 122.97; tax 7 % on 14.97 = 1.05, 19 % on 108.00 = 20.52; tax 21.57;
//   total 144.54; deposit 50.00 paid; amount due 94.54.

#include "../products/domaintesthelpers.h"

#include "orders/order.h"

inline clientele::Order bakeryOrder(qint64 contactId)
{
    using namespace clientele;
    Order order;
    order.contactId = contactId;
    order.currency = QStringLiteral("EUR");
    order.pricesIncludeTax = false;
    order.dueDate = QDate(2026, 3, 20);
    OrderLine loaf;
    loaf.description = QStringLiteral("Sourdough loaf");
    loaf.quantityMilli = 2000;
    loaf.unitPriceMinor = 450;
    loaf.taxRateBp = 700;
    OrderLine platter;
    platter.description = QStringLiteral("Catering platter");
    platter.quantityMilli = 1000;
    platter.unitPriceMinor = 12000;
    platter.discountBp = 1000;
    platter.taxRateBp = 1900;
    OrderLine croissant;
    croissant.description = QStringLiteral("Butter croissant");
    croissant.quantityMilli = 3000;
    croissant.unitPriceMinor = 199;
    croissant.taxRateBp = 700;
    order.lines = {loaf, platter, croissant};
    order.depositMinor = 5000;
    return order;
}

inline qint64 insertCustomer(TempDatabase &temp)
{
    const qint64 id = insertTestContact(temp, QStringLiteral("Zoë Müller"));
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("UPDATE contacts SET street = :street, postal_code = :code, city = :city, "
                                 "country = :country WHERE id = :id"));
    query.bindValue(QStringLiteral(":street"), QStringLiteral("Hauptstraße 5"));
    query.bindValue(QStringLiteral(":code"), QStringLiteral("10115"));
    query.bindValue(QStringLiteral(":city"), QStringLiteral("Berlin"));
    query.bindValue(QStringLiteral(":country"), QStringLiteral("Germany"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
    return id;
}
