#include "../products/domaintesthelpers.h"

#include "orders/orderrepository.h"
#include "orders/ordertotals.h"
#include "products/productrepository.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace clientele;

namespace {

OrderLine line(const QString &description, qint64 quantityMilli, qint64 unitPriceMinor,
               const QString &unit = QStringLiteral("pcs"))
{
    OrderLine result;
    result.description = description;
    result.quantityMilli = quantityMilli;
    result.unitPriceMinor = unitPriceMinor;
    result.unit = unit;
    return result;
}

Order cakeOrder(qint64 contactId = 0)
{
    Order order;
    order.contactId = contactId;
    order.currency = QStringLiteral("EUR");
    order.lines = {line(QStringLiteral("Wedding cake"), 1000, 3450),
                   line(QStringLiteral("Coffee beans"), 500, 1299, QStringLiteral("kg"))};
    order.discountMinor = 100;
    order.importedTaxMinor = 200;
    return order;
}

} // namespace

TEST_CASE("line totals round half away from zero and detect overflow")
{
    // 0.5 kg at 12.99/kg is 6.495, which rounds to 6.50.
    CHECK(*ordertotals::lineAmount(500, 1299) == 650);
    // A third of a unit is 0.333: 0.333 * 12.99 = 4.32567 -> 4.33; 0.333 * 10.00 = 3.33.
    CHECK(*ordertotals::lineAmount(333, 1299) == 433);
    CHECK(*ordertotals::lineAmount(333, 1000) == 333);
    CHECK(*ordertotals::lineAmount(1500, 1) == 2);
    CHECK(*ordertotals::lineAmount(2500, 1) == 3);
    CHECK(*ordertotals::lineAmount(1499, 1) == 1);
    CHECK(*ordertotals::lineAmount(-1500, 1) == -2);
    CHECK(*ordertotals::lineAmount(0, 999) == 0);
    CHECK_FALSE(ordertotals::lineAmount(std::numeric_limits<qint64>::max(), 2).ok());

    Order order = cakeOrder();
    REQUIRE(ordertotals::compute(order).ok());
    CHECK(order.lines.at(0).lineTotalMinor == 3450);
    CHECK(order.lines.at(1).lineTotalMinor == 650);
    CHECK(order.subtotalMinor == 4100);
    CHECK(order.totalMinor == 4100 - 100 + 200);

    Order hugeLine;
    hugeLine.lines = {line(QStringLiteral("a"), 2000, std::numeric_limits<qint64>::max() / 1000)};
    const auto lineOverflow = ordertotals::compute(hugeLine);
    REQUIRE_FALSE(lineOverflow.ok());
    CHECK(lineOverflow.error().field == QStringLiteral("lines[0].quantity"));

    Order hugeTax = cakeOrder();
    hugeTax.importedTaxMinor = std::numeric_limits<qint64>::max();
    const auto taxOverflow = ordertotals::compute(hugeTax);
    REQUIRE_FALSE(taxOverflow.ok());
    CHECK(taxOverflow.error().field == QStringLiteral("tax"));
}

TEST_CASE("an order is stored with computed totals, a number and its customer's name")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna Baker"));
    OrderRepository orders(temp.db(), temp.clock());

    Order input = cakeOrder(anna);
    input.subtotalMinor = 1; // computed fields given by the caller are ignored
    input.totalMinor = 1;
    input.dueDate = QDate(2026, 3, 20);
    input.notes = QStringLiteral("  Happy birthday on top  ");
    const auto id = orders.create(input);
    REQUIRE_OK(id);

    const auto order = orders.get(*id);
    REQUIRE(order.ok());
    CHECK(order->number == QStringLiteral("1001"));
    CHECK(order->contactName == QStringLiteral("Anna Baker"));
    CHECK(order->kind == OrderKind::Order);
    CHECK(order->status == OrderStatus::Confirmed);
    CHECK(order->orderedAt == temp.clock().nowUtc());
    CHECK(order->dueDate == QDate(2026, 3, 20));
    CHECK(order->currency == QStringLiteral("EUR"));
    REQUIRE(order->lines.size() == 2);
    CHECK(order->lines.at(1).description == QStringLiteral("Coffee beans"));
    CHECK(order->lines.at(1).unit == QStringLiteral("kg"));
    CHECK(order->lines.at(1).quantityMilli == 500);
    CHECK(order->lines.at(1).lineTotalMinor == 650);
    CHECK(order->subtotalMinor == 4100);
    CHECK(order->discountMinor == 100);
    CHECK(order->taxMinor == 200);
    CHECK(order->totalMinor == 4200);
    CHECK(order->total() == Money {4200, QStringLiteral("EUR")});
    CHECK(order->paymentStatus == PaymentStatus::Unpaid);
    CHECK(order->notes == QStringLiteral("Happy birthday on top"));
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("create")) == 1);
    CHECK(temp.scalar(QStringLiteral("SELECT total_minor FROM orders")).toLongLong() == 4200);
}

