#include "followupstore.h"

#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

#include <limits>

namespace clientele::followupstore {

using namespace repository;

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT f.id, f.contact_id, c.display_name, f.order_id, f.deal_id, f.title, f.notes, f.due_at, f.done_at, "
    "f.snoozed_until, f.recurrence, f.created_at, f.updated_at, f.deleted_at "
    "FROM followups f LEFT JOIN contacts c ON c.id = f.contact_id");

/// The time a follow-up is really due: its snooze time when snoozed.
const QString EffectiveDue = QStringLiteral("COALESCE(f.snoozed_until, f.due_at)");

FollowUp readRow(const QSqlQuery &query)
{
    FollowUp followUp;
    followUp.id = query.value(0).toLongLong();
    followUp.contactId = query.value(1).toLongLong();
    followUp.contactName = query.value(2).toString();
    followUp.orderId = query.value(3).toLongLong();
    followUp.dealId = query.value(4).toLongLong();
    followUp.title = query.value(5).toString();
    followUp.notes = query.value(6).toString();
    followUp.dueAt = fromStoredTime(query.value(7).toString());
    followUp.doneAt = fromStoredTime(query.value(8).toString());
    followUp.snoozedUntil = fromStoredTime(query.value(9).toString());
    followUp.recurrence = query.value(10).toString();
    followUp.createdAt = fromStoredTime(query.value(11).toString());
    followUp.updatedAt = fromStoredTime(query.value(12).toString());
    followUp.deletedAt = fromStoredTime(query.value(13).toString());
    return followUp;
}

void bindRow(QSqlQuery &query, const FollowUp &followUp)
{
    query.bindValue(QStringLiteral(":contact_id"), idOrNull(followUp.contactId));
    query.bindValue(QStringLiteral(":order_id"), idOrNull(followUp.orderId));
    query.bindValue(QStringLiteral(":deal_id"), idOrNull(followUp.dealId));
    query.bindValue(QStringLiteral(":title"), sqlText(followUp.title));
    query.bindValue(QStringLiteral(":notes"), sqlText(followUp.notes));
    query.bindValue(QStringLiteral(":due_at"), toStoredTime(followUp.dueAt));
    query.bindValue(QStringLiteral(":done_at"), timeOrNull(followUp.doneAt));
    query.bindValue(QStringLiteral(":snoozed_until"), timeOrNull(followUp.snoozedUntil));
    query.bindValue(QStringLiteral(":recurrence"), sqlText(followUp.recurrence));
    query.bindValue(QStringLiteral(":updated_at"), toStoredTime(followUp.updatedAt));
}

struct Filter
{
    QString where;
    QString orderBy;
    QVariantMap values;
};

Filter buildFilter(const Clock &clock, const FollowUpListQuery &query)
{
    using State = FollowUpListQuery::State;
    QStringList clauses;
    QVariantMap values;
    clauses << (query.inTrash ? QStringLiteral("f.deleted_at IS NOT NULL") : QStringLiteral("f.deleted_at IS NULL"));
    if (query.contactId > 0) {
        clauses << QStringLiteral("f.contact_id = :contact_id");
        values.insert(QStringLiteral(":contact_id"), query.contactId);
    }
    if (query.orderId > 0) {
        clauses << QStringLiteral("f.order_id = :order_id");
        values.insert(QStringLiteral(":order_id"), query.orderId);
    }
    if (query.dealId > 0) {
        clauses << QStringLiteral("f.deal_id = :deal_id");
        values.insert(QStringLiteral(":deal_id"), query.dealId);
    }

    const QDate today = clock.today();
    const QString openByDue = QStringLiteral(" ORDER BY ") + EffectiveDue + QStringLiteral(" ASC, f.id ASC");
    QString orderBy = openByDue;
    switch (query.state) {
    case State::Open:
        clauses << QStringLiteral("f.done_at IS NULL");
        break;
    case State::Overdue:
        clauses << QStringLiteral("f.done_at IS NULL") << EffectiveDue + QStringLiteral(" < :today_start");
        values.insert(QStringLiteral(":today_start"), toStoredTime(clock.startOfDay(today)));
        break;
    case State::DueToday:
        clauses << QStringLiteral("f.done_at IS NULL") << EffectiveDue + QStringLiteral(" >= :today_start")
                << EffectiveDue + QStringLiteral(" < :tomorrow_start");
        values.insert(QStringLiteral(":today_start"), toStoredTime(clock.startOfDay(today)));
        values.insert(QStringLiteral(":tomorrow_start"), toStoredTime(clock.startOfDay(today.addDays(1))));
        break;
    case State::Upcoming:
        clauses << QStringLiteral("f.done_at IS NULL") << EffectiveDue + QStringLiteral(" >= :tomorrow_start");
        values.insert(QStringLiteral(":tomorrow_start"), toStoredTime(clock.startOfDay(today.addDays(1))));
        break;
    case State::Done:
        clauses << QStringLiteral("f.done_at IS NOT NULL");
        orderBy = QStringLiteral(" ORDER BY f.done_at DESC, f.id DESC");
        break;
    case State::All:
        // Open ones first by due time, then done ones by most recently done.
        orderBy = QStringLiteral(" ORDER BY (f.done_at IS NOT NULL), CASE WHEN f.done_at IS NULL THEN ") + EffectiveDue
            + QStringLiteral(" END ASC, f.done_at DESC, f.id ASC");
        break;
    }
    return Filter {QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")), orderBy, values};
}

void bindAll(QSqlQuery &query, const QVariantMap &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bindValue(it.key(), it.value());
}

} // namespace

