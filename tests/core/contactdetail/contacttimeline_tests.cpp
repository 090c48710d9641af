#include "../products/domaintesthelpers.h"

#include "activities/activityrepository.h"
#include "contacts/contacttimeline.h"
#include "followups/followuprepository.h"
#include "orders/orderrepository.h"
#include "pipeline/pipelinerepository.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace clientele;

namespace {

using Kind = TimelineItem::Kind;
using Source = TimelineItem::Source;
using State = TimelineItem::State;

/// One customer's history, written through the repositories. The clock stays at
/// 2026-03-15 10:00 UTC except while a deal is created (deals take their time from the clock).
struct History
{
    TempDatabase temp;
    qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    qint64 ben = insertTestContact(temp, QStringLiteral("Ben"));
    const QDateTime now = temp.clock().nowUtc();

    qint64 activity(ActivityKind kind, const QDateTime &at, const QString &subject, const QString &body = {},
                    qint64 contactId = 0)
    {
        Activity a;
        a.contactId = contactId ? contactId : anna;
        a.kind = kind;
        a.occurredAt = at;
        a.subject = subject;
        a.body = body;
        const auto id = ActivityRepository(temp.db(), temp.clock()).create(a);
        REQUIRE_OK(id);
        return *id;
    }

    qint64 order(const QDateTime &at, qint64 price, OrderStatus status = OrderStatus::Confirmed)
    {
        Order o;
        o.contactId = anna;
        o.orderedAt = at;
        o.currency = QStringLiteral("EUR");
        OrderLine line;
        line.description = QStringLiteral("Cake");
        line.unitPriceMinor = price;
        o.lines = {line};
        OrderRepository orders(temp.db(), temp.clock());
        const auto id = orders.create(o);
        REQUIRE_OK(id);
        if (status != OrderStatus::Confirmed)
            REQUIRE_OK(orders.setStatus(*id, status));
        return *id;
    }

    qint64 followUp(const QString &title, const QDateTime &due)
    {
        FollowUp f;
        f.contactId = anna;
        f.title = title;
        f.dueAt = due;
        const auto id = FollowUpRepository(temp.db(), temp.clock()).create(f);
        REQUIRE_OK(id);
        return *id;
    }

    qint64 deal(const QString &title, const QDateTime &createdAt, qint64 value)
    {
        temp.clock().set(createdAt);
        Deal d;
        d.contactId = anna;
        d.title = title;
        d.value = Money {value, QStringLiteral("EUR")};
        const auto id = PipelineRepository(temp.db(), temp.clock()).create(d);
        temp.clock().set(now);
        REQUIRE_OK(id);
        return *id;
    }

    TimelinePage page(int limit, const TimelineCursor &before = {})
    {
        const auto result = ContactTimeline(temp.db(), temp.clock()).page(anna, limit, before);
        REQUIRE_OK(result);
        return *result;
    }
};

QStringList titles(const QList<TimelineItem> &items)
{
    QStringList list;
    for (const TimelineItem &item : items)
        list << item.title;
    return list;
}

} // namespace

