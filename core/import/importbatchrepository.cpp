#include "importbatchrepository.h"

#include "common/timeformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

const QString Columns = QStringLiteral(
    "id, entity, source_file, file_format, encoding, delimiter, options, status, rows_read, created_count, "
    "updated_count, skipped_count, rejected_count, started_at, finished_at, undone_at");

ImportBatch readBatch(const QSqlQuery &query)
{
    ImportBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.entity = query.value(1).toString() == QLatin1String("orders") ? ImportEntity::Orders : ImportEntity::Contacts;
    batch.sourceFile = query.value(2).toString();
    batch.format = query.value(3).toString();
    batch.encoding = query.value(4).toString();
    batch.delimiter = query.value(5).toString();
    batch.options = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    const QString status = query.value(7).toString();
    batch.status = status == QLatin1String("done") ? ImportBatch::Status::Done
        : status == QLatin1String("undone")        ? ImportBatch::Status::Undone
                                                   : ImportBatch::Status::Running;
    batch.rowsRead = query.value(8).toInt();
    batch.created = query.value(9).toInt();
    batch.updated = query.value(10).toInt();
    batch.skipped = query.value(11).toInt();
    batch.rejected = query.value(12).toInt();
    batch.startedAt = fromStoredTime(query.value(13).toString());
    batch.finishedAt = fromStoredTime(query.value(14).toString());
    batch.undoneAt = fromStoredTime(query.value(15).toString());
    return batch;
}

} // namespace

QString ImportBatch::statusName(Status status)
{
    switch (status) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::Undone:
        return QStringLiteral("undone");
    case Status::Running:
        break;
    }
    return QStringLiteral("running");
}

ImportBatchRepository::ImportBatchRepository(QSqlDatabase db)
    : m_db(db)
{ }

QList<ImportBatch> ImportBatchRepository::list(int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_batches ORDER BY id DESC LIMIT :limit").arg(Columns));
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    QList<ImportBatch> batches;
    if (!query.exec())
        return batches;
    while (query.next())
        batches.append(readBatch(query));
    return batches;
}

Result<ImportBatch> ImportBatchRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM import_batches WHERE id = :id").arg(Columns));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return Error {QCoreApplication::translate("ImportBatchRepository", "The import history could not be read: %1")
                          .arg(query.lastError().text())};
    if (!query.next())
        return Error {QCoreApplication::translate("ImportBatchRepository", "There is no import %1.").arg(id),
                      QStringLiteral("batch"), Error::Kind::NotFound};
    return readBatch(query);
}

} // namespace clientele
