#include "../products/domaintesthelpers.h"

#include "orders/orderrepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

struct Shop
{
    TempDatabase temp;
    OrderRepository orders {temp.db(), temp.clock()};
    qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    qint64 ben = insertTestContact(temp, QStringLiteral("Ben"));
    qint64 early = 0; // Anna, placed Mar 1, due Mar 16, open, 10.00
    qint64 done = 0; // Anna, placed Mar 10, due Mar 18, completed, 30.00
    qint64 invoice = 0; // Ben, placed Feb 20, due Mar 17, ready, invoice, 20.00, paid
    qint64 cancelled = 0; // Ben, placed Mar 14, no due date, cancelled, 5.00
    qint64 trashed = 0; // Anna, placed Mar 12, due Mar 16, in the trash, 99.00

    Shop()
    {
        early = add(anna, utc(2026, 3, 1, 10), QDate(2026, 3, 16), 1000);
        done = add(anna, utc(2026, 3, 10, 10), QDate(2026, 3, 18), 3000);
        invoice = add(ben, utc(2026, 2, 20, 10), QDate(2026, 3, 17), 2000, OrderKind::Invoice);
        cancelled = add(ben, utc(2026, 3, 14, 10), QDate(), 500);
        trashed = add(anna, utc(2026, 3, 12, 10), QDate(2026, 3, 16), 9900);
        REQUIRE_OK(orders.setStatus(done, OrderStatus::Collected));
        REQUIRE_OK(orders.setStatus(invoice, OrderStatus::Ready));
        REQUIRE_OK(orders.setStatus(cancelled, OrderStatus::Cancelled));
        REQUIRE_OK(orders.recordPayment(invoice, Money {2000, QStringLiteral("EUR")}));
        REQUIRE_OK(orders.moveToTrash(trashed));
    }

    qint64 add(qint64 contactId, const QDateTime &orderedAt, const QDate &due, qint64 price,
               OrderKind kind = OrderKind::Order)
    {
        Order order;
        order.contactId = contactId;
        order.kind = kind;
        order.orderedAt = orderedAt;
        order.dueDate = due;
        order.currency = QStringLiteral("EUR");
        OrderLine line;
        line.description = QStringLiteral("Cake");
        line.unitPriceMinor = price;
        order.lines = {line};
        const auto id = orders.create(order);
        REQUIRE_OK(id);
        return *id;
    }
};

QList<qint64> idsOf(const QList<OrderSummary> &summaries)
{
    QList<qint64> ids;
    for (const OrderSummary &summary : summaries)
        ids << summary.id;
    return ids;
}

} // namespace

TEST_CASE("the order list shows live orders newest first with their summary fields")
{
    Shop shop;
    const auto all = shop.orders.list();
    CHECK(idsOf(all) == QList<qint64> {shop.cancelled, shop.done, shop.early, shop.invoice});
    CHECK(shop.orders.count() == 4);

    const OrderSummary &invoice = all.at(3);
    CHECK(invoice.number == QStringLiteral("INV-0001"));
    CHECK(invoice.kind == OrderKind::Invoice);
    CHECK(invoice.contactId == shop.ben);
    CHECK(invoice.contactName == QStringLiteral("Ben"));
    CHECK(invoice.status == OrderStatus::Ready);
    CHECK(invoice.orderedAt == utc(2026, 2, 20, 10));
    CHECK(invoice.dueDate == QDate(2026, 3, 17));
    CHECK(invoice.total == Money {2000, QStringLiteral("EUR")});
    CHECK(invoice.paid == Money {2000, QStringLiteral("EUR")});
    CHECK(invoice.paymentStatus == PaymentStatus::Paid);
}

TEST_CASE("the order list filters by customer, kind, status, payment and dates")
{
    Shop shop;
    OrderListQuery query;
    query.contactId = shop.anna;
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.done, shop.early});
    CHECK(idsOf(shop.orders.listForContact(shop.ben)) == QList<qint64> {shop.cancelled, shop.invoice});

    query = {};
    query.kind = OrderKind::Invoice;
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.invoice});

    query = {};
    query.statuses = {OrderStatus::Collected, OrderStatus::Cancelled};
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.cancelled, shop.done});
    CHECK(shop.orders.count(query) == 2);

    query = {};
    query.paymentStatuses = {PaymentStatus::Unpaid};
    CHECK(shop.orders.count(query) == 3);

    query = {};
    query.from = QDate(2026, 3, 1);
    query.to = QDate(2026, 3, 10);
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.done, shop.early});

    query = {};
    query.dueFrom = QDate(2026, 3, 17);
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.done, shop.invoice});
}

