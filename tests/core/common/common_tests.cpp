#include "qtcatch.h"

#include "common/clock.h"
#include "common/money.h"
#include "common/timeformat.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("money formats from integer minor units without losing a cent")
{
    CHECK(currencyDigits(QStringLiteral("EUR")) == 2);
    CHECK(currencyDigits(QStringLiteral("jpy")) == 0);
    CHECK(currencyDigits(QStringLiteral("KWD")) == 3);
    CHECK(formatMoney({1250, QStringLiteral("USD")}, QStringLiteral("en_US")) == QStringLiteral("$12.50"));
    CHECK(formatMoney({-5, QStringLiteral("USD")}, QStringLiteral("en_US")) == QStringLiteral("-$0.05"));
    CHECK(formatMoney({123456789, QStringLiteral("USD")}, QStringLiteral("en_US")) == QStringLiteral("$1,234,567.89"));
    CHECK(formatMoney({1500, QStringLiteral("JPY")}, QStringLiteral("ja_JP")).endsWith(QStringLiteral("1,500")));
    // 2^53 + 1 cents is where a double would start to drop cents.
    CHECK(formatMoney({9007199254740993LL, QStringLiteral("USD")}, QStringLiteral("en_US"))
              .endsWith(QStringLiteral(".93")));
    // A currency foreign to the locale is shown by its code.
    CHECK(formatMoney({995, QStringLiteral("EUR")}, QStringLiteral("en_US")) == QStringLiteral("EUR 9.95"));
}

TEST_CASE("times are stored as UTC ISO-8601 and dates as ISO dates")
{
    const QDateTime local(QDate(2026, 7, 1), QTime(14, 30, 15, 250), Qt::OffsetFromUTC, 2 * 3600);
    CHECK(toStoredTime(local) == QStringLiteral("2026-07-01T12:30:15.250Z"));
    CHECK(fromStoredTime(QStringLiteral("2026-07-01T12:30:15.250Z")) == local);
    CHECK(fromStoredTime(QStringLiteral("2026-07-01T12:30:15Z")).isValid());
    CHECK(toStoredTime(QDateTime()).isEmpty());
    CHECK_FALSE(fromStoredTime(QString()).isValid());
    CHECK(toStoredDate(QDate(2026, 2, 3)) == QStringLiteral("2026-02-03"));
    CHECK(fromStoredDate(QStringLiteral("2026-02-03")) == QDate(2026, 2, 3));
}

TEST_CASE("a fixed clock stands still until moved")
{
    FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC));
    CHECK(clock.nowUtc() == clock.nowUtc());
    clock.advanceSecs(3600);
    CHECK(clock.today() == QDate(2027, 1, 1));
}