TEST_CASE("order numbers count up per kind, are never reused, and skip a number an import took")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    auto numberOf = [&](const Result<qint64> &id) {
        REQUIRE_OK(id);
        return orders.get(*id)->number;
    };

    const auto first = orders.create(cakeOrder());
    const auto second = orders.create(cakeOrder());
    CHECK(numberOf(first) == QStringLiteral("1001"));
    CHECK(numberOf(second) == QStringLiteral("1002"));

    Order invoice = cakeOrder();
    invoice.kind = OrderKind::Invoice;
    CHECK(numberOf(orders.create(invoice)) == QStringLiteral("INV-0001"));

    // Numbers do not restart with the year, and a trashed order keeps its number.
    Order lastYear = cakeOrder();
    lastYear.orderedAt = utc(2025, 6, 1, 12);
    CHECK(numberOf(orders.create(lastYear)) == QStringLiteral("1003"));
    REQUIRE(orders.moveToTrash(*second).ok());
    CHECK(numberOf(orders.create(cakeOrder())) == QStringLiteral("1004"));

    Order imported = cakeOrder();
    imported.number = QStringLiteral("1005");
    CHECK(numberOf(orders.create(imported)) == QStringLiteral("1005"));
    CHECK(numberOf(orders.create(cakeOrder())) == QStringLiteral("1006"));

    imported.number = QStringLiteral("SHOP-17");
    CHECK(numberOf(orders.create(imported)) == QStringLiteral("SHOP-17"));
    const auto duplicate = orders.create(imported);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("number"));
    CHECK(duplicate.error().kind == Error::Kind::Conflict);
    // The same number as an invoice is another sequence.
    imported.kind = OrderKind::Invoice;
    CHECK(orders.create(imported).ok());

    const auto found = orders.findByNumber(QStringLiteral("1004"));
    REQUIRE_OK(found);
    CHECK(found->number == QStringLiteral("1004"));
    CHECK(orders.findByNumber(QStringLiteral("SHOP-17"))->kind == OrderKind::Order);
    CHECK(orders.findByNumber(QStringLiteral("1002")).error().kind == Error::Kind::NotFound); // in the trash
    CHECK(orders.findByNumber(QStringLiteral("9999")).error().kind == Error::Kind::NotFound);
}

