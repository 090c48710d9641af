// The paged contact list: sorting, filtering and paging in SQL.
#include "contactrepository.h"

#include "common/timeformat.h"

#include <QSqlQuery>

namespace clientele {

namespace {

// ORDER BY terms come from this fixed table, never from caller text.
QString orderBy(const ContactListQuery &q)
{
    const QString direction = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (q.sort) {
    case ContactListQuery::Sort::Company:
        return QStringLiteral("lower(COALESCE(co.display_name, ''))") + direction
            + QStringLiteral(", c.sort_key, c.id");
    case ContactListQuery::Sort::Email:
        return QStringLiteral("email IS NULL, email") + direction + QStringLiteral(", c.sort_key, c.id");
    case ContactListQuery::Sort::Created:
        return QStringLiteral("c.created_at") + direction + QStringLiteral(", c.id") + direction;
    case ContactListQuery::Sort::Updated:
        return QStringLiteral("c.updated_at") + direction + QStringLiteral(", c.id") + direction;
    case ContactListQuery::Sort::Name:
        break;
    }
    return QStringLiteral("c.sort_key") + direction + QStringLiteral(", c.id") + direction;
}

const QString Filter
    = QStringLiteral(" WHERE (CASE WHEN :in_trash = 1 THEN c.deleted_at IS NOT NULL ELSE c.deleted_at IS NULL END)"
                     " AND (:tag_any = 1 OR EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                     "      WHERE ct.contact_id = c.id AND t.name_key = :tag))"
                     " AND (:company_any = 1 OR c.company_id = :company_id)");

void bindFilter(QSqlQuery &query, const ContactListQuery &q)
{
    query.bindValue(QStringLiteral(":in_trash"), q.inTrash ? 1 : 0);
    query.bindValue(QStringLiteral(":tag_any"), q.tag.trimmed().isEmpty() ? 1 : 0);
    query.bindValue(QStringLiteral(":tag"), q.tag.trimmed().toLower());
    query.bindValue(QStringLiteral(":company_any"), q.companyId == 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":company_id"), q.companyId);
}

} // namespace

QList<ContactSummary> ContactRepository::list(const ContactListQuery &q) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.id, c.kind, c.display_name, co.display_name, "
                       " (SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'email'"
                       "  ORDER BY m.is_primary DESC, m.position LIMIT 1) AS email, "
                       " (SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'phone'"
                       "  ORDER BY m.is_primary DESC, m.position LIMIT 1) AS phone, "
                       " (SELECT group_concat(t.name, ', ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                       "  WHERE ct.contact_id = c.id) AS tags, "
                       " c.deleted_at "
                       "FROM contacts c LEFT JOIN contacts co ON co.id = c.company_id")
        + Filter + QStringLiteral(" ORDER BY ") + orderBy(q) + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindFilter(query, q);
    query.bindValue(QStringLiteral(":limit"), q.limit > 0 ? q.limit : -1);
    query.bindValue(QStringLiteral(":offset"), q.offset);
    QList<ContactSummary> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        ContactSummary s;
        s.id = query.value(0).toLongLong();
        s.kind = query.value(1).toString() == QLatin1String("company") ? Contact::Kind::Company : Contact::Kind::Person;
        s.displayName = query.value(2).toString();
        s.companyName = query.value(3).toString();
        s.email = query.value(4).toString();
        s.phone = query.value(5).toString();
        const QString tags = query.value(6).toString();
        if (!tags.isEmpty())
            s.tags = tags.split(QStringLiteral(", "));
        s.deletedAt = fromStoredTime(query.value(7).toString());
        rows.append(s);
    }
    return rows;
}

int ContactRepository::count(const ContactListQuery &q) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts c") + Filter);
    bindFilter(query, q);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace clientele
