#include "contactlookup.h"

#include "contactrows.h"

#include <QSqlQuery>

namespace clientele::ContactLookup {

namespace {

// The same folding as the stored sort key, so that the look-ups can use its index.
QString foldedName(const QString &name)
{
    Contact contact;
    contact.displayName = name.simplified();
    return ContactRows::sortKey(contact);
}

} // namespace

QList<CompanyName> companiesStartingWith(QSqlDatabase db, const QString &prefix, int limit)
{
    const QString from = foldedName(prefix);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, display_name FROM contacts WHERE deleted_at IS NULL "
                                 "AND sort_key >= :from AND sort_key < :to AND kind = 'company' "
                                 "ORDER BY sort_key, id LIMIT :limit"));
    query.bindValue(QStringLiteral(":from"), from);
    // U+10FFFF sorts after every other character in UTF-8, so [from, to) is "starts with from".
    query.bindValue(QStringLiteral(":to"), from + QStringLiteral("\U0010FFFF"));
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<CompanyName> companies;
    if (!query.exec())
        return companies;
    while (query.next())
        companies.append(CompanyName {query.value(0).toLongLong(), query.value(1).toString()});
    return companies;
}

qint64 findCompany(QSqlDatabase db, const QString &name)
{
    const QString key = foldedName(name);
    if (key.isEmpty())
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NULL AND sort_key = :key "
                                 "AND kind = 'company' ORDER BY id LIMIT 1"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QStringList tagNames(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM tags ORDER BY name_key")))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

int storedValueCount(QSqlDatabase db, qint64 fieldId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM custom_field_values WHERE field_id = :id"));
    query.bindValue(QStringLiteral(":id"), fieldId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace clientele::ContactLookup
