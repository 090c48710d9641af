#pragma once

#include "followup.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Which follow-ups to list. The states are relative to the repository's clock and use the
/// effective due time (the snooze time when snoozed); "today" is the clock's local day.
struct FollowUpListQuery
{
    enum class State {
        Open, ///< not done; due time ascending
        Overdue, ///< not done, due before today
        DueToday, ///< not done, due today
        Upcoming, ///< not done, due after today
        Done, ///< done; most recently done first
        All ///< done or not; open ones first by due time, then done ones
    };

    State state = State::Open;
    bool inTrash = false; ///< false: live follow-ups only; true: the trash only
    qint64 contactId = 0; ///< 0: any
    qint64 orderId = 0; ///< 0: any
    qint64 dealId = 0; ///< 0: any
    int offset = 0;
    int limit = 200; ///< <= 0: no limit
};

/// Creates, completes, snoozes and trashes follow-ups. Completing a repeating follow-up creates
/// its next occurrence. Every write validates first, is one transaction and records an audit-log
/// row.
class FollowUpRepository final
{
public:
    FollowUpRepository(QSqlDatabase db, const Clock &clock);

    Result<qint64> create(FollowUp followUp);
    Result<FollowUp> get(qint64 id) const;
    /// Replaces the stored follow-up's editable fields (not doneAt: use complete() and reopen()).
    /// Moving the due date to another day of the month drops a BYMONTHDAY the repository added,
    /// so the newly picked day becomes the one that repeats.
    Status update(FollowUp followUp);
    /// Marks done at `at` (invalid: now). For a repeating follow-up it creates the next
    /// occurrence, the first one after `at`, and returns its id (0 when it does not repeat); the
    /// repetition moves on to the new follow-up, so the completed one no longer repeats.
    Result<qint64> complete(qint64 id, const QDateTime &at = {});
    /// Marks not done again.
    Status reopen(qint64 id);
    /// Puts off an open follow-up until `until`, which must be in the future.
    Status snooze(qint64 id, const QDateTime &until);
    /// Clears a snooze, so it is due at its due time again.
    Status unsnooze(qint64 id);
    Status moveToTrash(qint64 id);
    Status restore(qint64 id);

    QList<FollowUp> list(const FollowUpListQuery &query = {}) const;
    int count(const FollowUpListQuery &query = {}) const;
    int countOpen() const;
    int countOverdue() const;
    int countDueToday() const;

    /// Checks a follow-up without storing it; the error names the field ("title", "dueAt",
    /// "recurrence", "contactId", ...).
    Status validate(const FollowUp &followUp) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
