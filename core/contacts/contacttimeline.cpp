#include "contacttimeline.h"

#include "activities/activity.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "orders/order.h"
#include "pipeline/deal.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace clientele {

namespace {

using Source = TimelineItem::Source;
using Kind = TimelineItem::Kind;
using State = TimelineItem::State;

/// One table's part of the timeline: fixed SQL fragments (never user input) and a row reader.
/// The first selected column is always the sort key, the second the id.
struct SourceQuery
{
    Source source;
    QString key; ///< SQL expression of the time the item is sorted by
    QString select; ///< the columns after the sort key and id
    QString from; ///< FROM and JOIN clause; the main table is aliased `t`
    std::function<TimelineItem(const QSqlQuery &, const QDateTime &now)> read;
};

Kind kindOf(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Note:
        return Kind::Note;
    case ActivityKind::Call:
        return Kind::Call;
    case ActivityKind::Email:
        return Kind::Email;
    case ActivityKind::Meeting:
        return Kind::Meeting;
    case ActivityKind::Visit:
        return Kind::Visit;
    }
    return Kind::Note;
}

TimelineItem readActivity(const QSqlQuery &query, const QDateTime &)
{
    TimelineItem item;
    item.source = Source::Activity;
    const ActivityKind kind = activityKindFromString(query.value(2).toString()).value_or(ActivityKind::Note);
    item.kind = kindOf(kind);
    const QString subject = query.value(3).toString();
    item.title = subject.isEmpty() ? displayName(kind) : subject;
    item.detail = query.value(4).toString();
    return item;
}

TimelineItem readOrder(const QSqlQuery &query, const QDateTime &)
{
    TimelineItem item;
    item.source = Source::Order;
    item.kind = Kind::Order;
    const OrderKind kind = orderKindFromString(query.value(2).toString()).value_or(OrderKind::Order);
    const QString number = query.value(3).toString();
    item.title = (kind == OrderKind::Invoice ? QCoreApplication::translate("ContactTimeline", "Invoice %1")
                                             : QCoreApplication::translate("ContactTimeline", "Order %1"))
                     .arg(number)
                     .trimmed();
    const OrderStatus status = orderStatusFromString(query.value(4).toString()).value_or(OrderStatus::Confirmed);
    item.status = displayName(status);
    item.state = status == OrderStatus::Collected || status == OrderStatus::Delivered ? State::Done
        : status == OrderStatus::Cancelled                                            ? State::Cancelled
                                                                                      : State::Open;
    if (const auto payment = paymentStatusFromString(query.value(5).toString()))
        item.detail = displayName(*payment);
    item.amount = Money {query.value(6).toLongLong(), query.value(7).toString()};
    return item;
}

TimelineItem readFollowUp(const QSqlQuery &query, const QDateTime &now)
{
    TimelineItem item;
    item.source = Source::FollowUp;
    item.kind = Kind::FollowUp;
    item.title = query.value(2).toString();
    item.detail = query.value(3).toString();
    const bool done = !query.value(4).isNull();
    if (done) {
        item.state = State::Done;
        item.status = QCoreApplication::translate("ContactTimeline", "Done");
    } else if (fromStoredTime(query.value(0).toString()) < now) {
        item.state = State::Overdue;
        item.status = QCoreApplication::translate("ContactTimeline", "Overdue");
    } else {
        item.state = State::Open;
        item.status = QCoreApplication::translate("ContactTimeline", "Due");
    }
    return item;
}

TimelineItem readDeal(const QSqlQuery &query, const QDateTime &)
{
    TimelineItem item;
    item.source = Source::Deal;
    item.kind = Kind::Deal;
    item.title = query.value(2).toString();
    item.amount = Money {query.value(3).toLongLong(), query.value(4).toString()};
    const DealStatus status = dealStatusFromString(query.value(5).toString()).value_or(DealStatus::Open);
    const QString stage = query.value(6).toString();
    switch (status) {
    case DealStatus::Open:
        item.state = State::Open;
        item.status = stage.isEmpty() ? displayName(status) : stage;
        item.detail = query.value(8).toString();
        break;
    case DealStatus::Won:
        item.state = State::Done;
        item.status = displayName(status);
        item.detail = query.value(8).toString();
        break;
    case DealStatus::Lost:
        item.state = State::Cancelled;
        item.status = displayName(status);
        item.detail = query.value(7).toString();
        break;
    }
    return item;
}

