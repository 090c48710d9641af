#pragma once

#include "common/result.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace clientele {

/// Lets a bulk writer keep the full-text index and the contact list's sort keys in step once,
/// instead of row by row.
///
/// The schema's triggers rewrite a contact's contact_fts row on every write to the contact, its
/// emails, phones and tags. That is right for single edits, but FTS5 flushes its pending terms
/// into a new index segment at the end of every statement inside a transaction, so an import of
/// N contacts made about 4N tiny segments and merged them over and over. A bulk writer suspends
/// the triggers inside its own transaction (SQLite's DDL is transactional: a rollback or a crash
/// brings them back untouched) and reindexes what it wrote with one statement before it commits.
/// The list's sort-key triggers (0002_contact_list.sql) rewrite the contact row and its eight
/// list indexes for every email, phone and tag: they are suspended and caught up the same way.
class BulkIndexing final
{
public:
    explicit BulkIndexing(QSqlDatabase db);

    /// Drops the index triggers, remembering their definitions. Must run inside a transaction.
    Status suspend();
    /// For a write that is large beside the book: drops the contact indexes whose keys land at
    /// random places (the list's sort orders, the birthday and email/phone match indexes),
    /// remembering their definitions. Building an index once by sorting is many times cheaper than
    /// inserting a million random keys into it one by one. Must run inside the transaction;
    /// resume() creates them again (or a rollback brings them back untouched). The indexes that
    /// the write itself reads through (by contact, by company, by batch) and those whose keys
    /// only grow (ids) stay.
    Status dropScatteredIndexes();
    bool indexesDropped() const { return !m_indexes.isEmpty(); }
    /// True when writing (or deleting) `rows` contacts in a book of `bookSize` costs less with the
    /// scattered indexes dropped and built again than with them kept: more than a quarter of the
    /// book, and at least a thousand rows (measured in docs/PERFORMANCE.md).
    static bool worthDroppingIndexes(qint64 rows, qint64 bookSize);

    /// For a delete that leaves less of the book than it removes (the undo of a big import): the
    /// search index is made again from the contacts that are left, which is cheaper than deleting
    /// each document (FTS5 reads a document back to delete it). Call it with the triggers
    /// suspended, after the deletes; resume() then catches up `changed` as usual.
    Status rebuildSearchIndex();

    /// Recreates any dropped indexes, rebuilds the index rows of every contact with an id above
    /// `newAfterId` (the ones the bulk write created) and their list keys (unless the writer put
    /// them in the rows already: `newListKeysWritten`), the index rows and list keys of the
    /// contacts in `changed` (updated, or given orders; the list keys also of new ones changed
    /// after their insert) and of the members of changed companies, then recreates the triggers
    /// exactly as they were.
    Status resume(qint64 newAfterId, const QSet<qint64> &changed, bool newListKeysWritten = false);

    bool isSuspended() const { return !m_triggers.isEmpty(); }

    /// The INSERT of contact_fts documents for the contacts `c` a WHERE clause appended to it
    /// selects (none: every contact), built as the index triggers build them.
    static QString indexDocumentsSql();
    /// The UPDATE of the list's sort keys for the contacts a WHERE clause appended to it selects
    /// (none: every contact), computed as the sort-key triggers compute them.
    static QString listKeysSql();

private:
    /// Drops each named trigger or index (kind is "TRIGGER" or "INDEX").
    Status dropAll(const QString &kind, const QList<QPair<QString, QString>> &objects);
    Status recreateIndexes();
    Status addNewDocuments(qint64 newAfterId);
    Status setAutomerge(const QString &value);

    QSqlDatabase m_db;
    QList<QPair<QString, QString>> m_triggers; ///< name, CREATE TRIGGER statement
    QList<QPair<QString, QString>> m_indexes; ///< name, CREATE INDEX statement
    bool m_listKeys = false; ///< the list's sort-key triggers were among them
    bool m_bigBatch = false; ///< dropScatteredIndexes() ran: the write is large beside the book
};

} // namespace clientele
