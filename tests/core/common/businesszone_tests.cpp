// The business's own calendar: days, weeks and months of the Clock's zone as UTC instants,
// across daylight-saving changes, and the time zone setting a book is opened with.
#include "tempdatabase.h"

#include "common/clock.h"
#include "settings/businesssettings.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QDateTime utcAt(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QTimeZone zone(const char *id)
{
    const QTimeZone z(id);
    REQUIRE(z.isValid());
    return z;
}

qint64 hoursBetween(const QDateTime &a, const QDateTime &b)
{
    return a.secsTo(b) / 3600;
}

} // namespace

TEST_CASE("today is the business's local day, not the UTC one")
{
    const QDateTime instant = utcAt(2026, 12, 1, 1); // 17:00 on 30 November in Portland
    CHECK(FixedClock(instant, zone("America/Los_Angeles")).today() == QDate(2026, 11, 30));
    CHECK(FixedClock(instant, zone("Europe/Berlin")).today() == QDate(2026, 12, 1));
    CHECK(FixedClock(instant, zone("Pacific/Auckland")).today() == QDate(2026, 12, 1));
    CHECK(FixedClock(utcAt(2026, 11, 30, 11), zone("Pacific/Auckland")).today() == QDate(2026, 12, 1));
    // A fixed clock that states no zone keeps UTC's calendar.
    CHECK(FixedClock(instant).today() == QDate(2026, 12, 1));
    CHECK(FixedClock(instant).timeZone() == QTimeZone::utc());
    CHECK(FixedClock(instant, zone("America/Los_Angeles")).localDate(utcAt(2026, 12, 1, 8)) == QDate(2026, 12, 1));
}

TEST_CASE("a local day of 23 or 25 hours around a daylight-saving change is still one day")
{
    const FixedClock la(utcAt(2026, 3, 8, 12), zone("America/Los_Angeles"));
    CHECK(la.startOfDay(QDate(2026, 3, 8)) == utcAt(2026, 3, 8, 8));
    CHECK(la.startOfDay(QDate(2026, 3, 9)) == utcAt(2026, 3, 9, 7));
    CHECK(hoursBetween(la.startOfDay(QDate(2026, 3, 8)), la.startOfDay(QDate(2026, 3, 9))) == 23);

    const FixedClock berlin(utcAt(2026, 10, 25, 12), zone("Europe/Berlin"));
    CHECK(berlin.startOfDay(QDate(2026, 10, 25)) == utcAt(2026, 10, 24, 22));
    CHECK(berlin.startOfDay(QDate(2026, 10, 26)) == utcAt(2026, 10, 25, 23));
    CHECK(hoursBetween(berlin.startOfDay(QDate(2026, 10, 25)), berlin.startOfDay(QDate(2026, 10, 26))) == 25);

    const FixedClock auckland(utcAt(2026, 4, 5, 0), zone("Pacific/Auckland"));
    CHECK(auckland.startOfDay(QDate(2026, 4, 5)) == utcAt(2026, 4, 4, 11));
    CHECK(auckland.startOfDay(QDate(2026, 4, 6)) == utcAt(2026, 4, 5, 12));
    CHECK(hoursBetween(auckland.startOfDay(QDate(2026, 4, 5)), auckland.startOfDay(QDate(2026, 4, 6))) == 25);
    // 23:30 on the long day is still that day, and 00:30 the next is not.
    CHECK(auckland.localDate(auckland.atLocal(QDate(2026, 4, 5), QTime(23, 30))) == QDate(2026, 4, 5));
    CHECK(auckland.atLocal(QDate(2026, 4, 5), QTime(23, 30)) == utcAt(2026, 4, 5, 11, 30));
}

