#include "import/mapping/valueparsers.h"

#include "qtcatch.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {
// Times without an offset are read in the business's zone; the tests state one.
const QTimeZone Chicago("America/Chicago");
} // namespace
using namespace clientele::ValueParsers;

namespace {

QDate date(const QString &text, DateOrder order = DateOrder::Auto)
{
    return parseDate(text, order).date();
}

ParsedDate::Kind kindOf(const QString &text, DateOrder order = DateOrder::Auto)
{
    return parseDate(text, order).kind;
}

} // namespace

TEST_CASE("ISO dates and year-first dates parse")
{
    CHECK(date(QStringLiteral("1984-05-14")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("1984-5-4")) == QDate(1984, 5, 4));
    CHECK(date(QStringLiteral("1984/05/14")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("1984.05.14")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("19840514")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("  2024-02-29  ")) == QDate(2024, 2, 29));
    // A trailing time is ignored.
    CHECK(date(QStringLiteral("2024-01-15 10:23:45 -0500")) == QDate(2024, 1, 15));
    CHECK(date(QStringLiteral("2024-01-15T10:23:45Z")) == QDate(2024, 1, 15));
}

TEST_CASE("day-first and month-first dates follow the date order")
{
    CHECK(date(QStringLiteral("14.05.1984")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("3.4.1970")) == QDate(1970, 4, 3));
    CHECK(date(QStringLiteral("03/04/2025"), DateOrder::DayMonthYear) == QDate(2025, 4, 3));
    CHECK(date(QStringLiteral("03/04/2025"), DateOrder::MonthDayYear) == QDate(2025, 3, 4));
    CHECK(date(QStringLiteral("03-04-2025"), DateOrder::MonthDayYear) == QDate(2025, 3, 4));
    CHECK(date(QStringLiteral("14/05/1984"), DateOrder::DayMonthYear) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("05/14/1984"), DateOrder::MonthDayYear) == QDate(1984, 5, 14));
    // A part above 12 can only be the day, whatever the order says.
    CHECK(date(QStringLiteral("14/05/1984"), DateOrder::MonthDayYear) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("05/14/1984"), DateOrder::DayMonthYear) == QDate(1984, 5, 14));
}

TEST_CASE("two-digit years pivot like Excel")
{
    CHECK(date(QStringLiteral("14.05.84")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("12/31/23"), DateOrder::MonthDayYear) == QDate(2023, 12, 31));
    CHECK(date(QStringLiteral("01/02/29"), DateOrder::DayMonthYear) == QDate(2029, 2, 1));
    CHECK(date(QStringLiteral("01/02/30"), DateOrder::DayMonthYear) == QDate(1930, 2, 1));
}

TEST_CASE("Excel serial numbers in a date column are dates")
{
    CHECK(date(QStringLiteral("45000")) == QDate(2023, 3, 15));
    CHECK(date(QStringLiteral("30816")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("45000.75")) == QDate(2023, 3, 15));
    CHECK(kindOf(QStringLiteral("0")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("9999999")) == ParsedDate::Kind::Invalid);
}

TEST_CASE("a number that could only be a day of the month is never a date")
{
    CHECK(kindOf(QStringLiteral("14")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("31")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("366")) == ParsedDate::Kind::Invalid);
    CHECK(date(QStringLiteral("367")) == QDate(1901, 1, 1));
}

TEST_CASE("Outlook's empty dates read as no date")
{
    CHECK(kindOf(QStringLiteral("0/0/00")) == ParsedDate::Kind::Empty);
    CHECK(kindOf(QStringLiteral("1/0/00")) == ParsedDate::Kind::Empty);
    CHECK(kindOf(QStringLiteral("0.0.00")) == ParsedDate::Kind::Empty);
    CHECK(kindOf(QStringLiteral("00/00/0000")) == ParsedDate::Kind::Empty);
    CHECK(kindOf(QStringLiteral("")) == ParsedDate::Kind::Empty);
    CHECK(kindOf(QStringLiteral("   ")) == ParsedDate::Kind::Empty);
    CHECK(parseDate(QStringLiteral("0/0/00")).birthday().isNull());
}

TEST_CASE("dates without a year become yearless birthdays")
{
    const ParsedDate square = parseDate(QStringLiteral("05-14"));
    CHECK(square.kind == ParsedDate::Kind::Yearless);
    CHECK(square.birthday() == Birthday {0, 5, 14});
    CHECK(parseDate(QStringLiteral("--0514")).birthday() == Birthday {0, 5, 14});
    CHECK(parseDate(QStringLiteral("--05-14")).birthday() == Birthday {0, 5, 14});
    CHECK(parseDate(QStringLiteral("0000-05-14")).birthday() == Birthday {0, 5, 14});
    CHECK(parseDate(QStringLiteral("07/15"), DateOrder::MonthDayYear).birthday() == Birthday {0, 7, 15});
    CHECK(parseDate(QStringLiteral("14.05.")).birthday() == Birthday {0, 5, 14});
    CHECK(parseDate(QStringLiteral("--0229")).birthday() == Birthday {0, 2, 29});
    CHECK(parseDate(QStringLiteral("1984-05-14")).birthday() == Birthday {1984, 5, 14});
    CHECK(kindOf(QStringLiteral("--1332")) == ParsedDate::Kind::Invalid);
}

