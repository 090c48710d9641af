#include "../products/domaintesthelpers.h"

#include "followups/followuprepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

using State = FollowUpListQuery::State;

FollowUp followUp(const QString &title, const QDateTime &dueAt, qint64 contactId = 0)
{
    FollowUp result;
    result.title = title;
    result.dueAt = dueAt;
    result.contactId = contactId;
    return result;
}

QStringList titles(const QList<FollowUp> &list)
{
    QStringList result;
    for (const FollowUp &f : list)
        result << f.title;
    return result;
}

QStringList titlesIn(const FollowUpRepository &repository, State state)
{
    FollowUpListQuery query;
    query.state = state;
    return titles(repository.list(query));
}

} // namespace

TEST_CASE("a follow-up is created, read back with its customer and audited")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna Baker"));
    FollowUpRepository followUps(temp.db(), temp.clock());
    FollowUp input = followUp(QStringLiteral("  Call about the wedding cake "), local(2026, 3, 16, 9), anna);
    input.notes = QStringLiteral("Three tiers");
    input.recurrence = QStringLiteral("freq=weekly");
    const auto id = followUps.create(input);
    REQUIRE_OK(id);

    const auto stored = followUps.get(*id);
    REQUIRE_OK(stored);
    CHECK(stored->title == QStringLiteral("Call about the wedding cake"));
    CHECK(stored->contactName == QStringLiteral("Anna Baker"));
    CHECK(stored->dueAt == local(2026, 3, 16, 9));
    CHECK(stored->recurrence == QStringLiteral("FREQ=WEEKLY"));
    CHECK_FALSE(stored->isDone());
    CHECK(stored->createdAt == temp.clock().nowUtc());
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("create")) == 1);
}

TEST_CASE("follow-up validation names the field")
{
    TempDatabase temp;
    FollowUpRepository followUps(temp.db(), temp.clock());
    auto fieldOf = [&](const FollowUp &f) {
        const auto id = followUps.create(f);
        return id.ok() ? QString() : id.error().field;
    };
    CHECK(fieldOf(followUp(QStringLiteral(" "), local(2026, 3, 16))) == QStringLiteral("title"));
    CHECK(fieldOf(followUp(QStringLiteral("Call"), QDateTime())) == QStringLiteral("dueAt"));
    FollowUp badRule = followUp(QStringLiteral("Call"), local(2026, 3, 16));
    badRule.recurrence = QStringLiteral("FREQ=FORTNIGHTLY");
    CHECK(fieldOf(badRule) == QStringLiteral("recurrence"));
    CHECK(fieldOf(followUp(QStringLiteral("Call"), local(2026, 3, 16), 999)) == QStringLiteral("contactId"));
    FollowUp badOrder = followUp(QStringLiteral("Call"), local(2026, 3, 16));
    badOrder.orderId = 55;
    CHECK(fieldOf(badOrder) == QStringLiteral("orderId"));
    FollowUp badDeal = followUp(QStringLiteral("Call"), local(2026, 3, 16));
    badDeal.dealId = 55;
    CHECK(fieldOf(badDeal) == QStringLiteral("dealId"));
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM followups")).toInt() == 0);
}

