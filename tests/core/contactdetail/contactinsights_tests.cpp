#include "../products/domaintesthelpers.h"

#include "contacts/contactinsights.h"
#include "followups/followuprepository.h"
#include "orders/orderrepository.h"
#include "settings/businesssettings.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

struct Customer
{
    TempDatabase temp;
    OrderRepository orders {temp.db(), temp.clock()};
    qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    qint64 ben = insertTestContact(temp, QStringLiteral("Ben"));

    Customer() { REQUIRE_OK(BusinessSettings(temp.db()).setValue(BusinessSettings::Currency, QStringLiteral("EUR"))); }

    qint64 add(qint64 contactId, const QDateTime &orderedAt, qint64 price,
               const QString &currency = QStringLiteral("EUR"), OrderStatus status = OrderStatus::Confirmed)
    {
        Order order;
        order.status = status;
        order.contactId = contactId;
        order.orderedAt = orderedAt;
        order.currency = currency;
        OrderLine line;
        line.description = QStringLiteral("Cake");
        line.unitPriceMinor = price;
        order.lines = {line};
        const auto id = orders.create(order);
        REQUIRE_OK(id);
        return *id;
    }

    ContactFigures figures(qint64 contactId)
    {
        const auto result = ContactInsights(temp.db(), temp.clock()).figures(contactId);
        REQUIRE_OK(result);
        return *result;
    }
};

} // namespace

TEST_CASE("Key figures count live placed orders and leave out trashed cancelled drafts and refunds")
{
    Customer c;
    const qint64 first = c.add(c.anna, local(2026, 1, 5, 12), 1000);
    REQUIRE_OK(c.orders.setStatus(first, OrderStatus::Collected));
    c.add(c.anna, local(2026, 1, 19, 12), 2550);
    c.add(c.anna, local(2026, 2, 2, 12), 725);
    c.add(c.anna, local(2026, 3, 2, 12), 799);
    // In another currency: an order and a date, but not an amount.
    c.add(c.anna, local(2026, 3, 10, 12), 2000, QStringLiteral("USD"));

    // None of these count, not even for the dates.
    const qint64 cancelled = c.add(c.anna, local(2026, 3, 12, 12), 10000);
    REQUIRE_OK(c.orders.setStatus(cancelled, OrderStatus::Cancelled));
    const qint64 trashed = c.add(c.anna, local(2026, 3, 13, 12), 5000);
    REQUIRE_OK(c.orders.moveToTrash(trashed));
    c.add(c.anna, local(2025, 12, 1, 12), 3000, QStringLiteral("EUR"), OrderStatus::Draft);
    const qint64 refunded = c.add(c.anna, local(2026, 3, 14, 12), 4000);
    REQUIRE_OK(c.orders.recordPayment(refunded, Money {4000, QStringLiteral("EUR")}));
    REQUIRE_OK(c.orders.recordPayment(refunded, Money {-4000, QStringLiteral("EUR")}));
    // Ben's orders are his.
    c.add(c.ben, local(2026, 3, 1, 12), 99999);

    const ContactFigures figures = c.figures(c.anna);
    CHECK(figures.currency == QStringLiteral("EUR"));
    CHECK(figures.orderCount == 5);
    CHECK(figures.otherCurrencyOrderCount == 1);
    CHECK(figures.lifetimeValue == Money {5074, QStringLiteral("EUR")});
    // 5074 / 4 = 1268.5, rounded half away from zero.
    REQUIRE(figures.averageOrderValue.has_value());
    CHECK(*figures.averageOrderValue == Money {1269, QStringLiteral("EUR")});
    CHECK(figures.firstOrderDate == QDate(2026, 1, 5));
    CHECK(figures.lastOrderDate == QDate(2026, 3, 10));
    // Gaps 14, 14, 28 and 8 days: the median of 8, 14, 14, 28 is 14.
    REQUIRE(figures.usualIntervalDays.has_value());
    CHECK(*figures.usualIntervalDays == 14);
}

TEST_CASE("Key figures of a customer with one order have no usual interval")
{
    Customer c;
    c.add(c.anna, local(2026, 2, 14, 9), 4250);
    const ContactFigures figures = c.figures(c.anna);
    CHECK(figures.orderCount == 1);
    CHECK(figures.lifetimeValue == Money {4250, QStringLiteral("EUR")});
    REQUIRE(figures.averageOrderValue.has_value());
    CHECK(*figures.averageOrderValue == Money {4250, QStringLiteral("EUR")});
    CHECK(figures.firstOrderDate == QDate(2026, 2, 14));
    CHECK(figures.lastOrderDate == QDate(2026, 2, 14));
    CHECK_FALSE(figures.usualIntervalDays.has_value());
}

