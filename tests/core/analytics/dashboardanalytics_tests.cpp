#include "analytics/dashboardanalytics.h"
#include "common/timeformat.h"
#include "settings/businesssettings.h"
#include "tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

const QString Stamp = QStringLiteral("2026-01-01T00:00:00.000Z");

/// A wall time ("2026-03-01T00:00:00.000") in the test's zone, the fixture's business zone, as
/// stored UTC text: the tests below are about local months and days.
QString local(const char *wallTime)
{
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(wallTime), Qt::ISODateWithMs);
    return toStoredTime(QDateTime(parsed.date(), parsed.time(), QTimeZone::systemTimeZone()));
}

qint64 exec(const TempDatabase &t, const QString &sql, const QVariantMap &values)
{
    QSqlQuery query(t.db());
    query.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!query.exec())
        FAIL(query.lastError().text().toStdString());
    return query.lastInsertId().toLongLong();
}

qint64 addContact(const TempDatabase &t, const QString &name, int year = 0, int month = 0, int day = 0,
                  const QString &deletedAt = {})
{
    return exec(t,
                QStringLiteral("INSERT INTO contacts (display_name, birthday_year, birthday_month, birthday_day, "
                               "created_at, updated_at, deleted_at) VALUES (:name, :year, :month, :day, :stamp, "
                               ":stamp2, :deleted)"),
                {{QStringLiteral("name"), name},
                 {QStringLiteral("year"), year > 0 ? QVariant(year) : QVariant()},
                 {QStringLiteral("month"), month > 0 ? QVariant(month) : QVariant()},
                 {QStringLiteral("day"), day > 0 ? QVariant(day) : QVariant()},
                 {QStringLiteral("stamp"), Stamp},
                 {QStringLiteral("stamp2"), Stamp},
                 {QStringLiteral("deleted"), deletedAt.isEmpty() ? QVariant() : QVariant(deletedAt)}});
}

struct OrderSpec
{
    qint64 contactId = 0;
    QString orderedAt;
    qint64 total = 0;
    QString status = QStringLiteral("collected");
    QString payment = QStringLiteral("paid");
    QString currency = QStringLiteral("EUR");
    QString deletedAt = {};
};

void addOrder(const TempDatabase &t, const OrderSpec &o)
{
    exec(t,
         QStringLiteral("INSERT INTO orders (contact_id, status, ordered_at, currency, total_minor, payment_status, "
                        "created_at, updated_at, deleted_at) VALUES (:contact, :status, :ordered, :currency, :total, "
                        ":payment, :stamp, :stamp2, :deleted)"),
         {{QStringLiteral("contact"), o.contactId > 0 ? QVariant(o.contactId) : QVariant()},
          {QStringLiteral("status"), o.status},
          {QStringLiteral("ordered"), o.orderedAt},
          {QStringLiteral("currency"), o.currency},
          {QStringLiteral("total"), o.total},
          {QStringLiteral("payment"), o.payment},
          {QStringLiteral("stamp"), Stamp},
          {QStringLiteral("stamp2"), Stamp},
          {QStringLiteral("deleted"), o.deletedAt.isEmpty() ? QVariant() : QVariant(o.deletedAt)}});
}

void addFollowUp(const TempDatabase &t, const QString &dueAt, const QString &doneAt = {},
                 const QString &snoozedUntil = {}, const QString &deletedAt = {})
{
    exec(t,
         QStringLiteral("INSERT INTO followups (title, due_at, done_at, snoozed_until, created_at, updated_at, "
                        "deleted_at) VALUES ('Call', :due, :done, :snoozed, :stamp, :stamp2, :deleted)"),
         {{QStringLiteral("due"), dueAt},
          {QStringLiteral("done"), doneAt.isEmpty() ? QVariant() : QVariant(doneAt)},
          {QStringLiteral("snoozed"), snoozedUntil.isEmpty() ? QVariant() : QVariant(snoozedUntil)},
          {QStringLiteral("stamp"), Stamp},
          {QStringLiteral("stamp2"), Stamp},
          {QStringLiteral("deleted"), deletedAt.isEmpty() ? QVariant() : QVariant(deletedAt)}});
}

