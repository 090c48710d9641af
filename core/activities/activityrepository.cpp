#include "activityrepository.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <limits>

namespace clientele {

using namespace repository;

namespace {

const QString Entity = QStringLiteral("activity");

const QString SelectColumns = QStringLiteral(
    "SELECT id, contact_id, deal_id, order_id, kind, occurred_at, subject, body, created_at, updated_at, deleted_at "
    "FROM activities ");

Activity readRow(const QSqlQuery &query)
{
    Activity activity;
    activity.id = query.value(0).toLongLong();
    activity.contactId = query.value(1).toLongLong();
    activity.dealId = query.value(2).toLongLong();
    activity.orderId = query.value(3).toLongLong();
    activity.kind = activityKindFromString(query.value(4).toString()).value_or(ActivityKind::Note);
    activity.occurredAt = fromStoredTime(query.value(5).toString());
    activity.subject = query.value(6).toString();
    activity.body = query.value(7).toString();
    activity.createdAt = fromStoredTime(query.value(8).toString());
    activity.updatedAt = fromStoredTime(query.value(9).toString());
    activity.deletedAt = fromStoredTime(query.value(10).toString());
    return activity;
}

void bindRow(QSqlQuery &query, const Activity &activity)
{
    query.bindValue(QStringLiteral(":contact_id"), idOrNull(activity.contactId));
    query.bindValue(QStringLiteral(":deal_id"), idOrNull(activity.dealId));
    query.bindValue(QStringLiteral(":order_id"), idOrNull(activity.orderId));
    query.bindValue(QStringLiteral(":kind"), toString(activity.kind));
    query.bindValue(QStringLiteral(":occurred_at"), toStoredTime(activity.occurredAt));
    query.bindValue(QStringLiteral(":subject"), sqlText(activity.subject));
    query.bindValue(QStringLiteral(":body"), sqlText(activity.body));
    query.bindValue(QStringLiteral(":updated_at"), toStoredTime(activity.updatedAt));
}

QJsonObject toJson(const Activity &activity)
{
    return QJsonObject {{QStringLiteral("contact_id"), activity.contactId},
                        {QStringLiteral("deal_id"), activity.dealId},
                        {QStringLiteral("order_id"), activity.orderId},
                        {QStringLiteral("kind"), toString(activity.kind)},
                        {QStringLiteral("occurred_at"), toStoredTime(activity.occurredAt)},
                        {QStringLiteral("subject"), activity.subject},
                        {QStringLiteral("body"), activity.body}};
}

void normalize(const Clock &clock, Activity &activity)
{
    activity.subject = activity.subject.trimmed();
    activity.body = activity.body.trimmed();
    activity.occurredAt = activity.occurredAt.isValid() ? activity.occurredAt.toUTC() : clock.nowUtc();
}

Status checkActivity(QSqlDatabase db, const Activity &activity, qint64 storedContactId)
{
    if (activity.contactId == 0)
        return Error {QCoreApplication::translate("ActivityRepository", "Please choose the customer this is about."),
                      QStringLiteral("contactId"), Error::Kind::Validation};
    if (activity.subject.isEmpty() && activity.body.isEmpty())
        return Error {QCoreApplication::translate("ActivityRepository", "Please enter a subject or some text."),
                      QStringLiteral("subject"), Error::Kind::Validation};
    if (auto s = checkContact(db, activity.contactId, activity.contactId == storedContactId); !s)
        return s;
    if (auto s
        = checkReference(db, QStringLiteral("deals"), activity.dealId, QStringLiteral("dealId"),
                         QCoreApplication::translate("ActivityRepository", "The deal this is about no longer exists."));
        !s)
        return s;
    return checkReference(
        db, QStringLiteral("orders"), activity.orderId, QStringLiteral("orderId"),
        QCoreApplication::translate("ActivityRepository", "The order this is about no longer exists."));
}

} // namespace

ActivityRepository::ActivityRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status ActivityRepository::validate(const Activity &activity) const
{
    Activity normalized = activity;
    normalize(m_clock, normalized);
    return checkActivity(m_db, normalized, 0);
}

Result<qint64> ActivityRepository::create(Activity activity)
{
    normalize(m_clock, activity);
    if (auto s = checkActivity(m_db, activity, 0); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    activity.createdAt = now;
    activity.updatedAt = now;

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO activities (contact_id, deal_id, order_id, kind, occurred_at, subject, body, created_at, "
        "updated_at) VALUES (:contact_id, :deal_id, :order_id, :kind, :occurred_at, :subject, :body, :created_at, "
        ":updated_at)"));
    bindRow(query, activity);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(activity.createdAt));
    if (!query.exec())
        return databaseError(QCoreApplication::translate("ActivityRepository", "Could not save the activity"), query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("create"), toJson(activity)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Activity> ActivityRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("ActivityRepository", "Could not read activity %1").arg(id),
                             query);
    if (!query.next())
        return Error {QCoreApplication::translate("ActivityRepository", "Activity %1 does not exist.").arg(id),
                      {},
                      Error::Kind::NotFound};
    return readRow(query);
}

Status ActivityRepository::update(Activity activity)
{
    const auto stored = get(activity.id);
    if (!stored)
        return stored.error();
    normalize(m_clock, activity);
    if (auto s = checkActivity(m_db, activity, stored->contactId); !s)
        return s;
    activity.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE activities SET contact_id = :contact_id, deal_id = :deal_id, order_id = :order_id, kind = :kind, "
        "occurred_at = :occurred_at, subject = :subject, body = :body, updated_at = :updated_at WHERE id = :id"));
    bindRow(query, activity);
    query.bindValue(QStringLiteral(":id"), activity.id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("ActivityRepository", "Could not save the activity"), query);
    const QJsonObject changes = changedFields(toJson(*stored), toJson(activity));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, activity.id, QStringLiteral("update"), changes); !s)
        return s;
    return tx.commit();
}

Status ActivityRepository::moveToTrash(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("activities"), Entity, id, true,
                      QCoreApplication::translate("ActivityRepository", "Activity %1 does not exist.").arg(id));
}

Status ActivityRepository::restore(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("activities"), Entity, id, false,
                      QCoreApplication::translate("ActivityRepository", "Activity %1 does not exist.").arg(id));
}

QList<Activity> ActivityRepository::listForContact(qint64 contactId, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns
                  + QStringLiteral("WHERE contact_id = :contact_id AND deleted_at IS NULL "
                                   "ORDER BY occurred_at DESC, id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":contact_id"), contactId);
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
    QList<Activity> activities;
    if (!query.exec())
        return activities;
    while (query.next())
        activities.append(readRow(query));
    return activities;
}

} // namespace clientele