TEST_CASE("The timeline merges activities orders follow-ups and deals newest first")
{
    History h;
    h.activity(ActivityKind::Note, utc(2026, 3, 1, 9), QString(), QStringLiteral("Prefers rye"));
    h.activity(ActivityKind::Call, utc(2026, 3, 5, 9), QStringLiteral("Asked about the wedding cake"),
               QStringLiteral("Three tiers"));
    const qint64 order = h.order(utc(2026, 3, 8, 9), 4250, OrderStatus::Collected);
    const qint64 overdue = h.followUp(QStringLiteral("Confirm the tasting"), utc(2026, 3, 12, 9));
    h.followUp(QStringLiteral("Deliver the cake"), utc(2026, 3, 20, 9));
    const qint64 deal = h.deal(QStringLiteral("Wedding cake"), utc(2026, 3, 14, 9), 90000);
    h.activity(ActivityKind::Visit, utc(2026, 3, 14, 16), QStringLiteral("Tasting"));

    const TimelinePage page = h.page(50);
    CHECK_FALSE(page.hasMore);
    REQUIRE(page.items.size() == 7);
    const QString orderNumber = page.items.at(4).title;
    CHECK(titles(page.items)
          == QStringList {QStringLiteral("Deliver the cake"), QStringLiteral("Tasting"), QStringLiteral("Wedding cake"),
                          QStringLiteral("Confirm the tasting"), orderNumber,
                          QStringLiteral("Asked about the wedding cake"), QStringLiteral("Note")});

    const TimelineItem &upcoming = page.items.at(0);
    CHECK(upcoming.kind == Kind::FollowUp);
    CHECK(upcoming.state == State::Open);
    CHECK(upcoming.at == utc(2026, 3, 20, 9));

    const TimelineItem &visit = page.items.at(1);
    CHECK(visit.kind == Kind::Visit);
    CHECK(visit.source == Source::Activity);

    const TimelineItem &dealItem = page.items.at(2);
    CHECK(dealItem.kind == Kind::Deal);
    CHECK(dealItem.source == Source::Deal);
    CHECK(dealItem.entityId == deal);
    CHECK(dealItem.amount == std::optional<Money>(Money {90000, QStringLiteral("EUR")}));
    CHECK(dealItem.state == State::Open);
    CHECK_FALSE(dealItem.status.isEmpty()); // the stage's name

    const TimelineItem &followUp = page.items.at(3);
    CHECK(followUp.entityId == overdue);
    CHECK(followUp.state == State::Overdue);

    const TimelineItem &orderItem = page.items.at(4);
    CHECK(orderItem.kind == Kind::Order);
    CHECK(orderItem.entityId == order);
    CHECK(orderItem.title.startsWith(QStringLiteral("Order 10")));
    CHECK(orderItem.amount == std::optional<Money>(Money {4250, QStringLiteral("EUR")}));
    CHECK(orderItem.status == displayName(OrderStatus::Collected));
    CHECK(orderItem.state == State::Done);
    CHECK(orderItem.at == utc(2026, 3, 8, 9));

    const TimelineItem &call = page.items.at(5);
    CHECK(call.kind == Kind::Call);
    CHECK(call.detail == QStringLiteral("Three tiers"));
    CHECK_FALSE(call.amount.has_value());

    // A note without a subject is titled by its kind and shows its text as the detail.
    const TimelineItem &note = page.items.at(6);
    CHECK(note.kind == Kind::Note);
    CHECK(note.detail == QStringLiteral("Prefers rye"));
}

TEST_CASE("The timeline leaves out trashed items and other customers")
{
    History h;
    const qint64 kept = h.activity(ActivityKind::Note, utc(2026, 3, 1, 9), QStringLiteral("Kept"));
    const qint64 gone = h.activity(ActivityKind::Note, utc(2026, 3, 2, 9), QStringLiteral("Trashed note"));
    REQUIRE_OK(ActivityRepository(h.temp.db(), h.temp.clock()).moveToTrash(gone));
    const qint64 order = h.order(utc(2026, 3, 3, 9), 100);
    REQUIRE_OK(OrderRepository(h.temp.db(), h.temp.clock()).moveToTrash(order));
    const qint64 followUp = h.followUp(QStringLiteral("Trashed follow-up"), utc(2026, 3, 4, 9));
    REQUIRE_OK(FollowUpRepository(h.temp.db(), h.temp.clock()).moveToTrash(followUp));
    const qint64 deal = h.deal(QStringLiteral("Trashed deal"), utc(2026, 3, 5, 9), 100);
    REQUIRE_OK(PipelineRepository(h.temp.db(), h.temp.clock()).moveToTrash(deal));
    h.activity(ActivityKind::Call, utc(2026, 3, 6, 9), QStringLiteral("Ben's call"), {}, h.ben);

    const TimelinePage page = h.page(50);
    REQUIRE(page.items.size() == 1);
    CHECK(page.items.first().entityId == kept);
    CHECK_FALSE(page.hasMore);
}

TEST_CASE("Done follow-ups sit at their done time and closed deals at their closing time")
{
    History h;
    const qint64 done = h.followUp(QStringLiteral("Send the invoice"), utc(2026, 2, 1, 9));
    REQUIRE_OK(FollowUpRepository(h.temp.db(), h.temp.clock()).complete(done, utc(2026, 3, 10, 9)));
    const qint64 won = h.deal(QStringLiteral("Catering"), utc(2026, 1, 10, 9), 50000);
    h.temp.clock().set(utc(2026, 3, 11, 9));
    REQUIRE_OK(PipelineRepository(h.temp.db(), h.temp.clock()).markWon(won));
    const qint64 lost = h.deal(QStringLiteral("Corporate gifts"), utc(2026, 1, 11, 9), 20000);
    h.temp.clock().set(utc(2026, 3, 9, 9));
    REQUIRE_OK(PipelineRepository(h.temp.db(), h.temp.clock()).markLost(lost, QStringLiteral("Too expensive")));
    h.temp.clock().set(h.now);
    h.activity(ActivityKind::Email, utc(2026, 3, 9, 12), QStringLiteral("Quote sent"));

    const TimelinePage page = h.page(10);
    REQUIRE(titles(page.items)
            == QStringList {QStringLiteral("Catering"), QStringLiteral("Send the invoice"),
                            QStringLiteral("Quote sent"), QStringLiteral("Corporate gifts")});
    CHECK(page.items.at(0).state == State::Done);
    CHECK(page.items.at(0).status == displayName(DealStatus::Won));
    CHECK(page.items.at(1).state == State::Done);
    CHECK(page.items.at(1).at == utc(2026, 3, 10, 9));
    CHECK(page.items.at(2).kind == Kind::Email);
    CHECK(page.items.at(3).state == State::Cancelled);
    CHECK(page.items.at(3).detail == QStringLiteral("Too expensive"));
}

