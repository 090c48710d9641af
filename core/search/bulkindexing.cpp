#include "bulkindexing.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace clientele {

namespace {

Error indexError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("BulkIndexing", "The search index could not be updated: %1")
                      .arg(query.lastError().text())};
}

// The same document the triggers of 0001_initial.sql build for one contact; the import tests
// compare the two row for row, so a change to either shows up at once.
const QString IndexedDocument = QStringLiteral(
    "INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes, activities) "
    "SELECT c.id, "
    "       c.display_name || CASE WHEN instr(c.display_name, c.first_name) > 0 "
    "                               AND instr(c.display_name, c.last_name) > 0 "
    "                          THEN '' ELSE ' ' || c.first_name || ' ' || c.last_name END, "
    "       COALESCE(co.display_name, ''), "
    "       COALESCE((SELECT group_concat(m.value, ' ') FROM contact_methods m "
    "                 WHERE m.contact_id = c.id AND m.kind = 'email'), ''), "
    "       COALESCE((SELECT group_concat(m.value || ' ' || m.normalized || ' ' || replace(m.normalized, '+', '') "
    "                        || ' ' || replace(replace(replace(replace(replace(replace(m.value, ' ', ''), '-', ''), "
    "                        '(', ''), ')', ''), '.', ''), '/', ''), ' ') "
    "                 FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'phone'), ''), "
    "       COALESCE((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
    "                 WHERE ct.contact_id = c.id), ''), "
    "       c.notes, "
    "       COALESCE((SELECT group_concat(a.subject || ' ' || a.body, ' ') FROM activities a "
    "                 WHERE a.contact_id = c.id AND a.deleted_at IS NULL), '') "
    "FROM contacts c LEFT JOIN contacts co ON co.id = c.company_id ");

// The list's sort keys (0002_contact_list.sql), as that migration's backfill computes them for
// every contact; the import tests compare them with what the triggers keep.
const QString ListKeys = QStringLiteral(
    "UPDATE contacts "
    "   SET last_name_key = CASE "
    "           WHEN kind = 'company' OR last_name = '' THEN sort_key "
    "           WHEN length(sort_key) = length(display_name) "
    "                AND substr(display_name, -length(last_name)) = last_name "
    "               THEN substr(sort_key, -length(last_name)) || ' ' || sort_key "
    "           ELSE lower(last_name) || ' ' || sort_key "
    "       END, "
    "       company_key = COALESCE((SELECT co.sort_key FROM contacts co WHERE co.id = contacts.company_id), ''), "
    "       primary_email = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id "
    "                                 AND m.kind = 'email' ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''), "
    "       primary_phone = COALESCE((SELECT m.value FROM contact_methods m WHERE m.contact_id = contacts.id "
    "                                 AND m.kind = 'phone' ORDER BY m.is_primary DESC, m.position, m.id LIMIT 1), ''), "
    "       tag_list = COALESCE((SELECT group_concat(t.name, ', ') FROM contact_tags ct "
    "                            JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = contacts.id), ''), "
    "       last_order_at = COALESCE((SELECT max(o.ordered_at) FROM orders o WHERE o.contact_id = contacts.id "
    "                                 AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), ''), "
    "       lifetime_minor = COALESCE((SELECT sum(o.total_minor) FROM orders o WHERE o.contact_id = contacts.id "
    "                                  AND o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled')), 0), "
    "       next_followup_at = COALESCE((SELECT min(COALESCE(f.snoozed_until, f.due_at)) FROM followups f "
    "                                    WHERE f.contact_id = contacts.id AND f.done_at IS NULL "
    "                                    AND f.deleted_at IS NULL), '') ");

} // namespace

QString BulkIndexing::indexDocumentsSql()
{
    return IndexedDocument;
}

QString BulkIndexing::listKeysSql()
{
    return ListKeys;
}

BulkIndexing::BulkIndexing(QSqlDatabase db)
    : m_db(db)
{ }

Status BulkIndexing::suspend()
{
    if (isSuspended())
        return {};
    QSqlQuery triggers(m_db);
    triggers.setForwardOnly(true);
    if (!triggers.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND (sql LIKE '%contact_fts%' OR name LIKE '%\\_list\\_%' ESCAPE '\\') "
                                      "ORDER BY name")))
        return indexError(triggers);
    while (triggers.next()) {
        const QString name = triggers.value(0).toString();
        m_listKeys = m_listKeys || name.contains(QLatin1String("_list_"));
        m_triggers.append({name, triggers.value(1).toString()});
    }
    triggers.finish();

    return dropAll(QStringLiteral("TRIGGER"), m_triggers);
}

Status BulkIndexing::dropScatteredIndexes()
{
    if (indexesDropped())
        return {};
    QSqlQuery indexes(m_db);
    indexes.setForwardOnly(true);
    // Named rather than guessed: a new index is fast to write row by row unless it is listed here.
    if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                     "AND (name LIKE 'contacts\\_list\\_%' ESCAPE '\\' OR name IN ('contacts_sort', "
                                     "'contacts_birthday', 'contact_methods_match')) ORDER BY name")))
        return indexError(indexes);
    while (indexes.next())
        m_indexes.append({indexes.value(0).toString(), indexes.value(1).toString()});
    indexes.finish();
    m_bigBatch = true;
    return dropAll(QStringLiteral("INDEX"), m_indexes);
}