TEST_CASE("follow-ups are overdue, due today or upcoming relative to the clock")
{
    TempDatabase temp; // now: 2026-03-15 10:00 in the test's zone
    FollowUpRepository followUps(temp.db(), temp.clock());
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("yesterday"), local(2026, 3, 14, 9))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("this morning"), local(2026, 3, 15, 8))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("tonight"), local(2026, 3, 15, 18))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("tomorrow"), local(2026, 3, 16, 9))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("last week"), local(2026, 3, 8, 9))));
    // Snoozed: due long ago, but put off until the day after tomorrow.
    FollowUp snoozed = followUp(QStringLiteral("snoozed"), local(2026, 3, 1, 9));
    snoozed.snoozedUntil = local(2026, 3, 17, 9);
    REQUIRE_OK(followUps.create(snoozed));
    FollowUp done = followUp(QStringLiteral("done"), local(2026, 3, 14, 9));
    const auto doneId = followUps.create(done);
    REQUIRE_OK(doneId);
    REQUIRE_OK(followUps.complete(*doneId));

    CHECK(titlesIn(followUps, State::Overdue)
          == QStringList {QStringLiteral("last week"), QStringLiteral("yesterday")});
    CHECK(titlesIn(followUps, State::DueToday)
          == QStringList {QStringLiteral("this morning"), QStringLiteral("tonight")});
    CHECK(titlesIn(followUps, State::Upcoming) == QStringList {QStringLiteral("tomorrow"), QStringLiteral("snoozed")});
    CHECK(titlesIn(followUps, State::Open)
          == QStringList {QStringLiteral("last week"), QStringLiteral("yesterday"), QStringLiteral("this morning"),
                          QStringLiteral("tonight"), QStringLiteral("tomorrow"), QStringLiteral("snoozed")});
    CHECK(titlesIn(followUps, State::Done) == QStringList {QStringLiteral("done")});
    CHECK(titlesIn(followUps, State::All).size() == 7);
    CHECK(titlesIn(followUps, State::All).last() == QStringLiteral("done"));
    CHECK(followUps.countOpen() == 6);
    CHECK(followUps.countOverdue() == 2);
    CHECK(followUps.countDueToday() == 2);

    // A day later, "tonight" and "this morning" are overdue and "tomorrow" is due today.
    temp.clock().advanceSecs(24 * 3600);
    CHECK(followUps.countOverdue() == 4);
    CHECK(titlesIn(followUps, State::DueToday) == QStringList {QStringLiteral("tomorrow")});
}

TEST_CASE("the follow-up list filters by customer and pages")
{
    TempDatabase temp;
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    FollowUpRepository followUps(temp.db(), temp.clock());
    for (int day = 16; day <= 20; ++day)
        REQUIRE_OK(followUps.create(followUp(QStringLiteral("anna %1").arg(day), local(2026, 3, day, 9), anna)));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("nobody"), local(2026, 3, 16, 8))));

    FollowUpListQuery query;
    query.contactId = anna;
    CHECK(followUps.count(query) == 5);
    query.offset = 1;
    query.limit = 2;
    CHECK(titles(followUps.list(query)) == QStringList {QStringLiteral("anna 17"), QStringLiteral("anna 18")});
}

TEST_CASE("completing a follow-up marks it done; completing it twice is refused")
{
    TempDatabase temp;
    FollowUpRepository followUps(temp.db(), temp.clock());
    const auto id = followUps.create(followUp(QStringLiteral("Send invoice"), local(2026, 3, 14, 9)));
    REQUIRE_OK(id);
    const auto next = followUps.complete(*id, local(2026, 3, 15, 9, 45));
    REQUIRE_OK(next);
    CHECK(*next == 0);
    CHECK(followUps.get(*id)->doneAt == local(2026, 3, 15, 9, 45));
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("complete")) == 1);
    CHECK(followUps.complete(*id).error().kind == Error::Kind::Conflict);

    REQUIRE_OK(followUps.reopen(*id));
    CHECK_FALSE(followUps.get(*id)->isDone());
    CHECK(followUps.countOverdue() == 1);
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("reopen")) == 1);
    CHECK(followUps.complete(404).error().kind == Error::Kind::NotFound);
}

