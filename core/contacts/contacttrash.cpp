// ContactEdits: moving many contacts to the trash and back, exactly reversible, and the purge.
#include "contactedits.h"

#include "contactrepository.h"

#include "audit/auditlog.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

struct TrashState
{
    bool found = false;
    QDateTime createdAt;
    QDateTime deletedAt;
    QDateTime updatedAt;
};

TrashState readState(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT created_at, deleted_at, updated_at FROM contacts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return {};
    return TrashState {true, fromStoredTime(query.value(0).toString()), fromStoredTime(query.value(1).toString()),
                       fromStoredTime(query.value(2).toString())};
}

Error missing(qint64 id)
{
    return Error {QCoreApplication::translate("ContactEdits", "There is no contact with id %1.").arg(id),
                  QStringLiteral("id"), Error::Kind::NotFound};
}

} // namespace

Result<QList<TrashChange>> ContactEdits::moveToTrash(const QList<qint64> &ids)
{
    return changeTrash(ids, true);
}

Result<QList<TrashChange>> ContactEdits::restore(const QList<qint64> &ids)
{
    return changeTrash(ids, false);
}

Result<QList<TrashChange>> ContactEdits::changeTrash(const QList<qint64> &ids, bool toTrash)
{
    ContactRepository repo(m_db, m_clock);
    QList<TrashChange> changes;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    for (const qint64 id : ids) {
        const TrashState before = readState(m_db, id);
        if (!before.found)
            return missing(id);
        // Already where it is going: nothing to change, nothing to undo.
        if (before.deletedAt.isValid() == toTrash)
            continue;
        if (auto s = toTrash ? repo.moveToTrash(id) : repo.restore(id); !s)
            return s.error();
        const TrashState after = readState(m_db, id);
        changes.append(
            TrashChange {id, before.createdAt, before.deletedAt, before.updatedAt, after.deletedAt, after.updatedAt});
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changes;
}

Status ContactEdits::applyTrash(const QList<TrashChange> &changes, bool forward)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    AuditLog audit(m_db, m_clock);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE contacts SET deleted_at = :deleted_at, updated_at = :updated_at "
                                 "WHERE id = :id AND created_at = :created_at"));
    for (const TrashChange &change : changes) {
        const QDateTime deleted = forward ? change.deletedAfter : change.deletedBefore;
        query.bindValue(QStringLiteral(":deleted_at"), sqlTextOrNull(toStoredTime(deleted)));
        query.bindValue(QStringLiteral(":updated_at"),
                        toStoredTime(forward ? change.updatedAfter : change.updatedBefore));
        query.bindValue(QStringLiteral(":id"), change.id);
        query.bindValue(QStringLiteral(":created_at"), toStoredTime(change.createdAt));
        if (!query.exec())
            return Error {QCoreApplication::translate("ContactEdits", "The contact could not be saved: %1")
                              .arg(query.lastError().text())};
        if (query.numRowsAffected() == 0)
            return missing(change.id);
        if (auto s = audit.record(QStringLiteral("contact"), change.id,
                                  deleted.isValid() ? QStringLiteral("trash") : QStringLiteral("restore"));
            !s)
            return s;
    }
    return tx.commit();
}

Status ContactEdits::purge(const QList<qint64> &ids)
{
    ContactRepository repo(m_db, m_clock);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const qint64 id : ids) {
        if (auto s = repo.purge(id); !s)
            return s;
    }
    return tx.commit();
}

} // namespace clientele