void addDeal(const TempDatabase &t, qint64 value, int probability, const QString &status = QStringLiteral("open"),
             const QString &currency = QStringLiteral("EUR"), const QString &deletedAt = {})
{
    exec(t,
         QStringLiteral("INSERT INTO deals (title, value_minor, currency, probability, status, created_at, "
                        "updated_at, deleted_at) VALUES ('Wedding cake', :value, :currency, :probability, :status, "
                        ":stamp, :stamp2, :deleted)"),
         {{QStringLiteral("value"), value},
          {QStringLiteral("currency"), currency},
          {QStringLiteral("probability"), probability},
          {QStringLiteral("status"), status},
          {QStringLiteral("stamp"), Stamp},
          {QStringLiteral("stamp2"), Stamp},
          {QStringLiteral("deleted"), deletedAt.isEmpty() ? QVariant() : QVariant(deletedAt)}});
}

const QString Eur = QStringLiteral("EUR");

} // namespace

TEST_CASE("Revenue per month has twelve local months with exact sums")
{
    TempDatabase t; // the clock says 2026-03-15 10:00 in the test's zone
    const qint64 anna = addContact(t, QStringLiteral("Anna"));
    addOrder(t, {anna, local("2026-03-01T00:00:00.000"), 1250});
    addOrder(t, {anna, local("2026-03-14T18:30:00.000"), 799});
    addOrder(t, {anna, local("2026-02-28T23:59:59.999"), 4000});
    addOrder(t, {anna, local("2025-04-01T00:00:00.000"), 100}); // first day of the window
    addOrder(t, {anna, local("2025-03-31T23:59:59.999"), 7777}); // just before it
    addOrder(t, {anna, local("2026-04-01T08:00:00.000"), 5555}); // next month: not yet
    // Not revenue: draft, cancelled, refunded, in the trash, another currency.
    addOrder(t, {anna, local("2026-03-02T10:00:00.000"), 90001, QStringLiteral("draft")});
    addOrder(t, {anna, local("2026-03-02T10:00:00.000"), 90002, QStringLiteral("cancelled")});
    addOrder(t,
             {anna, local("2026-03-02T10:00:00.000"), 90003, QStringLiteral("collected"), QStringLiteral("refunded")});
    addOrder(t,
             {anna, local("2026-03-02T10:00:00.000"), 90004, QStringLiteral("collected"), QStringLiteral("paid"), Eur,
              Stamp});
    addOrder(t,
             {anna, local("2026-03-02T10:00:00.000"), 90005, QStringLiteral("collected"), QStringLiteral("paid"),
              QStringLiteral("USD")});
    // Open and unpaid orders are revenue already booked.
    addOrder(t, {0, local("2025-10-10T10:00:00.000"), 300, QStringLiteral("confirmed"), QStringLiteral("unpaid")});

    const auto months = DashboardAnalytics(t.db(), t.clock()).revenueByMonth(Eur);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 12);
    CHECK(months->first().month == QDate(2025, 4, 1));
    CHECK(months->last().month == QDate(2026, 3, 1));
    CHECK(months->at(0).revenueMinor == 100);
    CHECK(months->at(0).orders == 1);
    CHECK(months->at(6).month == QDate(2025, 10, 1));
    CHECK(months->at(6).revenueMinor == 300);
    CHECK(months->at(10).revenueMinor == 4000);
    CHECK(months->at(11).revenueMinor == 2049);
    CHECK(months->at(11).orders == 2);
    qint64 total = 0;
    for (const MonthRevenue &m : months.value())
        total += m.revenueMinor;
    CHECK(total == 100 + 300 + 4000 + 2049);
    CHECK(months->at(3).revenueMinor == 0); // July: no orders, still present
    CHECK(months->at(3).month == QDate(2025, 7, 1));
}

TEST_CASE("Revenue per month follows the clock across a year boundary")
{
    TempDatabase t;
    t.clock().set(QDateTime(QDate(2026, 1, 2), QTime(9, 0), t.clock().timeZone()));
    addOrder(t, {0, local("2025-12-31T23:00:00.000"), 500});
    addOrder(t, {0, local("2026-01-01T01:00:00.000"), 700});
    addOrder(t, {0, local("2025-02-01T00:00:00.000"), 11});
    const auto months = DashboardAnalytics(t.db(), t.clock()).revenueByMonth(Eur, 12);
    REQUIRE(months.ok());
    CHECK(months->first().month == QDate(2025, 2, 1));
    CHECK(months->first().revenueMinor == 11);
    CHECK(months->at(10).month == QDate(2025, 12, 1));
    CHECK(months->at(10).revenueMinor == 500);
    CHECK(months->at(11).revenueMinor == 700);
    CHECK(DashboardAnalytics(t.db(), t.clock()).revenueByMonth(Eur, 0)->isEmpty());
}