TEST_CASE("completing a repeating follow-up creates the next one and keeps the month's end")
{
    TempDatabase temp;
    temp.clock().set(local(2026, 1, 31, 10));
    const qint64 anna = insertTestContact(temp, QStringLiteral("Anna"));
    FollowUpRepository followUps(temp.db(), temp.clock());
    FollowUp monthly = followUp(QStringLiteral("Monthly delivery"), local(2026, 1, 31, 9), anna);
    monthly.notes = QStringLiteral("Bread for the café");
    monthly.recurrence = QStringLiteral("FREQ=MONTHLY");
    const auto first = followUps.create(monthly);
    REQUIRE_OK(first);

    const auto second = followUps.complete(*first);
    REQUIRE_OK(second);
    REQUIRE(*second != 0);
    const auto february = followUps.get(*second);
    CHECK(february->dueAt == local(2026, 2, 28, 9));
    CHECK(february->title == QStringLiteral("Monthly delivery"));
    CHECK(february->notes == QStringLiteral("Bread for the café"));
    CHECK(february->contactId == anna);
    CHECK_FALSE(february->isDone());
    CHECK(february->recurrence == QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=31"));
    // The series moved on: the completed one no longer repeats.
    CHECK(followUps.get(*first)->recurrence.isEmpty());
    CHECK(auditCount(temp, QStringLiteral("followup"), *second, QStringLiteral("create")) == 1);

    temp.clock().set(local(2026, 2, 28, 10));
    const auto third = followUps.complete(*second);
    REQUIRE_OK(third);
    CHECK(followUps.get(*third)->dueAt == local(2026, 3, 31, 9));

    // Reopening and completing the done one again does not start a second series.
    REQUIRE_OK(followUps.reopen(*first));
    CHECK(*followUps.complete(*first) == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM followups")).toInt() == 3);
}

TEST_CASE("a repeating follow-up completed late skips the occurrences that passed")
{
    TempDatabase temp; // now: 2026-03-15 10:00 in the test's zone
    FollowUpRepository followUps(temp.db(), temp.clock());
    FollowUp weekly = followUp(QStringLiteral("Check the stock"), local(2026, 3, 1, 9));
    weekly.recurrence = QStringLiteral("FREQ=WEEKLY");
    weekly.snoozedUntil = local(2026, 3, 14, 9);
    const auto id = followUps.create(weekly);
    REQUIRE_OK(id);
    const auto next = followUps.complete(*id);
    REQUIRE_OK(next);
    const auto stored = followUps.get(*next);
    CHECK(stored->dueAt == local(2026, 3, 22, 9));
    CHECK_FALSE(stored->snoozedUntil.isValid());
    CHECK(stored->recurrence == QStringLiteral("FREQ=WEEKLY"));
}

TEST_CASE("snoozing moves the effective due time; it must be in the future")
{
    TempDatabase temp;
    FollowUpRepository followUps(temp.db(), temp.clock());
    const auto id = followUps.create(followUp(QStringLiteral("Call back"), local(2026, 3, 14, 9)));
    REQUIRE_OK(id);
    CHECK(followUps.countOverdue() == 1);

    const auto past = followUps.snooze(*id, local(2026, 3, 15, 9));
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().field == QStringLiteral("snoozedUntil"));

    REQUIRE_OK(followUps.snooze(*id, local(2026, 3, 15, 16)));
    const auto snoozed = followUps.get(*id);
    CHECK(snoozed->snoozedUntil == local(2026, 3, 15, 16));
    CHECK(snoozed->effectiveDueAt() == local(2026, 3, 15, 16));
    CHECK(snoozed->dueAt == local(2026, 3, 14, 9));
    CHECK(followUps.countOverdue() == 0);
    CHECK(followUps.countDueToday() == 1);
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("snooze")) == 1);

    REQUIRE_OK(followUps.unsnooze(*id));
    CHECK(followUps.countOverdue() == 1);

    REQUIRE_OK(followUps.complete(*id));
    CHECK(followUps.snooze(*id, local(2026, 3, 20, 9)).error().kind == Error::Kind::Conflict);
}

TEST_CASE("updating a follow-up keeps its done state and audits the change")
{
    TempDatabase temp;
    FollowUpRepository followUps(temp.db(), temp.clock());
    const auto id = followUps.create(followUp(QStringLiteral("Call"), local(2026, 3, 16, 9)));
    REQUIRE_OK(id);
    FollowUp changed = *followUps.get(*id);
    changed.title = QStringLiteral("Call Anna");
    changed.dueAt = local(2026, 3, 18, 9);
    changed.doneAt = local(2026, 3, 15, 9); // ignored: use complete()
    REQUIRE_OK(followUps.update(changed));
    const auto stored = followUps.get(*id);
    CHECK(stored->title == QStringLiteral("Call Anna"));
    CHECK(stored->dueAt == local(2026, 3, 18, 9));
    CHECK_FALSE(stored->isDone());
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("update")) == 1);

    changed.recurrence = QStringLiteral("FREQ=NEVER");
    CHECK(followUps.update(changed).error().field == QStringLiteral("recurrence"));
}

