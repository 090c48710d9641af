#include "dealstore.h"

#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

namespace clientele::dealstore {

using namespace repository;

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT d.id, d.contact_id, c.display_name, d.stage_id, s.name, d.title, d.value_minor, d.currency, "
    "d.probability, d.expected_close, d.status, d.lost_reason, d.closed_at, d.notes, d.position, d.created_at, "
    "d.updated_at, d.deleted_at FROM deals d LEFT JOIN contacts c ON c.id = d.contact_id "
    "LEFT JOIN pipeline_stages s ON s.id = d.stage_id");

Deal readRow(const QSqlQuery &query)
{
    Deal deal;
    deal.id = query.value(0).toLongLong();
    deal.contactId = query.value(1).toLongLong();
    deal.contactName = query.value(2).toString();
    deal.stageId = query.value(3).toLongLong();
    deal.stageName = query.value(4).toString();
    deal.title = query.value(5).toString();
    deal.value = Money {query.value(6).toLongLong(), query.value(7).toString()};
    deal.probability = query.value(8).toInt();
    deal.expectedClose = fromStoredDate(query.value(9).toString());
    deal.status = dealStatusFromString(query.value(10).toString()).value_or(DealStatus::Open);
    deal.lostReason = query.value(11).toString();
    deal.closedAt = fromStoredTime(query.value(12).toString());
    deal.notes = query.value(13).toString();
    deal.position = query.value(14).toInt();
    deal.createdAt = fromStoredTime(query.value(15).toString());
    deal.updatedAt = fromStoredTime(query.value(16).toString());
    deal.deletedAt = fromStoredTime(query.value(17).toString());
    return deal;
}

void bindRow(QSqlQuery &query, const Deal &deal)
{
    query.bindValue(QStringLiteral(":contact_id"), idOrNull(deal.contactId));
    query.bindValue(QStringLiteral(":stage_id"), idOrNull(deal.stageId));
    query.bindValue(QStringLiteral(":title"), sqlText(deal.title));
    query.bindValue(QStringLiteral(":value_minor"), deal.value.minor);
    query.bindValue(QStringLiteral(":currency"), deal.value.currency);
    query.bindValue(QStringLiteral(":probability"), deal.probability);
    query.bindValue(QStringLiteral(":expected_close"), dateOrNull(deal.expectedClose));
    query.bindValue(QStringLiteral(":status"), toString(deal.status));
    query.bindValue(QStringLiteral(":lost_reason"), sqlText(deal.lostReason));
    query.bindValue(QStringLiteral(":closed_at"), timeOrNull(deal.closedAt));
    query.bindValue(QStringLiteral(":notes"), sqlText(deal.notes));
    query.bindValue(QStringLiteral(":position"), deal.position);
    query.bindValue(QStringLiteral(":updated_at"), toStoredTime(deal.updatedAt));
}

} // namespace

Result<qint64> insert(QSqlDatabase db, const Deal &deal)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO deals (contact_id, stage_id, title, value_minor, currency, probability, expected_close, status, "
        "lost_reason, closed_at, notes, position, created_at, updated_at) VALUES (:contact_id, :stage_id, :title, "
        ":value_minor, :currency, :probability, :expected_close, :status, :lost_reason, :closed_at, :notes, "
        ":position, :created_at, :updated_at)"));
    bindRow(query, deal);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(deal.createdAt));
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not save the deal \"%1\"").arg(deal.title), query);
    return query.lastInsertId().toLongLong();
}

Status update(QSqlDatabase db, const Deal &deal)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE deals SET contact_id = :contact_id, stage_id = :stage_id, title = :title, value_minor = :value_minor, "
        "currency = :currency, probability = :probability, expected_close = :expected_close, status = :status, "
        "lost_reason = :lost_reason, closed_at = :closed_at, notes = :notes, position = :position, "
        "updated_at = :updated_at WHERE id = :id"));
    bindRow(query, deal);
    query.bindValue(QStringLiteral(":id"), deal.id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not save the deal \"%1\"").arg(deal.title), query);
    return {};
}