TEST_CASE("order validation names the field and line")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    ProductRepository products(temp.db(), temp.clock());
    auto fieldOf = [&](const Order &order) {
        const auto id = orders.create(order);
        return id.ok() ? QString() : id.error().field;
    };

    Order badCurrency = cakeOrder();
    badCurrency.currency = QStringLiteral("EU");
    CHECK(fieldOf(badCurrency) == QStringLiteral("currency"));

    CHECK(fieldOf(cakeOrder(4242)) == QStringLiteral("contactId"));
    const qint64 gone = insertTestContact(temp, QStringLiteral("Gone"));
    trashTestContact(temp, gone);
    CHECK(fieldOf(cakeOrder(gone)) == QStringLiteral("contactId"));

    Order negativeQuantity = cakeOrder();
    negativeQuantity.lines[1].quantityMilli = -1;
    CHECK(fieldOf(negativeQuantity) == QStringLiteral("lines[1].quantity"));
    const auto message = orders.create(negativeQuantity).errorMessage();
    CHECK(message.contains(QStringLiteral("Line 2")));

    Order negativePrice = cakeOrder();
    negativePrice.lines[0].unitPriceMinor = -5;
    CHECK(fieldOf(negativePrice) == QStringLiteral("lines[0].unitPrice"));

    Order emptyLine = cakeOrder();
    emptyLine.lines[0].description = QStringLiteral("   ");
    CHECK(fieldOf(emptyLine) == QStringLiteral("lines[0].description"));

    Order missingProduct = cakeOrder();
    missingProduct.lines[0].productId = 777;
    CHECK(fieldOf(missingProduct) == QStringLiteral("lines[0].productId"));

    Order tooMuchDiscount = cakeOrder();
    tooMuchDiscount.discountMinor = 4101;
    CHECK(fieldOf(tooMuchDiscount) == QStringLiteral("discount"));
    Order negativeDiscount = cakeOrder();
    negativeDiscount.discountMinor = -1;
    CHECK(fieldOf(negativeDiscount) == QStringLiteral("discount"));
    Order negativeTax = cakeOrder();
    negativeTax.importedTaxMinor = -1;
    CHECK(fieldOf(negativeTax) == QStringLiteral("tax"));

    Order overpaid = cakeOrder();
    overpaid.paidMinor = 4201;
    CHECK(fieldOf(overpaid) == QStringLiteral("paid"));

    Order negativeRate = cakeOrder();
    negativeRate.lines[1].taxRateBp = -1;
    CHECK(fieldOf(negativeRate) == QStringLiteral("lines[1].taxRate"));
    Order rateAboveAll = cakeOrder();
    rateAboveAll.lines[0].taxRateBp = 10001;
    CHECK(fieldOf(rateAboveAll) == QStringLiteral("lines[0].taxRate"));

    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt() == 0);

    // A line may name only a product; the product's name is read back with it.
    Product scone;
    scone.name = QStringLiteral("Scone");
    scone.price = Money {250, QStringLiteral("EUR")};
    const auto sconeId = products.create(scone);
    REQUIRE(sconeId.ok());
    Order productOnly = cakeOrder();
    productOnly.lines = {line(QString(), 2000, 250)};
    productOnly.lines[0].productId = *sconeId;
    productOnly.discountMinor = 0;
    const auto id = orders.create(productOnly);
    REQUIRE_OK(id);
    const auto stored = orders.get(*id);
    CHECK(stored->lines.at(0).productName == QStringLiteral("Scone"));
    CHECK(stored->lines.at(0).lineTotalMinor == 500);
}

TEST_CASE("updating an order replaces its lines, keeps payments and audits the change")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(cakeOrder());
    REQUIRE_OK(id);
    REQUIRE(orders.recordPayment(*id, Money {1000, QStringLiteral("EUR")}).ok());

    Order changed = *orders.get(*id);
    changed.lines = {line(QStringLiteral("Cupcakes"), 8000, 150)};
    changed.discountMinor = 0;
    changed.importedTaxMinor = 0;
    changed.paidMinor = 0; // ignored: payments go through recordPayment()
    REQUIRE(orders.update(changed).ok());

    const auto stored = orders.get(*id);
    REQUIRE(stored->lines.size() == 1);
    CHECK(stored->lines.at(0).description == QStringLiteral("Cupcakes"));
    CHECK(stored->subtotalMinor == 1200);
    CHECK(stored->totalMinor == 1200);
    CHECK(stored->paidMinor == 1000);
    CHECK(stored->paymentStatus == PaymentStatus::Partial);
    CHECK(stored->number == QStringLiteral("1001"));
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt() == 1);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("update")) == 1);

    changed.lines[0].quantityMilli = -1000;
    const auto invalid = orders.update(changed);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field == QStringLiteral("lines[0].quantity"));
    CHECK(orders.get(*id)->totalMinor == 1200);

    // A total below what was paid needs a refund first.
    changed.lines[0].quantityMilli = 6000; // 9.00, and 10.00 is paid
    const auto belowPaid = orders.update(changed);
    REQUIRE_FALSE(belowPaid.ok());
    CHECK(belowPaid.error().field == QStringLiteral("lines"));
    CHECK(orders.get(*id)->totalMinor == 1200);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("update")) == 1);
}

TEST_CASE("an order keeps a customer who went to the trash, but a new order cannot pick one")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    const qint64 ben = insertTestContact(temp, QStringLiteral("Ben"));
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(cakeOrder(anna));
    REQUIRE_OK(id);
    trashTestContact(temp, anna);
    trashTestContact(temp, ben);

    Order edited = *orders.get(*id);
    edited.notes = QStringLiteral("Picked up by her brother");
    CHECK(orders.update(edited).ok());
    edited.contactId = ben;
    CHECK(orders.update(edited).error().field == QStringLiteral("contactId"));
}

