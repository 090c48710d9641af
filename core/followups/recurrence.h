#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace clientele {

/// The subset of iCalendar RRULE that follow-ups repeat by:
/// "FREQ=DAILY|WEEKLY|MONTHLY|YEARLY[;INTERVAL=n][;BYMONTHDAY=d]".
///
/// Monthly and yearly rules keep the day of the month where the calendar allows it: a follow-up
/// due on January 31 repeats on February 28 (29 in leap years), then March 31. Because the
/// follow-up that falls on February 28 no longer knows it started on the 31st, the repository
/// stores such rules with BYMONTHDAY (the RRULE way to name the intended day).
struct RecurrenceRule
{
    enum class Frequency { Daily, Weekly, Monthly, Yearly };

    Frequency frequency = Frequency::Daily;
    int interval = 1; ///< 1..999
    int monthDay = 0; ///< 1..31 for monthly/yearly rules; 0: the day of the occurrence itself

    /// Reads a rule (case-insensitive, parts in any order). Fails with field "recurrence" on
    /// anything outside the subset, so an unsupported rule is never silently ignored.
    static Result<RecurrenceRule> parse(const QString &text);
    /// True for an empty text (does not repeat) or a rule parse() accepts.
    static bool isValid(const QString &text);
    /// The canonical text, e.g. "FREQ=WEEKLY;INTERVAL=2"; INTERVAL=1 and an unset day are left out.
    QString toString() const;

    /// The occurrence after `occurrence`. Calendar arithmetic happens in the business's zone
    /// (`zone`, the Clock's) so that a 09:00 follow-up stays at 09:00 across daylight-saving
    /// changes; the result is UTC.
    QDateTime next(const QDateTime &occurrence, const QTimeZone &zone) const;
    /// The first occurrence after `occurrence` that is later than `after` (at least one step),
    /// for completing a follow-up late without leaving a trail of overdue repeats.
    QDateTime nextAfter(const QDateTime &occurrence, const QDateTime &after, const QTimeZone &zone) const;

    /// A translated description for display ("Every 2 weeks", "Monthly").
    QString displayText() const;

    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;
};

} // namespace clientele