Result<Deal> read(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(SelectColumns + QStringLiteral(" WHERE d.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("PipelineRepository", "Could not read deal %1").arg(id),
                             query);
    if (!query.next())
        return Error {QCoreApplication::translate("PipelineRepository", "Deal %1 does not exist.").arg(id),
                      {},
                      Error::Kind::NotFound};
    return readRow(query);
}

QList<Deal> list(QSqlDatabase db, const DealListQuery &query)
{
    QStringList clauses;
    QVariantMap values;
    clauses << (query.inTrash ? QStringLiteral("d.deleted_at IS NOT NULL") : QStringLiteral("d.deleted_at IS NULL"));
    if (query.status) {
        clauses << QStringLiteral("d.status = :status");
        values.insert(QStringLiteral(":status"), toString(*query.status));
    }
    if (query.stageId > 0) {
        clauses << QStringLiteral("d.stage_id = :stage_id");
        values.insert(QStringLiteral(":stage_id"), query.stageId);
    }
    if (query.contactId > 0) {
        clauses << QStringLiteral("d.contact_id = :contact_id");
        values.insert(QStringLiteral(":contact_id"), query.contactId);
    }
    QSqlQuery sql(db);
    // Deals without a stage (their stage was removed after they closed) come last.
    sql.prepare(SelectColumns + QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "))
                + QStringLiteral(" ORDER BY (s.position IS NULL), s.position, d.position, d.id"));
    for (auto it = values.begin(); it != values.end(); ++it)
        sql.bindValue(it.key(), it.value());
    QList<Deal> deals;
    if (!sql.exec())
        return deals;
    while (sql.next())
        deals.append(readRow(sql));
    return deals;
}

Result<Stage> readStage(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, position, default_probability FROM pipeline_stages WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not read pipeline stage %1").arg(id), query);
    if (!query.next())
        return Error {QCoreApplication::translate("PipelineRepository", "Pipeline stage %1 does not exist.").arg(id),
                      QStringLiteral("stageId"), Error::Kind::NotFound};
    return Stage {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                  query.value(3).toInt()};
}

QList<Stage> readStages(QSqlDatabase db)
{
    QSqlQuery query(db);
    QList<Stage> stages;
    if (!query.exec(QStringLiteral(
            "SELECT id, name, position, default_probability FROM pipeline_stages ORDER BY position, id")))
        return stages;
    while (query.next())
        stages.append(Stage {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                             query.value(3).toInt()});
    return stages;
}

Result<int> nextPosition(QSqlDatabase db, qint64 stageId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM deals WHERE stage_id = :stage_id AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":stage_id"), stageId);
    if (!query.exec() || !query.next())
        return databaseError(QCoreApplication::translate("PipelineRepository", "Could not place the deal in its stage"),
                             query);
    return query.value(0).toInt();
}

Result<QList<qint64>> column(QSqlDatabase db, qint64 stageId, qint64 exceptId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM deals WHERE stage_id = :stage_id AND status = 'open' "
                                 "AND deleted_at IS NULL AND id <> :id ORDER BY position, id"));
    query.bindValue(QStringLiteral(":stage_id"), stageId);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return databaseError(QCoreApplication::translate("PipelineRepository", "Could not read the deals of the stage"),
                             query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Status renumber(QSqlDatabase db, const QList<qint64> &dealIds)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE deals SET position = :position WHERE id = :id AND position <> :position"));
    for (qsizetype i = 0; i < dealIds.size(); ++i) {
        query.bindValue(QStringLiteral(":position"), qint64(i));
        query.bindValue(QStringLiteral(":id"), dealIds.at(i));
        if (!query.exec())
            return databaseError(QCoreApplication::translate("PipelineRepository", "Could not reorder the deals"),
                                 query);
    }
    return {};
}

QJsonObject toJson(const Deal &deal)
{
    return QJsonObject {{QStringLiteral("contact_id"), deal.contactId},
                        {QStringLiteral("stage_id"), deal.stageId},
                        {QStringLiteral("title"), deal.title},
                        {QStringLiteral("value_minor"), deal.value.minor},
                        {QStringLiteral("currency"), deal.value.currency},
                        {QStringLiteral("probability"), deal.probability},
                        {QStringLiteral("expected_close"), toStoredDate(deal.expectedClose)},
                        {QStringLiteral("status"), toString(deal.status)},
                        {QStringLiteral("lost_reason"), deal.lostReason},
                        {QStringLiteral("closed_at"), toStoredTime(deal.closedAt)},
                        {QStringLiteral("notes"), deal.notes},
                        {QStringLiteral("position"), deal.position}};
}

} // namespace clientele::dealstore
