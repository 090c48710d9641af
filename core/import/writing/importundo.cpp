#include "importundo.h"

#include "importsnapshot.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"
#include "search/bulkindexing.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace clientele {

namespace {

// The messages keep the context they were translated under when this was Importer::undo.
/// lupdate files these strings under "Importer", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

Error undoError(qint64 batchId, const QSqlQuery &query)
{
    return Error {Text::tr("Import %1 could not be undone: %2").arg(batchId).arg(query.lastError().text())};
}

} // namespace

Status ImportUndo::revert(QSqlDatabase db, const Clock &clock, qint64 batchId)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();

    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("SELECT status, undone_at FROM import_batches WHERE id = :id"));
    batch.bindValue(QStringLiteral(":id"), batchId);
    if (!batch.exec())
        return undoError(batchId, batch);
    if (!batch.next())
        return Error {Text::tr("There is no import %1.").arg(batchId), QStringLiteral("batch"), Error::Kind::NotFound};
    const QString status = batch.value(0).toString();
    if (status == QLatin1String("undone"))
        return Error {Text::tr("Import %1 was already undone on %2.")
                          .arg(batchId)
                          .arg(clock.toLocal(fromStoredTime(batch.value(1).toString())).toString(Qt::ISODate)),
                      QStringLiteral("batch"), Error::Kind::Conflict};
    if (status != QLatin1String("done"))
        return Error {Text::tr("Import %1 did not finish, so there is nothing to undo.").arg(batchId),
                      QStringLiteral("batch"), Error::Kind::Conflict};

    // As in the import itself, the index and list-key triggers would do a row's worth of work for
    // every deleted email, phone and tag: they wait, and what is left is caught up once.
    BulkIndexing indexing(db);
    if (auto s = indexing.suspend(); !s)
        return s;
    QSet<qint64> touched;

    // Restore what the batch changed, newest change first, before deleting what it created: an
    // overwritten contact may point at a company the batch created.
    QSqlQuery changed(db);
    changed.setForwardOnly(true);
    changed.prepare(QStringLiteral("SELECT entity_id, before FROM import_changes WHERE batch_id = :id "
                                   "AND entity = 'contact' AND action = 'updated' ORDER BY id DESC"));
    changed.bindValue(QStringLiteral(":id"), batchId);
    if (!changed.exec())
        return undoError(batchId, changed);
    while (changed.next()) {
        const QJsonObject before = QJsonDocument::fromJson(changed.value(1).toString().toUtf8()).object();
        if (auto s = ImportSnapshot::restore(db, changed.value(0).toLongLong(), before); !s)
            return s;
        touched.insert(changed.value(0).toLongLong());
    }

    // Earlier customers lose the orders of this batch: their last order and lifetime value change.
    QSqlQuery customers(db);
    customers.setForwardOnly(true);
    customers.prepare(
        QStringLiteral("SELECT DISTINCT o.contact_id FROM orders o JOIN contacts c ON c.id = o.contact_id "
                       "WHERE o.import_batch_id = :id AND (c.import_batch_id IS NULL "
                       "OR c.import_batch_id <> :same)"));
    customers.bindValue(QStringLiteral(":id"), batchId);
    customers.bindValue(QStringLiteral(":same"), batchId);
    if (!customers.exec())
        return undoError(batchId, customers);
    while (customers.next())
        touched.insert(customers.value(0).toLongLong());

    // Dropping an index needs the connection's reading statements finished.
    batch.finish();
    changed.finish();
    customers.finish();

    // A batch that is a large part of the book leaves the way it came: its contacts' scattered
    // indexes are dropped and built again over what is left, and when less is left than goes,
    // the search index is made again instead of deleting every document.
    QSqlQuery sizes(db);
    sizes.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM contacts WHERE import_batch_id = :id), "
                                 "(SELECT COUNT(*) FROM contacts)"));
    sizes.bindValue(QStringLiteral(":id"), batchId);
    if (!sizes.exec() || !sizes.next())
        return undoError(batchId, sizes);
    const qint64 created = sizes.value(0).toLongLong();
    const qint64 bookSize = sizes.value(1).toLongLong();
    sizes.finish();
    const bool rebuildSearch = BulkIndexing::worthDroppingIndexes(created, bookSize) && created >= bookSize - created;
    if (BulkIndexing::worthDroppingIndexes(created, bookSize)) {
        if (auto s = indexing.dropScatteredIndexes(); !s)
            return s;
    }

    QStringList deletions = {
        QStringLiteral("DELETE FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE import_batch_id = :id)"),
        QStringLiteral("DELETE FROM orders WHERE import_batch_id = :id"),
        QStringLiteral(
            "DELETE FROM custom_field_values WHERE entity_id IN (SELECT id FROM contacts WHERE import_batch_id "
            "= :id) AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"),
        // Set-based, before the contacts: ON DELETE CASCADE would look them up one contact at a time.
        QStringLiteral("DELETE FROM contact_methods WHERE contact_id IN (SELECT id FROM contacts "
                       "WHERE import_batch_id = :id)"),
        QStringLiteral("DELETE FROM contact_tags WHERE contact_id IN (SELECT id FROM contacts "
                       "WHERE import_batch_id = :id)"),
    };
    if (!rebuildSearch)
        deletions.append(QStringLiteral(
            "DELETE FROM contact_fts WHERE rowid IN (SELECT id FROM contacts WHERE import_batch_id = :id)"));
    deletions.append(QStringLiteral("DELETE FROM contacts WHERE import_batch_id = :id"));
    for (const QString &sql : std::as_const(deletions)) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":id"), batchId);
        if (!query.exec())
            return undoError(batchId, query);
    }
    if (rebuildSearch) {
        if (auto s = indexing.rebuildSearchIndex(); !s)
            return s;
    }

    // Nothing is new after an undo: only the restored contacts and the earlier customers.
    if (auto s = indexing.resume(std::numeric_limits<qint64>::max(), touched); !s)
        return s;

    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = :at WHERE id = :id"));
    mark.bindValue(QStringLiteral(":at"), toStoredTime(clock.nowUtc()));
    mark.bindValue(QStringLiteral(":id"), batchId);
    if (!mark.exec())
        return undoError(batchId, mark);
    if (auto s = AuditLog(db, clock).record(QStringLiteral("import_batch"), batchId, QStringLiteral("undo")); !s)
        return s;
    return tx.commit();
}

} // namespace clientele
