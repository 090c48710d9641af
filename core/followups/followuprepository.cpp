#include "followuprepository.h"

#include "followupstore.h"
#include "recurrence.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace clientele {

using namespace repository;

namespace {

const QString Entity = QStringLiteral("followup");

void normalize(FollowUp &followUp)
{
    followUp.title = followUp.title.trimmed();
    followUp.notes = followUp.notes.trimmed();
    followUp.dueAt = followUp.dueAt.toUTC();
    followUp.recurrence = followUp.recurrence.trimmed();
    // Stored in canonical form so that equal rules compare equal.
    if (const auto rule = RecurrenceRule::parse(followUp.recurrence))
        followUp.recurrence = rule->toString();
}

Status checkFollowUp(QSqlDatabase db, const FollowUp &followUp, qint64 storedContactId)
{
    if (followUp.title.isEmpty())
        return Error {QCoreApplication::translate("FollowUpRepository", "Please enter what to follow up on."),
                      QStringLiteral("title"), Error::Kind::Validation};
    if (!followUp.dueAt.isValid())
        return Error {
            QCoreApplication::translate("FollowUpRepository", "Please enter when \"%1\" is due.").arg(followUp.title),
            QStringLiteral("dueAt"), Error::Kind::Validation};
    if (!followUp.recurrence.isEmpty()) {
        if (const auto rule = RecurrenceRule::parse(followUp.recurrence); !rule)
            return rule.error();
    }
    if (auto s = checkContact(db, followUp.contactId, followUp.contactId == storedContactId); !s)
        return s;
    if (auto s
        = checkReference(db, QStringLiteral("orders"), followUp.orderId, QStringLiteral("orderId"),
                         QCoreApplication::translate("FollowUpRepository", "The order of \"%1\" no longer exists.")
                             .arg(followUp.title));
        !s)
        return s;
    return checkReference(
        db, QStringLiteral("deals"), followUp.dealId, QStringLiteral("dealId"),
        QCoreApplication::translate("FollowUpRepository", "The deal of \"%1\" no longer exists.").arg(followUp.title));
}

/// The rule the next occurrence repeats by. A monthly or yearly rule that does not name its day
/// gets BYMONTHDAY when the day may be clamped (29-31), so that January 31 -> February 28 goes on
/// to March 31 rather than March 28.
QString continuedRule(RecurrenceRule rule, const QDateTime &dueAt, const Clock &clock)
{
    const bool byMonth
        = rule.frequency == RecurrenceRule::Frequency::Monthly || rule.frequency == RecurrenceRule::Frequency::Yearly;
    const int day = clock.localDate(dueAt).day();
    if (byMonth && rule.monthDay == 0 && day > 28)
        rule.monthDay = day;
    return rule.toString();
}

Error alreadyDone(const FollowUp &followUp)
{
    return Error {QCoreApplication::translate("FollowUpRepository", "\"%1\" is already done.").arg(followUp.title),
                  {},
                  Error::Kind::Conflict};
}

} // namespace

FollowUpRepository::FollowUpRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status FollowUpRepository::validate(const FollowUp &followUp) const
{
    FollowUp normalized = followUp;
    normalize(normalized);
    return checkFollowUp(m_db, normalized, 0);
}

Result<qint64> FollowUpRepository::create(FollowUp followUp)
{
    normalize(followUp);
    if (auto s = checkFollowUp(m_db, followUp, 0); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    followUp.createdAt = now;
    followUp.updatedAt = now;

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    const auto id = followupstore::insert(m_db, followUp);
    if (!id)
        return id.error();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, *id, QStringLiteral("create"), followupstore::toJson(followUp));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<FollowUp> FollowUpRepository::get(qint64 id) const
{
    return followupstore::read(m_db, id);
}

Status FollowUpRepository::update(FollowUp followUp)
{
    const auto stored = get(followUp.id);
    if (!stored)
        return stored.error();
    normalize(followUp);
    // A BYMONTHDAY carried over from an earlier occurrence must not pull a due date the user just
    // moved back to the old day; a rule the user edited in this same change is taken as typed.
    if (followUp.recurrence == stored->recurrence && !followUp.recurrence.isEmpty()
        && m_clock.localDate(followUp.dueAt).day() != m_clock.localDate(stored->dueAt).day()) {
        if (auto rule = RecurrenceRule::parse(followUp.recurrence); rule && rule->monthDay != 0) {
            rule->monthDay = 0;
            followUp.recurrence = rule->toString();
        }
    }
    if (auto s = checkFollowUp(m_db, followUp, stored->contactId); !s)
        return s;
    followUp.doneAt = stored->doneAt;
    followUp.createdAt = stored->createdAt;
    followUp.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = followupstore::update(m_db, followUp); !s)
        return s;
    const QJsonObject changes = changedFields(followupstore::toJson(*stored), followupstore::toJson(followUp));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, followUp.id, QStringLiteral("update"), changes); !s)
        return s;
    return tx.commit();
}

