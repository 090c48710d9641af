// Reading and writing the rows a merge changes, for ContactMerger.
#include "contactmergerrows.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace clientele::MergeRows {

namespace {

/// lupdate files these strings under "ContactMerger", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerger)
};

/// The contact columns a merge changes on either record, restored by unmerge().
const QStringList RowColumns {
    QStringLiteral("company_id"),    QStringLiteral("first_name"),     QStringLiteral("last_name"),
    QStringLiteral("display_name"),  QStringLiteral("sort_key"),       QStringLiteral("job_title"),
    QStringLiteral("birthday_year"), QStringLiteral("birthday_month"), QStringLiteral("birthday_day"),
    QStringLiteral("street"),        QStringLiteral("city"),           QStringLiteral("region"),
    QStringLiteral("postal_code"),   QStringLiteral("country"),        QStringLiteral("notes"),
    QStringLiteral("email_consent"), QStringLiteral("consent_date"),   QStringLiteral("consent_source"),
    QStringLiteral("updated_at"),    QStringLiteral("deleted_at"),     QStringLiteral("merged_into"),
};

const QStringList MethodColumns {
    QStringLiteral("id"),         QStringLiteral("contact_id"), QStringLiteral("kind"),
    QStringLiteral("label"),      QStringLiteral("value"),      QStringLiteral("normalized"),
    QStringLiteral("is_primary"), QStringLiteral("position"),   QStringLiteral("import_batch_id"),
};
enum MethodColumn { MId, MContact, MKind, MLabel, MValue, MNormalized, MPrimary, MPosition };

const QList<OwnedTable> Owned {
    {QStringLiteral("orders"), QStringLiteral("orders"), QStringLiteral("contact_id")},
    {QStringLiteral("activities"), QStringLiteral("activities"), QStringLiteral("contact_id")},
    {QStringLiteral("followups"), QStringLiteral("followups"), QStringLiteral("contact_id")},
    {QStringLiteral("deals"), QStringLiteral("deals"), QStringLiteral("contact_id")},
    {QStringLiteral("members"), QStringLiteral("contacts"), QStringLiteral("company_id")},
    {QStringLiteral("merged"), QStringLiteral("contacts"), QStringLiteral("merged_into")},
};

} // namespace

const QList<OwnedTable> &ownedTables()
{
    return Owned;
}

qint64 mergedInto(const QVariantList &row)
{
    return row.value(RowColumns.indexOf(QStringLiteral("merged_into"))).toLongLong();
}

Error sqlError(const QSqlQuery &query)
{
    return Error {Text::tr("The contacts could not be merged: %1").arg(query.lastError().text())};
}

Result<QVariantList> readRow(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE id = :id").arg(RowColumns.join(QStringLiteral(", "))));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Text::tr("There is no contact with id %1.").arg(id), QStringLiteral("id"), Error::Kind::NotFound};
    QVariantList row;
    for (int i = 0; i < RowColumns.size(); ++i)
        row.append(query.value(i));
    return row;
}

Status writeRow(const QSqlDatabase &db, qint64 id, const QVariantList &row)
{
    QStringList assignments;
    for (const QString &column : RowColumns)
        assignments.append(column + QStringLiteral(" = :") + column);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE contacts SET %1 WHERE id = :id").arg(assignments.join(QStringLiteral(", "))));
    for (int i = 0; i < RowColumns.size(); ++i)
        query.bindValue(QLatin1Char(':') + RowColumns.at(i), row.value(i));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<QList<QVariantList>> readMethodRows(const QSqlDatabase &db, qint64 contactId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM contact_methods WHERE contact_id = :id "
                                 "ORDER BY kind, is_primary DESC, position, id")
                      .arg(MethodColumns.join(QStringLiteral(", "))));
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return sqlError(query);
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < MethodColumns.size(); ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

Result<QList<qint64>> readIds(const QSqlDatabase &db, const QString &sql, qint64 contactId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return sqlError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<QPair<qint64, QString>>> readCustom(const QSqlDatabase &db, qint64 contactId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT v.field_id, v.value FROM custom_field_values v "
                                 "JOIN custom_fields f ON f.id = v.field_id "
                                 "WHERE v.entity_id = :id AND f.entity = 'contact' ORDER BY v.field_id"));
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return sqlError(query);
    QList<QPair<qint64, QString>> values;
    while (query.next())
        values.append({query.value(0).toLongLong(), query.value(1).toString()});
    return values;
}

QString methodKey(const QVariantList &row)
{
    const QString normalized = row.value(MNormalized).toString();
    return row.value(MKind).toString() + QLatin1Char('\n')
        + (normalized.isEmpty() ? row.value(MValue).toString().trimmed().toLower() : normalized);
}

MethodPlan planMethods(const QList<QVariantList> &keepRows, const QList<QVariantList> &otherRows)
{
    QSet<QString> keys;
    QMap<QString, int> nextPosition;
    QSet<QString> kindsWithPrimary;
    for (const QVariantList &row : keepRows) {
        keys.insert(methodKey(row));
        const QString kind = row.value(MKind).toString();
        nextPosition[kind] = std::max(nextPosition.value(kind), row.value(MPosition).toInt() + 1);
        kindsWithPrimary.insert(kind);
    }
    MethodPlan plan;
    for (const QVariantList &row : otherRows) {
        const QString key = methodKey(row);
        if (keys.contains(key)) {
            plan.collapsed.append(row.value(MId).toLongLong());
            continue;
        }
        keys.insert(key);
        const QString kind = row.value(MKind).toString();
        const bool primary = !kindsWithPrimary.contains(kind) && row.value(MPrimary).toInt() != 0;
        plan.moves.append({row.value(MId).toLongLong(), nextPosition[kind]++, primary});
    }
    return plan;
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

Status insertMethodRows(const QSqlDatabase &db, const QList<QVariantList> &rows)
{
    QStringList placeholders;
    for (const QString &column : MethodColumns)
        placeholders.append(QLatin1Char(':') + column);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO contact_methods (%1) VALUES (%2)")
                      .arg(MethodColumns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    for (const QVariantList &row : rows) {
        for (int i = 0; i < MethodColumns.size(); ++i)
            query.bindValue(placeholders.at(i), row.value(i));
        if (auto s = exec(query); !s)
            return s;
    }
    return {};
}

Status deleteChildren(const QSqlDatabase &db, const QString &sql, qint64 keepId, qint64 otherId)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":keep"), keepId);
    query.bindValue(QStringLiteral(":other"), otherId);
    return exec(query);
}

Status insertTags(const QSqlDatabase &db, qint64 contactId, const QList<qint64> &tagIds)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (:contact, :tag)"));
    for (const qint64 tagId : tagIds) {
        query.bindValue(QStringLiteral(":contact"), contactId);
        query.bindValue(QStringLiteral(":tag"), tagId);
        if (auto s = exec(query); !s)
            return s;
    }
    return {};
}

Status insertCustom(const QSqlDatabase &db, qint64 contactId, const QList<QPair<qint64, QString>> &values)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO custom_field_values (field_id, entity_id, value) "
                                 "VALUES (:field, :entity, :value)"));
    for (const auto &[fieldId, value] : values) {
        query.bindValue(QStringLiteral(":field"), fieldId);
        query.bindValue(QStringLiteral(":entity"), contactId);
        query.bindValue(QStringLiteral(":value"), value);
        if (auto s = exec(query); !s)
            return s;
    }
    return {};
}

Result<QMap<QString, qint64>> customFieldIds(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, id FROM custom_fields WHERE entity = 'contact'")))
        return sqlError(query);
    QMap<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

} // namespace clientele::MergeRows