Result<qint64> insert(QSqlDatabase db, const FollowUp &followUp)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO followups (contact_id, order_id, deal_id, title, notes, due_at, done_at, snoozed_until, "
        "recurrence, created_at, updated_at) VALUES (:contact_id, :order_id, :deal_id, :title, :notes, :due_at, "
        ":done_at, :snoozed_until, :recurrence, :created_at, :updated_at)"));
    bindRow(query, followUp);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(followUp.createdAt));
    if (!query.exec())
        return databaseError(QCoreApplication::translate("FollowUpRepository", "Could not save the follow-up \"%1\"")
                                 .arg(followUp.title),
                             query);
    return query.lastInsertId().toLongLong();
}

Status update(QSqlDatabase db, const FollowUp &followUp)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE followups SET contact_id = :contact_id, order_id = :order_id, deal_id = :deal_id, title = :title, "
        "notes = :notes, due_at = :due_at, done_at = :done_at, snoozed_until = :snoozed_until, "
        "recurrence = :recurrence, updated_at = :updated_at WHERE id = :id"));
    bindRow(query, followUp);
    query.bindValue(QStringLiteral(":id"), followUp.id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("FollowUpRepository", "Could not save the follow-up \"%1\"")
                                 .arg(followUp.title),
                             query);
    return {};
}

Result<FollowUp> read(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(SelectColumns + QStringLiteral(" WHERE f.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("FollowUpRepository", "Could not read follow-up %1").arg(id),
                             query);
    if (!query.next())
        return Error {QCoreApplication::translate("FollowUpRepository", "Follow-up %1 does not exist.").arg(id),
                      {},
                      Error::Kind::NotFound};
    return readRow(query);
}

QList<FollowUp> list(QSqlDatabase db, const Clock &clock, const FollowUpListQuery &query)
{
    const Filter filter = buildFilter(clock, query);
    QString text = SelectColumns + filter.where + filter.orderBy;
    const bool paged = query.limit > 0 || query.offset > 0;
    if (paged)
        text += QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery sql(db);
    sql.prepare(text);
    bindAll(sql, filter.values);
    if (paged) {
        sql.bindValue(QStringLiteral(":limit"),
                      query.limit > 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max());
        sql.bindValue(QStringLiteral(":offset"), qint64(qMax(0, query.offset)));
    }
    QList<FollowUp> followUps;
    if (!sql.exec())
        return followUps;
    while (sql.next())
        followUps.append(readRow(sql));
    return followUps;
}

int count(QSqlDatabase db, const Clock &clock, const FollowUpListQuery &query)
{
    const Filter filter = buildFilter(clock, query);
    QSqlQuery sql(db);
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM followups f") + filter.where);
    bindAll(sql, filter.values);
    if (!sql.exec() || !sql.next())
        return 0;
    return sql.value(0).toInt();
}

QJsonObject toJson(const FollowUp &followUp)
{
    return QJsonObject {{QStringLiteral("contact_id"), followUp.contactId},
                        {QStringLiteral("order_id"), followUp.orderId},
                        {QStringLiteral("deal_id"), followUp.dealId},
                        {QStringLiteral("title"), followUp.title},
                        {QStringLiteral("notes"), followUp.notes},
                        {QStringLiteral("due_at"), toStoredTime(followUp.dueAt)},
                        {QStringLiteral("done_at"), toStoredTime(followUp.doneAt)},
                        {QStringLiteral("snoozed_until"), toStoredTime(followUp.snoozedUntil)},
                        {QStringLiteral("recurrence"), followUp.recurrence}};
}

} // namespace clientele::followupstore
