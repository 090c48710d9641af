#include "../products/domaintesthelpers.h"

#include "orders/ordernumbering.h"
#include "orders/orderrepository.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace clientele;

namespace {

Order pickupOrder()
{
    Order order;
    order.currency = QStringLiteral("EUR");
    OrderLine cake;
    cake.description = QStringLiteral("Birthday cake");
    cake.quantityMilli = 1000;
    cake.unitPriceMinor = 4500;
    order.lines = {cake};
    return order;
}

} // namespace

TEST_CASE("a deposit taken with the order is its first payment")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    Order order = pickupOrder();
    order.depositMinor = 1500;
    const auto id = orders.create(order);
    REQUIRE_OK(id);
    const auto stored = orders.get(*id);
    CHECK(stored->depositMinor == 1500);
    CHECK(stored->paidMinor == 1500);
    CHECK(stored->paymentStatus == PaymentStatus::Partial);
    CHECK(stored->balance().minor == 3000);
    const auto history = orders.payments(*id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).amountMinor == 1500);
    CHECK(history->at(0).note == QStringLiteral("Deposit"));
    CHECK(history->at(0).paidAt == temp.clock().nowUtc());

    Order tooLarge = pickupOrder();
    tooLarge.depositMinor = 4501;
    CHECK(orders.create(tooLarge).error().field == QStringLiteral("deposit"));
    Order negative = pickupOrder();
    negative.depositMinor = -1;
    CHECK(orders.create(negative).error().field == QStringLiteral("deposit"));
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM order_payments")).toInt() == 1);
}

TEST_CASE("a payment entered by mistake is removed and put back, with the paid amount following")
{
    TempDatabase temp;
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(pickupOrder());
    REQUIRE_OK(id);
    const QDateTime friday = utc(2026, 3, 13, 16, 45);
    const auto payment = orders.recordPayment(*id, Money {4500, QStringLiteral("EUR")}, friday, PaymentMethod::Card,
                                              QStringLiteral(" till 2 "));
    REQUIRE_OK(payment);
    auto stored = orders.get(*id);
    CHECK(stored->paymentStatus == PaymentStatus::Paid);
    CHECK(stored->paidAt == friday);
    const auto history = orders.payments(*id);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).id == *payment);
    CHECK(history->at(0).method == PaymentMethod::Card);
    CHECK(history->at(0).note == QStringLiteral("till 2"));

    REQUIRE(orders.removePayment(*payment).ok());
    stored = orders.get(*id);
    CHECK(stored->paidMinor == 0);
    CHECK(stored->paymentStatus == PaymentStatus::Refunded);
    CHECK_FALSE(stored->paidAt.isValid());
    CHECK(orders.payments(*id)->isEmpty());
    CHECK(orders.payments(*id, true)->size() == 1);
    CHECK(orders.removePayment(*payment).ok()); // twice changes nothing

    REQUIRE(orders.restorePayment(*payment).ok());
    stored = orders.get(*id);
    CHECK(stored->paidMinor == 4500);
    CHECK(stored->paymentStatus == PaymentStatus::Paid);
    CHECK(stored->paidAt == friday);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("remove_payment")) == 1);
    CHECK(auditCount(temp, QStringLiteral("order"), *id, QStringLiteral("restore_payment")) == 1);
    CHECK(orders.removePayment(987).error().kind == Error::Kind::NotFound);

    REQUIRE(orders.moveToTrash(*id).ok());
    CHECK(orders.recordPayment(*id, Money {-100, QStringLiteral("EUR")}).error().field == QStringLiteral("order"));
}

TEST_CASE("a number sequence has the prefix, width and next number the business chose")
{
    TempDatabase temp;
    OrderNumbering numbering(temp.db(), temp.clock());
    const auto invoices = numbering.sequence(OrderKind::Invoice);
    REQUIRE_OK(invoices);
    CHECK(*invoices == OrderNumbering::Sequence {OrderKind::Invoice, QStringLiteral("INV-"), 1, 4});
    CHECK(invoices->format(12) == QStringLiteral("INV-0012"));
    CHECK(invoices->format(123456) == QStringLiteral("INV-123456"));

    REQUIRE(numbering.setSequence({OrderKind::Order, QStringLiteral("B-"), 42, 5}).ok());
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'order_number_sequence' "
                                     "AND entity_id = 0 AND action = 'update'"))
              .toInt()
          == 1);
    OrderRepository orders(temp.db(), temp.clock());
    const auto id = orders.create(pickupOrder());
    REQUIRE_OK(id);
    CHECK(orders.get(*id)->number == QStringLiteral("B-00042"));
    CHECK(numbering.sequence(OrderKind::Order)->nextNumber == 43);

    CHECK(numbering.setSequence({OrderKind::Order, QString(), 0, 0}).error().field == QStringLiteral("next_number"));
    CHECK(numbering.setSequence({OrderKind::Order, QString(), 1, 13}).error().field == QStringLiteral("width"));
    // Outside a transaction a number cannot be taken: it would be lost if the order failed.
    CHECK_FALSE(numbering.take(OrderKind::Order).ok());
    CHECK(numbering.sequence(OrderKind::Order)->nextNumber == 43);
}

TEST_CASE("two connections to one book never hand out the same number")
{
    TempDatabase temp;
    const QString name = QStringLiteral("second-window");
    {
        QSqlDatabase second = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        second.setDatabaseName(temp.path());
        REQUIRE(second.open());
        QSqlQuery pragma(second);
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));

        OrderRepository first(temp.db(), temp.clock());
        OrderRepository other(second, temp.clock());
        QSet<QString> numbers;
        for (int i = 0; i < 10; ++i) {
            const auto a = first.create(pickupOrder());
            REQUIRE_OK(a);
            const auto b = other.create(pickupOrder());
            REQUIRE_OK(b);
            numbers.insert(first.get(*a)->number);
            numbers.insert(other.get(*b)->number);
        }
        CHECK(numbers.size() == 20);
        CHECK(numbers.contains(QStringLiteral("1001")));
        CHECK(numbers.contains(QStringLiteral("1020")));

        // A failed create gives its number back: the sequence moves only with a stored order.
        Order broken = pickupOrder();
        broken.lines[0].quantityMilli = -1;
        CHECK_FALSE(other.create(broken).ok());
        const auto next = first.create(pickupOrder());
        REQUIRE_OK(next);
        CHECK(first.get(*next)->number == QStringLiteral("1021"));
        second.close();
    }
    QSqlDatabase::removeDatabase(name);
}