TEST_CASE("dates with month names in four languages parse")
{
    CHECK(date(QStringLiteral("14 May 1984")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("May 14, 1984")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("14-May-84")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("Sept 3rd 2001")) == QDate(2001, 9, 3));
    CHECK(date(QStringLiteral("14. Mai 1984")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("3. März 1970")) == QDate(1970, 3, 3));
    CHECK(date(QStringLiteral("1er août 1990")) == QDate(1990, 8, 1));
    CHECK(date(QStringLiteral("14 de mayo de 1984")) == QDate(1984, 5, 14));
    CHECK(date(QStringLiteral("2 diciembre 2020")) == QDate(2020, 12, 2));
    CHECK(parseDate(QStringLiteral("14 May")).birthday() == Birthday {0, 5, 14});
}

TEST_CASE("text that is not a date is invalid")
{
    CHECK(kindOf(QStringLiteral("soon")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("31.02.2024")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("2023-02-29")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("13/13/2020")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("=TODAY()")) == ParsedDate::Kind::Invalid);
    CHECK(kindOf(QStringLiteral("May June 1984")) == ParsedDate::Kind::Invalid);
}

TEST_CASE("date order is inferred from the evidence in the samples")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    // A first part above 12: day first, whatever the fallback.
    CHECK(inferDateOrder({QStringLiteral("03/04/2025"), QStringLiteral("25/12/2024")}, DateOrder::MonthDayYear, us)
          == DateOrder::DayMonthYear);
    // A second part above 12: month first.
    CHECK(inferDateOrder({QStringLiteral("03/04/2025"), QStringLiteral("12/25/2024")}, DateOrder::DayMonthYear, de)
          == DateOrder::MonthDayYear);
    // No evidence: the option, then the locale.
    CHECK(inferDateOrder({QStringLiteral("03/04/2025"), QStringLiteral("1984-05-14")}, DateOrder::MonthDayYear, de)
          == DateOrder::MonthDayYear);
    CHECK(inferDateOrder({QStringLiteral("03/04/2025")}, DateOrder::Auto, us) == DateOrder::MonthDayYear);
    CHECK(inferDateOrder({QStringLiteral("03/04/2025")}, DateOrder::Auto, de) == DateOrder::DayMonthYear);
    CHECK(inferDateOrder({}, DateOrder::Auto, de) == DateOrder::DayMonthYear);
    CHECK(localeDateOrder(us) == DateOrder::MonthDayYear);
    CHECK(localeDateOrder(de) == DateOrder::DayMonthYear);
}

TEST_CASE("date-times are read in UTC")
{
    CHECK(parseDateTime(QStringLiteral("2024-01-15 10:23:45 -0500"), Chicago)
          == QDateTime(QDate(2024, 1, 15), QTime(15, 23, 45), Qt::UTC));
    CHECK(parseDateTime(QStringLiteral("2024-02-01 08:15:00 +0100"), Chicago)
          == QDateTime(QDate(2024, 2, 1), QTime(7, 15), Qt::UTC));
    CHECK(parseDateTime(QStringLiteral("2024-01-15T10:23:45Z"), Chicago)
          == QDateTime(QDate(2024, 1, 15), QTime(10, 23, 45), Qt::UTC));
    CHECK(parseDateTime(QStringLiteral("2024-01-15T10:23:45.123+05:30"), Chicago)
          == QDateTime(QDate(2024, 1, 15), QTime(4, 53, 45), Qt::UTC));
    // A date alone is noon UTC, so it is the same day in every time zone.
    CHECK(parseDateTime(QStringLiteral("12/31/23"), Chicago, DateOrder::MonthDayYear)
          == QDateTime(QDate(2023, 12, 31), QTime(12, 0), Qt::UTC));
    // Without an offset the time is local.
    CHECK(parseDateTime(QStringLiteral("03/05/2024 2:22 PM"), Chicago, DateOrder::MonthDayYear)
          == QDateTime(QDate(2024, 3, 5), QTime(14, 22), Chicago).toUTC());
    CHECK(parseDateTime(QStringLiteral("2023-01-10 09:05:12"), Chicago)
          == QDateTime(QDate(2023, 1, 10), QTime(9, 5, 12), Chicago).toUTC());
    // The same wall time is another instant in another business's zone.
    CHECK(parseDateTime(QStringLiteral("2023-01-10 09:05:12"), QTimeZone("Pacific/Auckland"))
          == QDateTime(QDate(2023, 1, 9), QTime(20, 5, 12), Qt::UTC));
    CHECK_FALSE(parseDateTime(QStringLiteral(""), Chicago).isValid());
    CHECK_FALSE(parseDateTime(QStringLiteral("yesterday"), Chicago).isValid());
    CHECK_FALSE(parseDateTime(QStringLiteral("2024-01-15 25:00"), Chicago).isValid());
}
