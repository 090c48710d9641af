#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clientele {

/// One search hit: the contact, and where the query matched.
struct SearchHit
{
    qint64 contactId = 0;
    QString displayName;
    QString companyName;
    QString email;
    QString phone;
    /// Short excerpt around the match, with the matched words wrapped in [ and ].
    QString snippet;
    double rank = 0; ///< lower is better (FTS5 bm25, with name matches weighted up)
};

/// Full-text search over the contact book (names, company, emails, phones, tags, notes,
/// activity text), through the SQLite FTS5 index the schema keeps in sync.
class ContactSearch final
{
public:
    explicit ContactSearch(QSqlDatabase db);

    /// Every word of `text` must match; each word matches as a prefix ("smi" finds Smith) and
    /// without diacritics ("muller" finds Müller). Contacts in the trash are left out unless
    /// `includeTrash`. Name matches rank above note matches.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50, bool includeTrash = false) const;

    /// Turns what a person typed into a safe FTS5 query: words quoted, operators neutralised.
    static QString toFtsQuery(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace clientele