TEST_CASE("moving a repeating follow-up to another day drops the carried-over day of month")
{
    TempDatabase temp;
    FollowUpRepository followUps(temp.db(), temp.clock());
    FollowUp carried = followUp(QStringLiteral("Rent"), local(2026, 4, 30, 9));
    carried.recurrence = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=31");
    const auto id = followUps.create(carried);
    REQUIRE_OK(id);

    FollowUp moved = *followUps.get(*id);
    moved.dueAt = local(2026, 5, 5, 9);
    REQUIRE_OK(followUps.update(moved));
    CHECK(followUps.get(*id)->recurrence == QStringLiteral("FREQ=MONTHLY"));
}

TEST_CASE("trashed follow-ups leave the lists and counts until restored")
{
    TempDatabase temp;
    FollowUpRepository followUps(temp.db(), temp.clock());
    const auto id = followUps.create(followUp(QStringLiteral("Call"), local(2026, 3, 14, 9)));
    REQUIRE_OK(id);
    REQUIRE_OK(followUps.moveToTrash(*id));
    CHECK(followUps.countOpen() == 0);
    CHECK(followUps.countOverdue() == 0);
    FollowUpListQuery trash;
    trash.inTrash = true;
    CHECK(titles(followUps.list(trash)) == QStringList {QStringLiteral("Call")});
    REQUIRE_OK(followUps.restore(*id));
    CHECK(followUps.countOverdue() == 1);
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("trash")) == 1);
    CHECK(auditCount(temp, QStringLiteral("followup"), *id, QStringLiteral("restore")) == 1);
}

TEST_CASE("overdue, today and upcoming are days of the business's zone, however long")
{
    TempDatabase temp;
    // 10:00 UTC on 5 April is 22:00 in Auckland, on the day summer time ends (25 hours long).
    FixedClock auckland(utc(2026, 4, 5, 10), QTimeZone("Pacific/Auckland"));
    FollowUpRepository followUps(temp.db(), auckland);
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("late last night"), utc(2026, 4, 4, 10, 59))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("just after midnight"), utc(2026, 4, 4, 11, 30))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("23:30"), utc(2026, 4, 5, 11, 30))));
    REQUIRE_OK(followUps.create(followUp(QStringLiteral("tomorrow"), utc(2026, 4, 5, 12))));
    CHECK(titlesIn(followUps, State::Overdue) == QStringList {QStringLiteral("late last night")});
    CHECK(titlesIn(followUps, State::DueToday)
          == QStringList {QStringLiteral("just after midnight"), QStringLiteral("23:30")});
    CHECK(titlesIn(followUps, State::Upcoming) == QStringList {QStringLiteral("tomorrow")});

    // The same instants seen from Berlin (UTC+2 in April): it is 12:00 on 5 April there.
    FixedClock berlin(utc(2026, 4, 5, 10), QTimeZone("Europe/Berlin"));
    FollowUpRepository inBerlin(temp.db(), berlin);
    CHECK(titlesIn(inBerlin, State::Overdue)
          == QStringList {QStringLiteral("late last night"), QStringLiteral("just after midnight")});
    CHECK(titlesIn(inBerlin, State::DueToday) == QStringList {QStringLiteral("23:30"), QStringLiteral("tomorrow")});
    berlin.set(utc(2026, 4, 5, 22)); // midnight in Berlin
    CHECK(inBerlin.countOverdue() == 4);
    CHECK(inBerlin.countDueToday() == 0);
}

TEST_CASE("a repeating follow-up keeps its local time across a daylight-saving change")
{
    TempDatabase temp;
    // 09:00 on Saturday 7 March in Los Angeles (PST, UTC-8); summer time starts on the 8th.
    FixedClock la(utc(2026, 3, 7, 18), QTimeZone("America/Los_Angeles"));
    FollowUpRepository followUps(temp.db(), la);
    FollowUp daily = followUp(QStringLiteral("open the shop"), utc(2026, 3, 7, 17));
    daily.recurrence = QStringLiteral("FREQ=DAILY");
    const auto id = followUps.create(daily);
    REQUIRE_OK(id);
    const auto done = followUps.complete(*id);
    REQUIRE_OK(done);
    FollowUpListQuery open;
    open.state = State::Open;
    const QList<FollowUp> next = followUps.list(open);
    REQUIRE(next.size() == 1);
    CHECK(next.first().dueAt == utc(2026, 3, 8, 16)); // 09:00 PDT, UTC-7
}
