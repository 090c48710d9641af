#pragma once

#include "timeformat.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <utility>

namespace clientele {

/// Source of the current time, and the business's calendar. Core code asks a Clock instead of
/// QDateTime::currentDateTimeUtc() so that tests can pin or step time (birthdays, due follow-ups,
/// "last 18 months"), and it asks the Clock's zone, never the machine's, what day or month an
/// instant belongs to: "today", "overdue" and a month in a chart are days of the business's own
/// calendar (an order at 17:00 on 30 November in Portland is a November order).
class Clock
{
public:
    explicit Clock(QTimeZone zone)
        : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    { }
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;

    /// The business's time zone: days, weeks and months are its local ones.
    const QTimeZone &timeZone() const { return m_zone; }

    /// Today's date in the business's time zone: due dates and birthdays are local dates.
    QDate today() const { return localDate(nowUtc()); }
    /// The instant `time` as wall-clock time in the business's zone.
    QDateTime toLocal(const QDateTime &time) const { return time.toTimeZone(m_zone); }
    /// The business-local day an instant falls on.
    QDate localDate(const QDateTime &time) const { return time.toTimeZone(m_zone).date(); }
    /// The UTC instant of a wall-clock time in the business's zone.
    QDateTime atLocal(const QDate &day, const QTime &time) const { return QDateTime(day, time, m_zone).toUTC(); }

    /// Where a business-local day, week or month starts, as a UTC instant; each ends where the
    /// next one starts (see timeformat.h).
    QDateTime startOfDay(const QDate &day) const { return startOfLocalDay(day, m_zone); }
    QDateTime startOfWeek(const QDate &day) const { return startOfLocalDay(firstDayOfWeek(day), m_zone); }
    QDateTime startOfMonth(const QDate &day) const { return startOfLocalDay(firstDayOfMonth(day), m_zone); }

private:
    QTimeZone m_zone;
};

/// The machine's clock, in the machine's time zone unless told another one.
class SystemClock final : public Clock
{
public:
    explicit SystemClock(QTimeZone zone = QTimeZone::systemTimeZone())
        : Clock(std::move(zone))
    { }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until told otherwise; for tests and deterministic sample data. Its
/// zone is stated by the test (UTC when it is not).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now, QTimeZone zone = QTimeZone::utc())
        : Clock(std::move(zone))
        , m_now(now.toUTC())
    { }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

/// Another clock's time read in a given zone: what a book's own zone (the business time zone
/// setting) makes of the program's clock. `source` must outlive it.
class ZonedClock final : public Clock
{
public:
    ZonedClock(const Clock &source, QTimeZone zone)
        : Clock(std::move(zone))
        , m_source(source)
    { }
    QDateTime nowUtc() const override { return m_source.nowUtc(); }

private:
    const Clock &m_source;
};

/// The process-wide system clock in the machine's zone, for callers that do not inject one.
const Clock &systemClock();

} // namespace clientele