TEST_CASE("Orders per weekday count revenue orders by local date")
{
    TempDatabase t;
    addOrder(t, {0, local("2026-03-09T08:00:00.000"), 100}); // Monday
    addOrder(t, {0, local("2026-03-09T17:00:00.000"), 100}); // Monday
    addOrder(t, {0, local("2026-03-10T12:00:00.000"), 100}); // Tuesday
    addOrder(t, {0, local("2026-02-28T23:59:00.000"), 100}); // Saturday
    addOrder(t, {0, local("2026-03-15T09:00:00.000"), 100}); // Sunday
    addOrder(t, {0, local("2026-03-10T12:00:00.000"), 100, QStringLiteral("cancelled")});
    addOrder(t, {0, local("2024-03-11T12:00:00.000"), 100}); // outside the window

    const auto days = DashboardAnalytics(t.db(), t.clock()).ordersByWeekday(Eur);
    REQUIRE(days.ok());
    const std::array<int, 7> expected = {2, 1, 0, 0, 0, 1, 1};
    CHECK(days.value() == expected);
}

TEST_CASE("Top customers are ranked by revenue, limited and leave out the trash")
{
    TempDatabase t;
    const qint64 anna = addContact(t, QStringLiteral("Anna Weber"));
    const qint64 bert = addContact(t, QStringLiteral("Bert Klein"));
    const qint64 clara = addContact(t, QStringLiteral("Clara Roth"));
    const qint64 gone = addContact(t, QStringLiteral("Dora Trash"), 0, 0, 0, Stamp);
    addOrder(t, {anna, local("2026-03-01T10:00:00.000"), 1000});
    addOrder(t, {anna, local("2025-06-01T10:00:00.000"), 2500});
    addOrder(t, {bert, local("2026-02-01T10:00:00.000"), 3500});
    addOrder(t, {clara, local("2026-02-01T10:00:00.000"), 900});
    addOrder(t, {clara, local("2024-02-01T10:00:00.000"), 99999}); // too old
    addOrder(t, {gone, local("2026-02-01T10:00:00.000"), 50000});
    addOrder(t, {bert, local("2026-02-02T10:00:00.000"), 8000, QStringLiteral("cancelled")});

    DashboardAnalytics analytics(t.db(), t.clock());
    const auto top = analytics.topCustomers(Eur, 10);
    REQUIRE(top.ok());
    REQUIRE(top->size() == 3);
    // Anna and Bert tie at 35.00: the name decides.
    CHECK(top->at(0).name == QStringLiteral("Anna Weber"));
    CHECK(top->at(0).contactId == anna);
    CHECK(top->at(0).revenueMinor == 3500);
    CHECK(top->at(0).orders == 2);
    CHECK(top->at(1).name == QStringLiteral("Bert Klein"));
    CHECK(top->at(1).revenueMinor == 3500);
    CHECK(top->at(2).revenueMinor == 900);

    const auto two = analytics.topCustomers(Eur, 2);
    REQUIRE(two.ok());
    CHECK(two->size() == 2);
    CHECK(analytics.topCustomers(Eur, 0)->isEmpty());
}

TEST_CASE("Key figures compare this month with last month")
{
    TempDatabase t;
    addOrder(t, {0, local("2026-03-15T09:59:59.000"), 1999});
    addOrder(t, {0, local("2026-03-01T00:00:00.000"), 1});
    addOrder(t, {0, local("2026-02-01T00:00:00.000"), 10000});
    addOrder(t, {0, local("2026-02-28T23:59:59.999"), 250});
    addOrder(t, {0, local("2026-01-31T23:59:59.999"), 777}); // two months ago

    const auto kpis = DashboardAnalytics(t.db(), t.clock()).kpis(Eur);
    REQUIRE(kpis.ok());
    CHECK(kpis->revenueThisMonthMinor == 2000);
    CHECK(kpis->ordersThisMonth == 2);
    CHECK(kpis->revenueLastMonthMinor == 10250);
    CHECK(kpis->ordersLastMonth == 2);
}

