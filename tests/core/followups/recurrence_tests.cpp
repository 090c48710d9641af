#include "../products/domaintesthelpers.h"

#include "followups/recurrence.h"

#include <catch2/catch.hpp>

using namespace clientele;

using Frequency = RecurrenceRule::Frequency;

TEST_CASE("recurrence rules are parsed case-insensitively and written canonically")
{
    const auto daily = RecurrenceRule::parse(QStringLiteral("FREQ=DAILY"));
    REQUIRE_OK(daily);
    CHECK(daily->frequency == Frequency::Daily);
    CHECK(daily->interval == 1);
    CHECK(daily->toString() == QStringLiteral("FREQ=DAILY"));

    const auto fortnightly = RecurrenceRule::parse(QStringLiteral(" interval=2 ; freq=weekly "));
    REQUIRE_OK(fortnightly);
    CHECK(fortnightly->frequency == Frequency::Weekly);
    CHECK(fortnightly->interval == 2);
    CHECK(fortnightly->toString() == QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));

    const auto monthly = RecurrenceRule::parse(QStringLiteral("RRULE:FREQ=MONTHLY;BYMONTHDAY=31"));
    REQUIRE_OK(monthly);
    CHECK(monthly->frequency == Frequency::Monthly);
    CHECK(monthly->monthDay == 31);
    CHECK(monthly->toString() == QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=31"));

    CHECK(RecurrenceRule::parse(QStringLiteral("FREQ=YEARLY"))->frequency == Frequency::Yearly);
    CHECK(fortnightly->displayText() != daily->displayText());
}

TEST_CASE("rules outside the supported subset are rejected with the recurrence field")
{
    const QStringList invalid = {QString(),
                                 QStringLiteral("FREQ=HOURLY"),
                                 QStringLiteral("FREQ=DAILY;INTERVAL=0"),
                                 QStringLiteral("FREQ=DAILY;INTERVAL=two"),
                                 QStringLiteral("FREQ=DAILY;INTERVAL=1000"),
                                 QStringLiteral("INTERVAL=2"),
                                 QStringLiteral("FREQ=DAILY;COUNT=3"),
                                 QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                                 QStringLiteral("FREQ=DAILY;BYMONTHDAY=3"),
                                 QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=32"),
                                 QStringLiteral("FREQ"),
                                 QStringLiteral("every week")};
    for (const QString &text : invalid) {
        INFO(text.toStdString());
        const auto rule = RecurrenceRule::parse(text);
        REQUIRE_FALSE(rule.ok());
        CHECK(rule.error().field == QStringLiteral("recurrence"));
        CHECK_FALSE(rule.errorMessage().isEmpty());
    }
    CHECK(RecurrenceRule::isValid(QString()));
    CHECK(RecurrenceRule::isValid(QStringLiteral("FREQ=MONTHLY;INTERVAL=3")));
    CHECK_FALSE(RecurrenceRule::isValid(QStringLiteral("FREQ=SECONDLY")));
}

TEST_CASE("daily and weekly rules step by their interval and keep the time of day")
{
    RecurrenceRule daily;
    CHECK(daily.next(utc(2026, 3, 15, 9, 30), QTimeZone::utc()) == utc(2026, 3, 16, 9, 30));
    daily.interval = 3;
    CHECK(daily.next(utc(2026, 2, 27, 9), QTimeZone::utc()) == utc(2026, 3, 2, 9));

    RecurrenceRule weekly {Frequency::Weekly, 2, 0};
    CHECK(weekly.next(utc(2026, 3, 15, 9), QTimeZone::utc()) == utc(2026, 3, 29, 9));
    CHECK(weekly.next(utc(2026, 12, 28, 9), QTimeZone::utc()) == utc(2027, 1, 11, 9));
    CHECK_FALSE(weekly.next(QDateTime(), QTimeZone::utc()).isValid());
}

TEST_CASE("monthly rules clamp to the month's end and return to the original day")
{
    RecurrenceRule monthly {Frequency::Monthly, 1, 0};
    CHECK(monthly.next(utc(2026, 1, 31, 9), QTimeZone::utc()) == utc(2026, 2, 28, 9));
    CHECK(monthly.next(utc(2028, 1, 31, 9), QTimeZone::utc()) == utc(2028, 2, 29, 9));
    CHECK(monthly.next(utc(2026, 3, 15, 9), QTimeZone::utc()) == utc(2026, 4, 15, 9));
    CHECK(monthly.next(utc(2026, 12, 15, 9), QTimeZone::utc()) == utc(2027, 1, 15, 9));

    // Once clamped to February 28, the rule's day brings March back to the 31st.
    RecurrenceRule onThe31st {Frequency::Monthly, 1, 31};
    CHECK(onThe31st.next(utc(2026, 2, 28, 9), QTimeZone::utc()) == utc(2026, 3, 31, 9));
    CHECK(onThe31st.next(utc(2026, 3, 31, 9), QTimeZone::utc()) == utc(2026, 4, 30, 9));

    // nextAfter keeps the first occurrence's day on its own, even across a short month.
    CHECK(monthly.nextAfter(utc(2026, 1, 31, 9), utc(2026, 3, 1), QTimeZone::utc()) == utc(2026, 3, 31, 9));

    RecurrenceRule quarterly {Frequency::Monthly, 3, 0};
    CHECK(quarterly.next(utc(2026, 11, 30, 9), QTimeZone::utc()) == utc(2027, 2, 28, 9));
}

TEST_CASE("yearly rules move February 29 to February 28 and back in leap years")
{
    RecurrenceRule yearly {Frequency::Yearly, 1, 0};
    CHECK(yearly.next(utc(2028, 2, 29, 9), QTimeZone::utc()) == utc(2029, 2, 28, 9));
    CHECK(yearly.next(utc(2026, 7, 4, 9), QTimeZone::utc()) == utc(2027, 7, 4, 9));

    RecurrenceRule leapDay {Frequency::Yearly, 1, 29};
    CHECK(leapDay.next(utc(2029, 2, 28, 9), QTimeZone::utc()) == utc(2030, 2, 28, 9));
    CHECK(leapDay.next(utc(2031, 2, 28, 9), QTimeZone::utc()) == utc(2032, 2, 29, 9));
    CHECK(yearly.nextAfter(utc(2028, 2, 29, 9), utc(2031, 3, 1), QTimeZone::utc()) == utc(2032, 2, 29, 9));
}

TEST_CASE("nextAfter skips the occurrences that already passed")
{
    RecurrenceRule daily;
    CHECK(daily.nextAfter(utc(2026, 3, 10, 9), utc(2026, 3, 15, 10), QTimeZone::utc()) == utc(2026, 3, 16, 9));
    // Completed before it was due: still one step on.
    CHECK(daily.nextAfter(utc(2026, 3, 20, 9), utc(2026, 3, 15, 10), QTimeZone::utc()) == utc(2026, 3, 21, 9));
    RecurrenceRule weekly {Frequency::Weekly, 1, 0};
    CHECK(weekly.nextAfter(utc(2026, 3, 1, 9), utc(2026, 3, 15, 10), QTimeZone::utc()) == utc(2026, 3, 22, 9));
}