TEST_CASE("Timeline items at the same time are ordered by source then newest id")
{
    History h;
    const QDateTime t = utc(2026, 3, 10, 9);
    const qint64 deal = h.deal(QStringLiteral("Deal"), t, 100);
    const qint64 followUp = h.followUp(QStringLiteral("Follow-up"), t);
    const qint64 order = h.order(t, 100);
    const qint64 first = h.activity(ActivityKind::Note, t, QStringLiteral("First note"));
    const qint64 second = h.activity(ActivityKind::Note, t, QStringLiteral("Second note"));

    const TimelinePage page = h.page(10);
    REQUIRE(page.items.size() == 5);
    CHECK(page.items.at(0).entityId == second);
    CHECK(page.items.at(1).entityId == first);
    CHECK(page.items.at(2).source == Source::Order);
    CHECK(page.items.at(2).entityId == order);
    CHECK(page.items.at(3).source == Source::FollowUp);
    CHECK(page.items.at(3).entityId == followUp);
    CHECK(page.items.at(4).source == Source::Deal);
    CHECK(page.items.at(4).entityId == deal);

    // Paging one item at a time through the tie keeps that order.
    TimelineCursor cursor;
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        const TimelinePage one = h.page(1, cursor);
        if (one.items.isEmpty())
            break;
        REQUIRE(one.items.size() == 1);
        ids << one.items.first().entityId;
        CHECK(one.hasMore == (ids.size() < 5));
        cursor = one.next();
    }
    CHECK(ids == QList<qint64> {second, first, order, followUp, deal});
}

TEST_CASE("Paging through a long timeline loses and repeats nothing")
{
    History h;
    // 160 items over the four sources, crowded onto few distinct times so that pages split ties.
    int expected = 0;
    for (int i = 0; i < 70; ++i, ++expected)
        h.activity(i % 2 ? ActivityKind::Call : ActivityKind::Note, utc(2026, 1, 1 + i % 9, 9),
                   QStringLiteral("Activity %1").arg(i));
    for (int i = 0; i < 40; ++i, ++expected)
        h.order(utc(2026, 1, 1 + i % 7, 9), 100 + i);
    for (int i = 0; i < 30; ++i, ++expected)
        h.followUp(QStringLiteral("Follow-up %1").arg(i), utc(2026, 1, 1 + i % 5, 9));
    for (int i = 0; i < 20; ++i, ++expected)
        h.deal(QStringLiteral("Deal %1").arg(i), utc(2026, 1, 1 + i % 4, 9), 100);

    const TimelinePage all = h.page(1000);
    REQUIRE(all.items.size() == expected);
    CHECK_FALSE(all.hasMore);
    for (qsizetype i = 1; i < all.items.size(); ++i)
        CHECK(all.items.at(i - 1).at >= all.items.at(i).at);

    for (int pageSize : {1, 7, 25, 159, 160}) {
        INFO("page size " << pageSize);
        QList<TimelineItem> paged;
        TimelineCursor cursor;
        bool more = true;
        while (more) {
            const TimelinePage page = h.page(pageSize, cursor);
            REQUIRE(page.items.size() <= pageSize);
            paged += page.items;
            more = page.hasMore;
            cursor = page.next();
            REQUIRE(paged.size() <= expected);
        }
        REQUIRE(paged.size() == expected);
        QSet<QPair<int, qint64>> seen;
        for (qsizetype i = 0; i < paged.size(); ++i) {
            CHECK(paged.at(i).source == all.items.at(i).source);
            CHECK(paged.at(i).entityId == all.items.at(i).entityId);
            seen.insert({int(paged.at(i).source), paged.at(i).entityId});
        }
        CHECK(seen.size() == expected);
    }
}

TEST_CASE("A contact without history has an empty timeline")
{
    History h;
    const TimelinePage page = h.page(20);
    CHECK(page.items.isEmpty());
    CHECK_FALSE(page.hasMore);
    CHECK(page.next().isNull());
}