TEST_CASE("weeks start on Monday and months on the first, in the business's zone")
{
    CHECK(firstDayOfWeek(QDate(2026, 3, 8)) == QDate(2026, 3, 2)); // a Sunday
    CHECK(firstDayOfWeek(QDate(2026, 3, 9)) == QDate(2026, 3, 9)); // a Monday
    CHECK(firstDayOfWeek(QDate(2027, 1, 1)) == QDate(2026, 12, 28));
    CHECK(firstDayOfMonth(QDate(2026, 2, 28)) == QDate(2026, 2, 1));
    CHECK_FALSE(firstDayOfWeek(QDate()).isValid());

    // The week in which Los Angeles changes to summer time is an hour short.
    const FixedClock la(utcAt(2026, 3, 8, 12), zone("America/Los_Angeles"));
    CHECK(la.startOfWeek(QDate(2026, 3, 8)) == utcAt(2026, 3, 2, 8));
    CHECK(la.startOfWeek(QDate(2026, 3, 9)) == utcAt(2026, 3, 9, 7));
    CHECK(hoursBetween(la.startOfWeek(QDate(2026, 3, 8)), la.startOfWeek(QDate(2026, 3, 9))) == 7 * 24 - 1);

    // November 2026 in Los Angeles starts in summer time and ends in standard time.
    CHECK(la.startOfMonth(QDate(2026, 11, 30)) == utcAt(2026, 11, 1, 7));
    CHECK(la.startOfMonth(QDate(2026, 12, 1)) == utcAt(2026, 12, 1, 8));
    const FixedClock berlin(utcAt(2026, 12, 1, 1), zone("Europe/Berlin"));
    CHECK(berlin.startOfMonth(QDate(2026, 12, 1)) == utcAt(2026, 11, 30, 23));
}

TEST_CASE("a zoned clock reads another clock's time in its own zone")
{
    FixedClock source(utcAt(2026, 12, 1, 1), zone("Europe/Berlin"));
    const ZonedClock portland(source, zone("America/Los_Angeles"));
    CHECK(portland.nowUtc() == source.nowUtc());
    CHECK(portland.today() == QDate(2026, 11, 30));
    source.advanceSecs(8 * 3600);
    CHECK(portland.today() == QDate(2026, 12, 1));
    CHECK(SystemClock(zone("Pacific/Auckland")).timeZone().id() == QByteArray("Pacific/Auckland"));
}

TEST_CASE("the business time zone setting gives an opened book its calendar")
{
    TempDatabase temp;
    BusinessSettings settings(temp.db());
    // Unset: the zone of the clock the book was opened with (the machine's, for the program).
    CHECK(settings.value(BusinessSettings::TimeZone).isEmpty());
    CHECK(settings.timeZone(temp.clock().timeZone()) == temp.clock().timeZone());
    CHECK(temp.database().clock().timeZone() == temp.clock().timeZone());

    const Status refused = settings.setTimeZone(QStringLiteral("Mars/Olympus_Mons"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("Mars/Olympus_Mons")));
    CHECK(settings.value(BusinessSettings::TimeZone).isEmpty());

    REQUIRE(settings.setTimeZone(QStringLiteral("Pacific/Auckland")).ok());
    CHECK(settings.timeZone(QTimeZone::utc()).id() == QByteArray("Pacific/Auckland"));
    temp.reopen();
    temp.clock().set(utcAt(2026, 11, 30, 11)); // 00:00 on 1 December in Auckland
    CHECK(temp.database().clock().timeZone().id() == QByteArray("Pacific/Auckland"));
    CHECK(temp.database().clock().today() == QDate(2026, 12, 1));
    CHECK(temp.database().clock().nowUtc() == temp.clock().nowUtc());

    // An id that this computer no longer knows falls back rather than breaking the book.
    REQUIRE(BusinessSettings(temp.db()).setValue(BusinessSettings::TimeZone, QStringLiteral("Nowhere/Gone")).ok());
    CHECK(BusinessSettings(temp.db()).timeZone(QTimeZone::utc()) == QTimeZone::utc());

    REQUIRE(BusinessSettings(temp.db()).setTimeZone(QString()).ok());
    temp.reopen();
    CHECK(temp.database().clock().timeZone() == temp.clock().timeZone());
}