Status BulkIndexing::dropAll(const QString &kind, const QList<QPair<QString, QString>> &objects)
{
    for (const auto &[name, sql] : objects) {
        QSqlQuery drop(m_db);
        // DDL takes no bound parameters; the name comes from sqlite_master, quoted as an identifier.
        if (!drop.exec(QStringLiteral("DROP %1 \"%2\"")
                           .arg(kind, QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")))))
            return indexError(drop);
    }
    return {};
}

bool BulkIndexing::worthDroppingIndexes(qint64 rows, qint64 bookSize)
{
    return rows > std::max<qint64>(1000, bookSize / 4);
}

Status BulkIndexing::rebuildSearchIndex()
{
    QSqlQuery table(m_db);
    if (!table.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'contact_fts'"))
        || !table.next())
        return indexError(table);
    const QString createSql = table.value(0).toString();
    table.finish();
    // DDL is transactional in SQLite: a rollback brings the old index back untouched.
    QSqlQuery drop(m_db);
    if (!drop.exec(QStringLiteral("DROP TABLE contact_fts")))
        return indexError(drop);
    QSqlQuery create(m_db);
    if (!create.exec(createSql))
        return indexError(create);
    if (auto s = setAutomerge(QStringLiteral("0")); !s)
        return s;
    QSqlQuery documents(m_db);
    if (!documents.exec(BulkIndexing::indexDocumentsSql()))
        return indexError(documents);
    return setAutomerge(QStringLiteral("4")); // FTS5's default, as the table had when it was made
}

Status BulkIndexing::recreateIndexes()
{
    // Each CREATE INDEX sorts its keys once. PRAGMA threads would give the sorter a helper thread
    // (0.7 s less per index of a million rows) but costs each helper a cache's worth of memory,
    // which took a million-row import past its 250 MB (docs/PERFORMANCE.md).
    for (const auto &[name, sql] : std::as_const(m_indexes)) {
        QSqlQuery create(m_db);
        if (!create.exec(sql))
            return indexError(create);
    }
    m_indexes.clear();
    return {};
}

Status BulkIndexing::setAutomerge(const QString &value)
{
    QSqlQuery automerge(m_db);
    automerge.prepare(QStringLiteral("INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', :value)"));
    automerge.bindValue(QStringLiteral(":value"), value.toInt());
    return automerge.exec() ? Status() : indexError(automerge);
}

Status BulkIndexing::addNewDocuments(qint64 newAfterId)
{
    QSqlQuery removeNew(m_db);
    removeNew.prepare(QStringLiteral("DELETE FROM contact_fts WHERE rowid > :after"));
    removeNew.bindValue(QStringLiteral(":after"), newAfterId);
    if (!removeNew.exec())
        return indexError(removeNew);
    // For a big batch FTS5's incremental merging would rewrite the new segments again and again
    // while they are written: it pauses, and the merges resume with the next writes.
    QString automerge;
    if (m_bigBatch) {
        QSqlQuery current(m_db);
        if (!current.exec(QStringLiteral("SELECT v FROM contact_fts_config WHERE k = 'automerge'")))
            return indexError(current);
        automerge = current.next() ? current.value(0).toString() : QStringLiteral("4"); // FTS5's default
        current.finish();
        if (auto s = setAutomerge(QStringLiteral("0")); !s)
            return s;
    }
    QSqlQuery addNew(m_db);
    addNew.prepare(BulkIndexing::indexDocumentsSql() + QStringLiteral("WHERE c.id > :after"));
    addNew.bindValue(QStringLiteral(":after"), newAfterId);
    if (!addNew.exec())
        return indexError(addNew);
    return m_bigBatch ? setAutomerge(automerge) : Status();
}

Status BulkIndexing::resume(qint64 newAfterId, const QSet<qint64> &changed, bool newListKeysWritten)
{
    if (auto s = recreateIndexes(); !s)
        return s;
    if (!isSuspended())
        return {};
    if (auto s = addNewDocuments(newAfterId); !s)
        return s;

    if (m_listKeys && !newListKeysWritten) {
        QSqlQuery keysNew(m_db);
        keysNew.prepare(BulkIndexing::listKeysSql() + QStringLiteral("WHERE id > :after"));
        keysNew.bindValue(QStringLiteral(":after"), newAfterId);
        if (!keysNew.exec())
            return indexError(keysNew);
    }

    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM contact_fts WHERE rowid IN "
                                  "(SELECT id FROM contacts WHERE id = :id OR company_id = :company)"));
    QSqlQuery add(m_db);
    add.prepare(BulkIndexing::indexDocumentsSql() + QStringLiteral("WHERE c.id = :id OR c.company_id = :company"));
    QSqlQuery keys(m_db);
    if (m_listKeys)
        keys.prepare(BulkIndexing::listKeysSql() + QStringLiteral("WHERE id = :id OR company_id = :company"));
    for (const qint64 id : changed) {
        // New contacts were indexed above; their list keys too unless the writer put them in.
        QList<QSqlQuery *> queries;
        if (id <= newAfterId)
            queries = {&remove, &add};
        if (m_listKeys && (id <= newAfterId || newListKeysWritten))
            queries.append(&keys);
        for (QSqlQuery *query : std::as_const(queries)) {
            query->bindValue(QStringLiteral(":id"), id);
            query->bindValue(QStringLiteral(":company"), id);
            if (!query->exec())
                return indexError(*query);
        }
    }

    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        QSqlQuery create(m_db);
        if (!create.exec(sql))
            return indexError(create);
    }
    m_triggers.clear();
    m_listKeys = false;
    m_bigBatch = false;
    return {};
}

} // namespace clientele
