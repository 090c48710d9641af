#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clientele {

class Clock;

/// Where the next page of a timeline starts: the last item shown. Items are ordered by time,
/// then by source, then by id (all descending), so two items at the same second keep a fixed
/// order and paging neither repeats nor skips one. A null cursor starts at the newest item.
struct TimelineCursor
{
    QString at; ///< the stored UTC time text the item is sorted by
    int source = 0; ///< TimelineItem::Source as an int
    qint64 id = 0;

    bool isNull() const { return at.isEmpty(); }
};

/// One entry of a contact's timeline: an activity, an order, a follow-up or a deal, reduced to
/// what a list row shows.
struct TimelineItem
{
    enum class Kind { Note, Call, Email, Meeting, Visit, Order, FollowUp, Deal };
    /// The table the item comes from. The numeric order breaks ties between items of the same
    /// time: the higher value is shown first.
    enum class Source { Deal = 1, FollowUp = 2, Order = 3, Activity = 4 };
    /// How the item stands, for tinting: an overdue follow-up wants attention, a cancelled order
    /// or a lost deal is history.
    enum class State { Neutral, Open, Overdue, Done, Cancelled };

    Kind kind = Kind::Note;
    Source source = Source::Activity;
    qint64 entityId = 0; ///< id in the source table
    /// UTC. Activities: when it happened; orders: when placed; follow-ups: when done, else when
    /// due (the snooze time when snoozed); deals: when won or lost, else when created.
    QDateTime at;
    QString title; ///< the subject, order number, follow-up or deal title
    QString status; ///< translated: "Completed", "Overdue", "Won", the deal's stage, ...; may be empty
    QString detail; ///< body, notes, payment status; may be empty
    std::optional<Money> amount; ///< order total, deal value
    State state = State::Neutral;
    QString sortKey; ///< the stored time text `at` was read from (what the order and cursor use)

    TimelineCursor cursor() const { return {sortKey, int(source), entityId}; }
};

struct TimelinePage
{
    QList<TimelineItem> items; ///< newest first
    bool hasMore = false; ///< older items exist after the last one

    /// The cursor for the next page; null when the page is empty.
    TimelineCursor next() const { return items.isEmpty() ? TimelineCursor {} : items.last().cursor(); }
};

/// A contact's history, newest first, merged from activities, orders, follow-ups and deals. Only
/// live (not trashed) items are listed. A page costs one indexed query per source, each limited
/// to the page size, so a customer with thousands of entries opens as fast as a new one.
class ContactTimeline final
{
public:
    ContactTimeline(QSqlDatabase db, const Clock &clock);

    /// Up to `limit` items older than `before` (a null cursor: the newest ones).
    Result<TimelinePage> page(qint64 contactId, int limit = 50, const TimelineCursor &before = {}) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