TEST_CASE("Key figures of a customer without orders are zero and empty")
{
    Customer c;
    const qint64 cancelled = c.add(c.anna, local(2026, 2, 14, 9), 4250);
    REQUIRE_OK(c.orders.setStatus(cancelled, OrderStatus::Cancelled));
    const ContactFigures figures = c.figures(c.anna);
    CHECK(figures.orderCount == 0);
    CHECK(figures.otherCurrencyOrderCount == 0);
    CHECK(figures.lifetimeValue == Money {0, QStringLiteral("EUR")});
    CHECK_FALSE(figures.averageOrderValue.has_value());
    CHECK(figures.firstOrderDate.isNull());
    CHECK(figures.lastOrderDate.isNull());
    CHECK_FALSE(figures.usualIntervalDays.has_value());
    CHECK_FALSE(figures.nextFollowUp.has_value());
}

TEST_CASE("Only orders in another currency give a count but no average")
{
    Customer c;
    c.add(c.anna, local(2026, 2, 1, 9), 1000, QStringLiteral("USD"));
    c.add(c.anna, local(2026, 2, 8, 9), 1000, QStringLiteral("USD"));
    const ContactFigures figures = c.figures(c.anna);
    CHECK(figures.orderCount == 2);
    CHECK(figures.otherCurrencyOrderCount == 2);
    CHECK(figures.lifetimeValue.minor == 0);
    CHECK_FALSE(figures.averageOrderValue.has_value());
    CHECK(figures.usualIntervalDays == std::optional<int>(7));
}

TEST_CASE("Key figures of a contact that does not exist are a NotFound error")
{
    Customer c;
    const auto result = ContactInsights(c.temp.db(), c.temp.clock()).figures(4242);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::NotFound);
    CHECK(result.errorMessage().contains(QStringLiteral("4242")));
}

TEST_CASE("The usual interval is the median gap between consecutive order dates")
{
    using D = QDate;
    CHECK_FALSE(ContactInsights::medianIntervalDays({}).has_value());
    CHECK_FALSE(ContactInsights::medianIntervalDays({D(2026, 1, 1)}).has_value());
    CHECK(ContactInsights::medianIntervalDays({D(2026, 1, 1), D(2026, 1, 31)}) == std::optional<int>(30));
    // Unsorted input; gaps 2, 30, 5: the median is 5, the mean (12) would mislead.
    CHECK(ContactInsights::medianIntervalDays({D(2026, 2, 7), D(2026, 1, 1), D(2026, 1, 3), D(2026, 2, 2)})
          == std::optional<int>(5));
    // Gaps 3 and 4: 3.5 rounds to 4.
    CHECK(ContactInsights::medianIntervalDays({D(2026, 1, 1), D(2026, 1, 4), D(2026, 1, 8)}) == std::optional<int>(4));
    // Two orders on one day are a gap of 0 days.
    CHECK(ContactInsights::medianIntervalDays({D(2026, 1, 1), D(2026, 1, 1), D(2026, 1, 1)}) == std::optional<int>(0));
}

TEST_CASE("Average order values round half away from zero")
{
    CHECK(ContactInsights::roundedAverage(5, 2) == 3);
    CHECK(ContactInsights::roundedAverage(-5, 2) == -3);
    CHECK(ContactInsights::roundedAverage(4, 3) == 1);
    CHECK(ContactInsights::roundedAverage(5, 3) == 2);
    CHECK(ContactInsights::roundedAverage(-4, 3) == -1);
    CHECK(ContactInsights::roundedAverage(0, 7) == 0);
}

TEST_CASE("The next follow-up is the open one due first with snoozes respected")
{
    Customer c; // the clock says 2026-03-15 10:00 UTC
    FollowUpRepository followUps(c.temp.db(), c.temp.clock());
    auto add = [&](const QString &title, const QDateTime &due) {
        FollowUp followUp;
        followUp.contactId = c.anna;
        followUp.title = title;
        followUp.dueAt = due;
        const auto id = followUps.create(followUp);
        REQUIRE_OK(id);
        return *id;
    };
    const qint64 done = add(QStringLiteral("Already done"), local(2026, 3, 1, 9));
    REQUIRE_OK(followUps.complete(done));
    const qint64 snoozed = add(QStringLiteral("Snoozed"), local(2026, 3, 16, 9));
    REQUIRE_OK(followUps.snooze(snoozed, local(2026, 3, 25, 9)));
    add(QStringLiteral("Call about the cake"), local(2026, 3, 18, 9));
    add(QStringLiteral("Later"), local(2026, 4, 1, 9));

    const ContactFigures figures = c.figures(c.anna);
    REQUIRE(figures.nextFollowUp.has_value());
    CHECK(figures.nextFollowUp->title == QStringLiteral("Call about the cake"));
}