TEST_CASE("Key figures count open, overdue and due-today follow-ups")
{
    TempDatabase t; // now: 2026-03-15 10:00 in the test's zone
    addFollowUp(t, local("2026-03-13T12:00:00.000")); // overdue
    addFollowUp(t, local("2026-03-14T11:00:00.000")); // overdue (yesterday)
    addFollowUp(t, local("2026-03-15T09:00:00.000")); // earlier today: today, not overdue
    addFollowUp(t, local("2026-03-15T11:00:00.000")); // later today
    addFollowUp(t, local("2026-03-20T09:00:00.000")); // upcoming
    addFollowUp(t, local("2026-03-01T09:00:00.000"), local("2026-03-02T09:00:00.000")); // done
    addFollowUp(t, local("2026-03-01T09:00:00.000"), {}, {}, Stamp); // in the trash
    // Snoozed until later: not overdue any more, but still open.
    addFollowUp(t, local("2026-03-10T09:00:00.000"), {}, local("2026-03-18T09:00:00.000"));

    const auto kpis = DashboardAnalytics(t.db(), t.clock()).kpis(Eur);
    REQUIRE(kpis.ok());
    CHECK(kpis->openFollowUps == 6);
    // "Today" is the business's local day; the times above are wall times in its zone.
    CHECK(kpis->overdueFollowUps == 2);
    CHECK(kpis->dueTodayFollowUps == 2);
}

TEST_CASE("Key figures weigh open deals by their probability")
{
    TempDatabase t;
    addDeal(t, 333, 50); // 166.5
    addDeal(t, 1001, 50); // 500.5 -> together 667 exactly
    addDeal(t, 10000, 10);
    addDeal(t, 99999, 90, QStringLiteral("won"));
    addDeal(t, 99999, 90, QStringLiteral("lost"));
    addDeal(t, 99999, 90, QStringLiteral("open"), Eur, Stamp);
    addDeal(t, 99999, 90, QStringLiteral("open"), QStringLiteral("USD"));

    const auto kpis = DashboardAnalytics(t.db(), t.clock()).kpis(Eur);
    REQUIRE(kpis.ok());
    CHECK(kpis->openDeals == 3);
    CHECK(kpis->openPipelineMinor == 11334);
    CHECK(kpis->weightedPipelineMinor == 667 + 1000);

    addDeal(t, 1, 50); // 0.5 more: 1667.5 rounds up
    CHECK(DashboardAnalytics(t.db(), t.clock()).kpis(Eur)->weightedPipelineMinor == 1668);
}

TEST_CASE("Percent division rounds half away from zero")
{
    CHECK(DashboardAnalytics::dividePercent(16650) == 167);
    CHECK(DashboardAnalytics::dividePercent(16649) == 166);
    CHECK(DashboardAnalytics::dividePercent(-16650) == -167);
    CHECK(DashboardAnalytics::dividePercent(-16649) == -166);
    CHECK(DashboardAnalytics::dividePercent(0) == 0);
}

TEST_CASE("Upcoming birthdays cover the next 30 days, soonest first")
{
    TempDatabase t; // today: 2026-03-15
    const qint64 today = addContact(t, QStringLiteral("Today Person"), 1990, 3, 15);
    addContact(t, QStringLiteral("Yearless"), 0, 4, 14); // day 30: included
    addContact(t, QStringLiteral("Too Late"), 1980, 4, 15); // day 31
    addContact(t, QStringLiteral("Yesterday"), 1980, 3, 14); // next year
    addContact(t, QStringLiteral("Trashed"), 1980, 3, 20, Stamp);
    addContact(t, QStringLiteral("No Birthday"));
    addContact(t, QStringLiteral("Soon"), 2000, 3, 16);

    const auto birthdays = DashboardAnalytics(t.db(), t.clock()).upcomingBirthdays(30);
    REQUIRE(birthdays.ok());
    REQUIRE(birthdays->size() == 3);
    CHECK(birthdays->at(0).contactId == today);
    CHECK(birthdays->at(0).date == QDate(2026, 3, 15));
    CHECK(birthdays->at(0).turning == 36);
    CHECK(birthdays->at(1).name == QStringLiteral("Soon"));
    CHECK(birthdays->at(1).turning == 26);
    CHECK(birthdays->at(2).name == QStringLiteral("Yearless"));
    CHECK(birthdays->at(2).date == QDate(2026, 4, 14));
    CHECK(birthdays->at(2).turning == -1);

    CHECK(DashboardAnalytics(t.db(), t.clock()).kpis(Eur)->birthdaysNext30Days == 3);
}

