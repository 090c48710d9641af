#pragma once

#include <QDate>
#include <QDateTime>

namespace clientele {

/// Source of the current time. Core code asks a Clock instead of QDateTime::currentDateTimeUtc()
/// so that tests can pin or step time (birthdays, due follow-ups, "last 18 months").
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    /// Today's date in the user's local time zone: due dates and birthdays are local dates.
    virtual QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until told otherwise; for tests and deterministic sample data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now.toUTC())
    { }
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

/// The process-wide system clock, for callers that do not inject one.
const Clock &systemClock();

} // namespace clientele