TEST_CASE("an order moves forward through its statuses, may skip one, and never goes back")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    Order draft = cakeOrder();
    draft.status = OrderStatus::Draft;
    const auto id = orders.create(draft);
    REQUIRE_OK(id);
    REQUIRE(orders.setStatus(*id, OrderStatus::Confirmed).ok());
    REQUIRE(orders.setStatus(*id, OrderStatus::Ready).ok());
    CHECK(orders.get(*id)->status == OrderStatus::Ready);

    const auto back = orders.setStatus(*id, OrderStatus::Confirmed);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().field == QStringLiteral("status"));
    CHECK(back.errorMessage()
          == QStringLiteral("Order 1001 is ready; an order moves forward only, so it cannot go back to confirmed."));

    REQUIRE(orders.setStatus(*id, OrderStatus::Collected).ok());
    CHECK(orders.get(*id)->status == OrderStatus::Collected);
    CHECK(orders.setStatus(*id, OrderStatus::Cancelled).errorMessage()
          == QStringLiteral("Order 1001 is already collected; it cannot become cancelled."));
    CHECK(orders.setStatus(*id, OrderStatus::Delivered).error().field == QStringLiteral("status"));
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("status")) == 3);

    // Confirmed straight to delivered skips ready; a cancelled order stays cancelled.
    const auto second = orders.create(cakeOrder());
    REQUIRE(orders.setStatus(*second, OrderStatus::Delivered).ok());
    const auto third = orders.create(cakeOrder());
    REQUIRE(orders.setStatus(*third, OrderStatus::Cancelled).ok());
    CHECK(orders.setStatus(*third, OrderStatus::Ready).errorMessage()
          == QStringLiteral("Order 1003 is cancelled; it cannot become ready again."));
    // The editor's save goes through the same rule.
    Order edited = *orders.get(*third);
    edited.status = OrderStatus::Confirmed;
    CHECK(orders.update(edited).error().field == QStringLiteral("status"));

    CHECK(orders.setStatus(999, OrderStatus::Ready).error().kind == Error::Kind::NotFound);
}

TEST_CASE("undoing a status move puts the order back, unless it moved on since")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(cakeOrder());
    REQUIRE_OK(id);
    REQUIRE(orders.setStatus(*id, OrderStatus::Collected).ok());
    // The undo of confirmed -> collected goes back, which setStatus() never does.
    REQUIRE(orders.undoStatus(*id, OrderStatus::Collected, OrderStatus::Confirmed).ok());
    CHECK(orders.get(*id)->status == OrderStatus::Confirmed);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("undo_status")) == 1);

    // Moved to ready elsewhere after the move being undone: that undo is refused and changes nothing.
    REQUIRE(orders.setStatus(*id, OrderStatus::Ready).ok());
    const auto stale = orders.undoStatus(*id, OrderStatus::Collected, OrderStatus::Confirmed);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().field == QStringLiteral("status"));
    CHECK(stale.errorMessage()
          == QStringLiteral("Order 1001 is now ready, so its move to collected cannot be undone."));
    CHECK(orders.get(*id)->status == OrderStatus::Ready);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("undo_status")) == 1);
}

TEST_CASE("status rules")
{
    using S = OrderStatus;
    CHECK(allOrderStatuses() == QList<S> {S::Draft, S::Confirmed, S::Ready, S::Collected, S::Delivered, S::Cancelled});
    CHECK(canMove(S::Draft, S::Ready));
    CHECK(canMove(S::Ready, S::Ready));
    CHECK(canMove(S::Ready, S::Delivered));
    CHECK(canMove(S::Confirmed, S::Cancelled));
    CHECK_FALSE(canMove(S::Ready, S::Draft));
    CHECK_FALSE(canMove(S::Collected, S::Delivered));
    CHECK_FALSE(canMove(S::Delivered, S::Collected));
    CHECK_FALSE(canMove(S::Cancelled, S::Confirmed));
    CHECK(isFinal(S::Collected));
    CHECK(isFinal(S::Delivered));
    CHECK(isFinal(S::Cancelled));
    CHECK_FALSE(isFinal(S::Ready));
    CHECK(countsAsSale(S::Confirmed));
    CHECK(countsAsSale(S::Collected));
    CHECK_FALSE(countsAsSale(S::Draft));
    CHECK_FALSE(countsAsSale(S::Cancelled));
}