TEST_CASE("A 29 February birthday is found on 28 February in a common year")
{
    TempDatabase t;
    t.clock().set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), Qt::UTC));
    addContact(t, QStringLiteral("Leap"), 1996, 2, 29);
    const auto birthdays = DashboardAnalytics(t.db(), t.clock()).upcomingBirthdays(30);
    REQUIRE(birthdays.ok());
    REQUIRE(birthdays->size() == 1);
    CHECK(birthdays->first().date == QDate(2027, 2, 28));
    CHECK(birthdays->first().turning == 31);
}

TEST_CASE("The whole dashboard uses the business currency and is empty on a new database")
{
    TempDatabase t;
    REQUIRE(BusinessSettings(t.db()).setValue(BusinessSettings::Currency, QStringLiteral("CHF")).ok());
    DashboardAnalytics analytics(t.db(), t.clock());

    auto empty = analytics.compute();
    REQUIRE(empty.ok());
    CHECK(empty->currency == QStringLiteral("CHF"));
    CHECK(empty->revenueByMonth.size() == 12);
    for (const MonthRevenue &m : empty->revenueByMonth)
        CHECK(m.revenueMinor == 0);
    CHECK(empty->topCustomers.isEmpty());
    CHECK(empty->kpis.openDeals == 0);
    CHECK(empty->kpis.weightedPipelineMinor == 0);

    const qint64 anna = addContact(t, QStringLiteral("Anna"), 1990, 3, 20);
    addOrder(t,
             {anna, local("2026-03-10T10:00:00.000"), 4200, QStringLiteral("collected"), QStringLiteral("paid"),
              QStringLiteral("CHF")});
    addOrder(t,
             {anna, local("2026-03-10T10:00:00.000"), 999, QStringLiteral("collected"), QStringLiteral("paid"), Eur});
    auto data = analytics.compute();
    REQUIRE(data.ok());
    CHECK(data->today == QDate(2026, 3, 15));
    CHECK(data->revenueByMonth.last().revenueMinor == 4200);
    CHECK(data->kpis.revenueThisMonthMinor == 4200);
    REQUIRE(data->topCustomers.size() == 1);
    CHECK(data->topCustomers.first().revenueMinor == 4200);
    CHECK(data->ordersByWeekday[1] == 1); // 2026-03-10 is a Tuesday
    REQUIRE(data->upcomingBirthdays.size() == 1);
    CHECK(data->kpis.birthdaysNext30Days == 1);
}

TEST_CASE("Months, weekdays and this month's revenue are the business's local ones")
{
    TempDatabase t;
    // 2026-12-01 01:00 UTC is 17:00 on Monday 30 November in Portland and 02:00 on Tuesday
    // 1 December in Berlin.
    addOrder(t, {0, QStringLiteral("2026-12-01T01:00:00.000Z"), 1200});
    addOrder(t, {0, QStringLiteral("2026-12-10T12:00:00.000Z"), 34});
    const QDateTime now(QDate(2026, 12, 15), QTime(12, 0), Qt::UTC);

    const FixedClock portland(now, QTimeZone("America/Los_Angeles"));
    DashboardAnalytics la(t.db(), portland);
    const auto laMonths = la.revenueByMonth(Eur);
    REQUIRE(laMonths.ok());
    CHECK(laMonths->at(10).month == QDate(2026, 11, 1));
    CHECK(laMonths->at(10).revenueMinor == 1200);
    CHECK(laMonths->at(11).revenueMinor == 34);
    const auto laKpis = la.kpis(Eur);
    REQUIRE(laKpis.ok());
    CHECK(laKpis->revenueThisMonthMinor == 34);
    CHECK(laKpis->revenueLastMonthMinor == 1200);
    const std::array<int, 7> laDays = {1, 0, 0, 1, 0, 0, 0}; // Monday, and Thursday 10 December
    CHECK(la.ordersByWeekday(Eur).value() == laDays);

    const FixedClock berlin(now, QTimeZone("Europe/Berlin"));
    DashboardAnalytics de(t.db(), berlin);
    const auto deMonths = de.revenueByMonth(Eur);
    REQUIRE(deMonths.ok());
    CHECK(deMonths->at(10).revenueMinor == 0);
    CHECK(deMonths->at(11).revenueMinor == 1234);
    CHECK(de.kpis(Eur)->revenueThisMonthMinor == 1234);
    const std::array<int, 7> deDays = {0, 1, 0, 1, 0, 0, 0};
    CHECK(de.ordersByWeekday(Eur).value() == deDays);

    // The last moment of November in Auckland (UTC+13) is 10:59:59 UTC on 30 November.
    addOrder(t, {0, QStringLiteral("2026-11-30T10:59:59.999Z"), 5});
    addOrder(t, {0, QStringLiteral("2026-11-30T11:00:00.000Z"), 7});
    const FixedClock auckland(now, QTimeZone("Pacific/Auckland"));
    const auto nzMonths = DashboardAnalytics(t.db(), auckland).revenueByMonth(Eur);
    REQUIRE(nzMonths.ok());
    CHECK(nzMonths->at(10).revenueMinor == 5);
    CHECK(nzMonths->at(11).revenueMinor == 1234 + 7);
}