Result<qint64> FollowUpRepository::complete(qint64 id, const QDateTime &at)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->isDone())
        return alreadyDone(*stored);
    FollowUp done = *stored;
    done.doneAt = at.isValid() ? at.toUTC() : m_clock.nowUtc();
    done.updatedAt = m_clock.nowUtc();

    std::optional<FollowUp> next;
    if (stored->isRecurring()) {
        const auto rule = RecurrenceRule::parse(stored->recurrence);
        if (!rule)
            return rule.error();
        FollowUp following = *stored;
        following.id = 0;
        following.dueAt = rule->nextAfter(stored->dueAt, done.doneAt, m_clock.timeZone());
        following.snoozedUntil = {};
        following.recurrence = continuedRule(*rule, stored->dueAt, m_clock);
        following.createdAt = done.updatedAt;
        following.updatedAt = done.updatedAt;
        next = following;
        // The series continues in the new follow-up; reopening and completing this one again
        // must not start a second series.
        done.recurrence.clear();
    }

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    if (auto s = followupstore::update(m_db, done); !s)
        return s.error();
    AuditLog audit(m_db, m_clock);
    qint64 nextId = 0;
    if (next) {
        const auto inserted = followupstore::insert(m_db, *next);
        if (!inserted)
            return inserted.error();
        nextId = *inserted;
        if (auto s = audit.record(Entity, nextId, QStringLiteral("create"), followupstore::toJson(*next)); !s)
            return s.error();
    }
    QJsonObject changes = changedFields(followupstore::toJson(*stored), followupstore::toJson(done));
    if (nextId != 0)
        changes.insert(QStringLiteral("next_id"), nextId);
    if (auto s = audit.record(Entity, id, QStringLiteral("complete"), changes); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return nextId;
}

Status FollowUpRepository::reopen(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (!stored->isDone())
        return {};
    FollowUp reopened = *stored;
    reopened.doneAt = {};
    reopened.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = followupstore::update(m_db, reopened); !s)
        return s;
    const QJsonObject changes = changedFields(followupstore::toJson(*stored), followupstore::toJson(reopened));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("reopen"), changes); !s)
        return s;
    return tx.commit();
}

Status FollowUpRepository::snooze(qint64 id, const QDateTime &until)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->isDone())
        return alreadyDone(*stored);
    if (!until.isValid() || until <= m_clock.nowUtc())
        return Error {QCoreApplication::translate("FollowUpRepository",
                                                  "Please choose a time in the future to put \"%1\" off until.")
                          .arg(stored->title),
                      QStringLiteral("snoozedUntil"), Error::Kind::Validation};
    FollowUp snoozed = *stored;
    snoozed.snoozedUntil = until.toUTC();
    snoozed.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = followupstore::update(m_db, snoozed); !s)
        return s;
    const QJsonObject changes = changedFields(followupstore::toJson(*stored), followupstore::toJson(snoozed));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("snooze"), changes); !s)
        return s;
    return tx.commit();
}

Status FollowUpRepository::unsnooze(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (!stored->snoozedUntil.isValid())
        return {};
    FollowUp woken = *stored;
    woken.snoozedUntil = {};
    woken.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = followupstore::update(m_db, woken); !s)
        return s;
    const QJsonObject changes = changedFields(followupstore::toJson(*stored), followupstore::toJson(woken));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("unsnooze"), changes); !s)
        return s;
    return tx.commit();
}

Status FollowUpRepository::moveToTrash(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("followups"), Entity, id, true,
                      QCoreApplication::translate("FollowUpRepository", "Follow-up %1 does not exist.").arg(id));
}

Status FollowUpRepository::restore(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("followups"), Entity, id, false,
                      QCoreApplication::translate("FollowUpRepository", "Follow-up %1 does not exist.").arg(id));
}

QList<FollowUp> FollowUpRepository::list(const FollowUpListQuery &query) const
{
    return followupstore::list(m_db, m_clock, query);
}

int FollowUpRepository::count(const FollowUpListQuery &query) const
{
    return followupstore::count(m_db, m_clock, query);
}

int FollowUpRepository::countOpen() const
{
    return count(FollowUpListQuery {});
}

int FollowUpRepository::countOverdue() const
{
    FollowUpListQuery query;
    query.state = FollowUpListQuery::State::Overdue;
    return count(query);
}

int FollowUpRepository::countDueToday() const
{
    FollowUpListQuery query;
    query.state = FollowUpListQuery::State::DueToday;
    return count(query);
}

} // namespace clientele