TEST_CASE("payments move the payment status from unpaid to partial, paid and refunded")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(cakeOrder()); // total 42.00
    REQUIRE_OK(id);
    const QString eur = QStringLiteral("EUR");

    REQUIRE(orders.recordPayment(*id, Money {1000, eur}).ok());
    auto order = orders.get(*id);
    CHECK(order->paidMinor == 1000);
    CHECK(order->paymentStatus == PaymentStatus::Partial);
    CHECK_FALSE(order->paidAt.isValid());

    const auto tooMuch = orders.recordPayment(*id, Money {3201, eur});
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().field == QStringLiteral("amount"));
    CHECK(orders.recordPayment(*id, Money {0, eur}).error().field == QStringLiteral("amount"));
    CHECK(orders.recordPayment(*id, Money {100, QStringLiteral("USD")}).error().field == QStringLiteral("currency"));

    const QDateTime paidAt = utc(2026, 3, 16, 9, 30);
    REQUIRE(orders.recordPayment(*id, Money {3200, eur}, paidAt).ok());
    order = orders.get(*id);
    CHECK(order->paidMinor == 4200);
    CHECK(order->paymentStatus == PaymentStatus::Paid);
    CHECK(order->paidAt == paidAt);
    CHECK(order->balance().minor == 0);

    CHECK(orders.recordPayment(*id, Money {-4201, eur}).error().field == QStringLiteral("amount"));
    REQUIRE(orders.recordPayment(*id, Money {-200, eur}).ok());
    CHECK(orders.get(*id)->paymentStatus == PaymentStatus::Partial);
    REQUIRE(orders.recordPayment(*id, Money {-4000, eur}).ok());
    order = orders.get(*id);
    CHECK(order->paidMinor == 0);
    CHECK(order->paymentStatus == PaymentStatus::Refunded);
    CHECK_FALSE(order->paidAt.isValid());

    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("payment")) == 2);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("refund")) == 2);

    const auto history = orders.payments(*id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 4); // in the order they were paid: the 16th's payment last
    CHECK(history->at(0).amountMinor == 1000);
    CHECK(history->at(1).amountMinor == -200);
    CHECK(history->at(2).amountMinor == -4000);
    CHECK(history->at(3).amountMinor == 3200);
    CHECK(history->at(3).paidAt == paidAt);
}

TEST_CASE("payment status rules")
{
    CHECK(ordertotals::paymentStatusFor(0, 100, PaymentStatus::Unpaid) == PaymentStatus::Unpaid);
    CHECK(ordertotals::paymentStatusFor(0, 100, PaymentStatus::Paid) == PaymentStatus::Refunded);
    CHECK(ordertotals::paymentStatusFor(50, 100, PaymentStatus::Unpaid) == PaymentStatus::Partial);
    CHECK(ordertotals::paymentStatusFor(100, 100, PaymentStatus::Partial) == PaymentStatus::Paid);
    CHECK(ordertotals::paymentStatusFor(120, 100, PaymentStatus::Paid) == PaymentStatus::Paid);
}

TEST_CASE("an imported order may arrive paid")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    Order paid = cakeOrder();
    paid.paidMinor = 4200;
    paid.paidAt = utc(2026, 3, 1, 8);
    paid.externalRef = QStringLiteral("shopify-1001");
    const auto id = orders.create(paid);
    REQUIRE_OK(id);
    CHECK(orders.get(*id)->paymentStatus == PaymentStatus::Paid);
    CHECK(orders.get(*id)->paidAt == utc(2026, 3, 1, 8));
    CHECK(orders.findByExternalRef(QStringLiteral("shopify-1001")) == QList<qint64> {*id});
    CHECK(orders.findByExternalRef(QStringLiteral("shopify-1002")).isEmpty());
}

TEST_CASE("enum names map to the schema's values")
{
    CHECK(toString(OrderKind::Invoice) == QStringLiteral("invoice"));
    CHECK(toString(OrderStatus::Cancelled) == QStringLiteral("cancelled"));
    CHECK(toString(PaymentStatus::Partial) == QStringLiteral("partial"));
    CHECK(orderKindFromString(QStringLiteral("order")) == OrderKind::Order);
    CHECK(orderStatusFromString(QStringLiteral(" Ready ")) == OrderStatus::Ready);
    CHECK(paymentStatusFromString(QStringLiteral("refunded")) == PaymentStatus::Refunded);
    CHECK_FALSE(orderStatusFromString(QStringLiteral("shipped")).has_value());
    CHECK_FALSE(orderStatusFromString(QStringLiteral("open")).has_value());
    CHECK(toString(OrderStatus::Delivered) == QStringLiteral("delivered"));
    CHECK(orderStatusFromString(QStringLiteral("collected")) == OrderStatus::Collected);
    CHECK_FALSE(displayName(PaymentStatus::Partial).isEmpty());
}