TEST_CASE("Weekdays follow zones whose offset is not a whole hour")
{
    TempDatabase t;
    // 18:20 UTC on Tuesday 1 December is 00:05 on Wednesday in Kathmandu (UTC+05:45).
    addOrder(t, {0, QStringLiteral("2026-12-01T18:20:00.000Z"), 100});
    addOrder(t, {0, QStringLiteral("2026-12-01T18:14:00.000Z"), 100}); // 23:59 on Tuesday
    const FixedClock kathmandu(QDateTime(QDate(2026, 12, 15), QTime(12, 0), Qt::UTC), QTimeZone("Asia/Kathmandu"));
    const std::array<int, 7> expected = {0, 1, 1, 0, 0, 0, 0};
    CHECK(DashboardAnalytics(t.db(), kathmandu).ordersByWeekday(Eur).value() == expected);
}

TEST_CASE("Follow-up figures and birthdays use the business's today")
{
    TempDatabase t;
    // 10:00 UTC on 5 April is 22:00 in Auckland, on the day summer time ends (25 hours long).
    const FixedClock auckland(QDateTime(QDate(2026, 4, 5), QTime(10, 0), Qt::UTC), QTimeZone("Pacific/Auckland"));
    addFollowUp(t, QStringLiteral("2026-04-04T10:59:00.000Z")); // 23:59 on 4 April: overdue
    addFollowUp(t, QStringLiteral("2026-04-04T11:30:00.000Z")); // 00:30 on 5 April (UTC+13): today
    addFollowUp(t, QStringLiteral("2026-04-05T11:30:00.000Z")); // 23:30 on 5 April (UTC+12): today
    addFollowUp(t, QStringLiteral("2026-04-05T12:00:00.000Z")); // midnight: tomorrow
    addContact(t, QStringLiteral("Kiri"), 1990, 4, 5);
    addContact(t, QStringLiteral("Tama"), 0, 4, 4);
    const auto kpis = DashboardAnalytics(t.db(), auckland).kpis(Eur);
    REQUIRE(kpis.ok());
    CHECK(kpis->openFollowUps == 4);
    CHECK(kpis->overdueFollowUps == 1);
    CHECK(kpis->dueTodayFollowUps == 2);

    const auto birthdays = DashboardAnalytics(t.db(), auckland).upcomingBirthdays(30);
    REQUIRE(birthdays.ok());
    REQUIRE(birthdays->size() == 1);
    CHECK(birthdays->at(0).name == QStringLiteral("Kiri"));
    CHECK(birthdays->at(0).date == QDate(2026, 4, 5));
    CHECK(birthdays->at(0).turning == 36);
    // At 06:00 UTC it is 19:00 on 5 April in Auckland but 23:00 on 4 April in Los Angeles, where
    // Tama's birthday is today.
    const FixedClock la(QDateTime(QDate(2026, 4, 5), QTime(6, 0), Qt::UTC), QTimeZone("America/Los_Angeles"));
    const auto laBirthdays = DashboardAnalytics(t.db(), la).upcomingBirthdays(0);
    REQUIRE(laBirthdays.ok());
    REQUIRE(laBirthdays->size() == 1);
    CHECK(laBirthdays->at(0).name == QStringLiteral("Tama"));
}