TEST_CASE("pickups due in a date range leave out closed orders unless asked")
{
    Shop shop;
    // "Pickups this week": Monday March 16 to Sunday March 22, earliest first.
    CHECK(idsOf(shop.orders.dueBetween(QDate(2026, 3, 16), QDate(2026, 3, 22)))
          == QList<qint64> {shop.early, shop.invoice});
    CHECK(idsOf(shop.orders.dueBetween(QDate(2026, 3, 16), QDate(2026, 3, 22), true))
          == QList<qint64> {shop.early, shop.invoice, shop.done});
    CHECK(shop.orders.dueBetween(QDate(2026, 3, 19), QDate(2026, 3, 22)).isEmpty());
}

TEST_CASE("the order list sorts and pages")
{
    Shop shop;
    OrderListQuery query;
    query.sort = OrderListQuery::Sort::Total;
    query.descending = true;
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.done, shop.invoice, shop.early, shop.cancelled});
    query.descending = false;
    query.offset = 1;
    query.limit = 2;
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.early, shop.invoice});
    CHECK(shop.orders.count(query) == 4);

    query = {};
    query.sort = OrderListQuery::Sort::DueDate;
    query.descending = false;
    // Orders without a due date come last.
    CHECK(idsOf(shop.orders.list(query)) == QList<qint64> {shop.early, shop.invoice, shop.done, shop.cancelled});
}

TEST_CASE("trashed orders leave the list and come back when restored")
{
    Shop shop;
    OrderListQuery trash;
    trash.inTrash = true;
    CHECK(idsOf(shop.orders.list(trash)) == QList<qint64> {shop.trashed});
    CHECK(shop.orders.get(shop.trashed)->isInTrash());
    CHECK(auditCount(shop.temp, QStringLiteral("order"), shop.trashed, QStringLiteral("trash")) == 1);

    REQUIRE_OK(shop.orders.restore(shop.trashed));
    CHECK(shop.orders.count() == 5);
    CHECK(shop.orders.list(trash).isEmpty());
    CHECK(auditCount(shop.temp, QStringLiteral("order"), shop.trashed, QStringLiteral("restore")) == 1);
    CHECK(shop.orders.restore(424242).error().kind == Error::Kind::NotFound);
}

TEST_CASE("order sums add totals and payments per currency")
{
    Shop shop;
    OrderListQuery open;
    open.statuses = {OrderStatus::Confirmed, OrderStatus::Ready, OrderStatus::Collected};
    const auto sums = shop.orders.sums(open);
    REQUIRE(sums.size() == 1);
    CHECK(sums.at(0).currency == QStringLiteral("EUR"));
    CHECK(sums.at(0).count == 3);
    CHECK(sums.at(0).totalMinor == 6000);
    CHECK(sums.at(0).paidMinor == 2000);
    CHECK(sums.at(0).outstanding() == Money {4000, QStringLiteral("EUR")});
}

TEST_CASE("the placed-on range is of the business's local days")
{
    Shop shop;
    // 2026-12-01 01:00 UTC is 30 November in Los Angeles and 1 December in Berlin.
    const qint64 late = shop.add(shop.anna, utc(2026, 12, 1, 1), QDate(2026, 12, 2), 100);
    OrderListQuery query;

    const FixedClock la(utc(2026, 12, 15, 12), QTimeZone("America/Los_Angeles"));
    const OrderRepository inLa(shop.temp.db(), la);
    query.from = query.to = QDate(2026, 11, 30);
    CHECK(idsOf(inLa.list(query)) == QList<qint64> {late});
    query.from = query.to = QDate(2026, 12, 1);
    CHECK(inLa.list(query).isEmpty());

    const FixedClock berlin(utc(2026, 12, 15, 12), QTimeZone("Europe/Berlin"));
    const OrderRepository inBerlin(shop.temp.db(), berlin);
    CHECK(idsOf(inBerlin.list(query)) == QList<qint64> {late});
    CHECK(inBerlin.count(query) == 1);
    query.from = query.to = QDate(2026, 11, 30);
    CHECK(inBerlin.list(query).isEmpty());
}