const QList<SourceQuery> &sources()
{
    static const QList<SourceQuery> all = {
        {Source::Activity, QStringLiteral("t.occurred_at"), QStringLiteral("t.kind, t.subject, t.body"),
         QStringLiteral("FROM activities t"), readActivity},
        {Source::Order, QStringLiteral("t.ordered_at"),
         QStringLiteral("t.kind, t.number, t.status, t.payment_status, t.total_minor, t.currency"),
         QStringLiteral("FROM orders t"), readOrder},
        {Source::FollowUp,
         QStringLiteral("CASE WHEN t.done_at IS NOT NULL THEN t.done_at ELSE COALESCE(t.snoozed_until, t.due_at) END"),
         QStringLiteral("t.title, t.notes, t.done_at"), QStringLiteral("FROM followups t"), readFollowUp},
        {Source::Deal,
         QStringLiteral(
             "CASE WHEN t.status <> 'open' AND t.closed_at IS NOT NULL THEN t.closed_at ELSE t.created_at END"),
         QStringLiteral("t.title, t.value_minor, t.currency, t.status, s.name, t.lost_reason, t.notes"),
         QStringLiteral("FROM deals t LEFT JOIN pipeline_stages s ON s.id = t.stage_id"), readDeal},
    };
    return all;
}

/// The part of the WHERE clause that keeps the items after `before` in timeline order (time,
/// source, id; all descending). Within one source the source is fixed, so the comparison reduces
/// to one of three forms.
QString afterCursor(const SourceQuery &source, const TimelineCursor &before)
{
    if (before.isNull())
        return {};
    const int rank = int(source.source);
    if (rank < before.source)
        return QStringLiteral(" AND %1 <= :at").arg(source.key);
    if (rank > before.source)
        return QStringLiteral(" AND %1 < :at").arg(source.key);
    return QStringLiteral(" AND (%1 < :at OR (%1 = :at2 AND t.id < :id))").arg(source.key);
}

bool newerFirst(const TimelineItem &a, const TimelineItem &b)
{
    if (a.sortKey != b.sortKey)
        return a.sortKey > b.sortKey;
    if (a.source != b.source)
        return int(a.source) > int(b.source);
    return a.entityId > b.entityId;
}

} // namespace

ContactTimeline::ContactTimeline(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<TimelinePage> ContactTimeline::page(qint64 contactId, int limit, const TimelineCursor &before) const
{
    TimelinePage page;
    if (limit <= 0)
        return page;
    const QDateTime now = m_clock.nowUtc();
    QList<TimelineItem> merged;
    for (const SourceQuery &source : sources()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        // One more than asked for tells whether older items remain.
        query.prepare(QStringLiteral("SELECT %1 AS sort_key, t.id, %2 %3 "
                                     "WHERE t.contact_id = :contact_id AND t.deleted_at IS NULL%4 "
                                     "ORDER BY sort_key DESC, t.id DESC LIMIT :limit")
                          .arg(source.key, source.select, source.from, afterCursor(source, before)));
        query.bindValue(QStringLiteral(":contact_id"), contactId);
        if (!before.isNull()) {
            query.bindValue(QStringLiteral(":at"), before.at);
            if (int(source.source) == before.source) {
                query.bindValue(QStringLiteral(":at2"), before.at);
                query.bindValue(QStringLiteral(":id"), before.id);
            }
        }
        query.bindValue(QStringLiteral(":limit"), limit + 1);
        if (!query.exec())
            return repository::databaseError(
                QCoreApplication::translate("ContactTimeline", "The timeline could not be read"), query);
        while (query.next()) {
            TimelineItem item = source.read(query, now);
            item.sortKey = query.value(0).toString();
            item.at = fromStoredTime(item.sortKey);
            item.entityId = query.value(1).toLongLong();
            merged.append(std::move(item));
        }
    }
    std::sort(merged.begin(), merged.end(), newerFirst);
    page.hasMore = merged.size() > limit;
    if (page.hasMore)
        merged.resize(limit);
    page.items = std::move(merged);
    return page;
}

} // namespace clientele
