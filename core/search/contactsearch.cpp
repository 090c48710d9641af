#include "contactsearch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

ContactSearch::ContactSearch(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString ContactSearch::toFtsQuery(const QString &text)
{
    // Each word becomes a quoted prefix term ("smi"*), so FTS5 operators typed by a person
    // (AND, NEAR, -, :, parentheses) are plain text and every word must match.
    QStringList terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        word.remove(QLatin1Char('*'));
        bool hasSearchable = false;
        for (const QChar c : std::as_const(word))
            hasSearchable = hasSearchable || c.isLetterOrNumber();
        if (hasSearchable)
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> ContactSearch::search(const QString &text, int limit, bool includeTrash) const
{
    QList<SearchHit> hits;
    const QString fts = toFtsQuery(text);
    if (fts.isEmpty())
        return hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // bm25 column weights: name 10, company 5, emails 4, phones 4, tags 3, notes 1, activities 1,
    // so that a name match ranks above a mention in a note.
    query.prepare(
        QStringLiteral("SELECT c.id, c.display_name, co.display_name, "
                       " (SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'email'"
                       "  ORDER BY m.is_primary DESC, m.position LIMIT 1), "
                       " (SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'phone'"
                       "  ORDER BY m.is_primary DESC, m.position LIMIT 1), "
                       " snippet(contact_fts, -1, '[', ']', '…', 10), "
                       " bm25(contact_fts, 10.0, 5.0, 4.0, 4.0, 3.0, 1.0, 1.0) AS score "
                       "FROM contact_fts JOIN contacts c ON c.id = contact_fts.rowid "
                       "LEFT JOIN contacts co ON co.id = c.company_id "
                       "WHERE contact_fts MATCH :query AND (:include_trash = 1 OR c.deleted_at IS NULL) "
                       "ORDER BY score, c.sort_key LIMIT :limit"));
    query.bindValue(QStringLiteral(":query"), fts);
    query.bindValue(QStringLiteral(":include_trash"), includeTrash ? 1 : 0);
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : 50);
    if (!query.exec())
        return Error {
            QCoreApplication::translate("ContactSearch", "The search failed: %1").arg(query.lastError().text())};
    while (query.next()) {
        SearchHit hit;
        hit.contactId = query.value(0).toLongLong();
        hit.displayName = query.value(1).toString();
        hit.companyName = query.value(2).toString();
        hit.email = query.value(3).toString();
        hit.phone = query.value(4).toString();
        hit.snippet = query.value(5).toString();
        hit.rank = query.value(6).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace clientele
