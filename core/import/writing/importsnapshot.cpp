#include "importsnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace clientele::ImportSnapshot {

namespace {

/// lupdate files these strings under "ImportSnapshot", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportSnapshot)
};

// The columns written back on undo. Fixed lists from the schema, never from user input.
const QStringList ContactColumns
    = {QStringLiteral("kind"),           QStringLiteral("company_id"),      QStringLiteral("first_name"),
       QStringLiteral("last_name"),      QStringLiteral("display_name"),    QStringLiteral("sort_key"),
       QStringLiteral("job_title"),      QStringLiteral("birthday_year"),   QStringLiteral("birthday_month"),
       QStringLiteral("birthday_day"),   QStringLiteral("street"),          QStringLiteral("city"),
       QStringLiteral("region"),         QStringLiteral("postal_code"),     QStringLiteral("country"),
       QStringLiteral("notes"),          QStringLiteral("email_consent"),   QStringLiteral("consent_date"),
       QStringLiteral("consent_source"), QStringLiteral("import_batch_id"), QStringLiteral("created_at"),
       QStringLiteral("updated_at"),     QStringLiteral("deleted_at")};
const QStringList MethodColumns
    = {QStringLiteral("id"),         QStringLiteral("contact_id"), QStringLiteral("kind"),
       QStringLiteral("label"),      QStringLiteral("value"),      QStringLiteral("normalized"),
       QStringLiteral("is_primary"), QStringLiteral("position"),   QStringLiteral("import_batch_id")};

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        // As a string: JSON numbers are doubles, and ids must come back exactly.
        return QJsonObject {{QStringLiteral("i"), QString::number(value.toLongLong())}};
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isObject())
        return value.toObject().value(QStringLiteral("i")).toString().toLongLong();
    if (value.isDouble())
        return value.toDouble();
    return value.toString();
}

Error queryError(const QSqlQuery &query)
{
    return Error {Text::tr("The contact could not be saved for undo: %1").arg(query.lastError().text())};
}

Result<QJsonArray> rows(QSqlDatabase db, const QString &sql, qint64 contactId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec())
        return queryError(query);
    QJsonArray array;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toJson(query.value(i)));
        array.append(row);
    }
    return array;
}

} // namespace

Result<QJsonObject> capture(QSqlDatabase db, qint64 contactId)
{
    auto contact = rows(
        db, QStringLiteral("SELECT %1 FROM contacts WHERE id = :id").arg(ContactColumns.join(QStringLiteral(", "))),
        contactId);
    if (!contact)
        return contact.error();
    if (contact->isEmpty())
        return Error {Text::tr("Contact %1 does not exist.").arg(contactId), {}, Error::Kind::NotFound};
    auto methods = rows(db,
                        QStringLiteral("SELECT %1 FROM contact_methods WHERE contact_id = :id ORDER BY id")
                            .arg(MethodColumns.join(QStringLiteral(", "))),
                        contactId);
    if (!methods)
        return methods.error();
    auto tags
        = rows(db, QStringLiteral("SELECT tag_id FROM contact_tags WHERE contact_id = :id ORDER BY tag_id"), contactId);
    if (!tags)
        return tags.error();
    auto custom = rows(db,
                       QStringLiteral("SELECT v.field_id, v.value FROM custom_field_values v "
                                      "JOIN custom_fields f ON f.id = v.field_id "
                                      "WHERE v.entity_id = :id AND f.entity = 'contact' ORDER BY v.field_id"),
                       contactId);
    if (!custom)
        return custom.error();
    return QJsonObject {{QStringLiteral("contact"), contact->first()},
                        {QStringLiteral("methods"), *methods},
                        {QStringLiteral("tags"), *tags},
                        {QStringLiteral("custom"), *custom}};
}

Status restore(QSqlDatabase db, qint64 contactId, const QJsonObject &snapshot)
{
    const QJsonObject contact = snapshot.value(QStringLiteral("contact")).toObject();
    QStringList assignments;
    for (const QString &column : ContactColumns)
        assignments.append(column + QStringLiteral(" = :") + column);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE contacts SET %1 WHERE id = :id").arg(assignments.join(QStringLiteral(", "))));
    for (const QString &column : ContactColumns)
        update.bindValue(QLatin1Char(':') + column, fromJson(contact.value(column)));
    update.bindValue(QStringLiteral(":id"), contactId);
    if (!update.exec())
        return queryError(update);

    const auto run = [&](const QString &sql) -> Status {
        QSqlQuery query(db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":id"), contactId);
        if (!query.exec())
            return queryError(query);
        return {};
    };
    if (auto s = run(QStringLiteral("DELETE FROM contact_methods WHERE contact_id = :id")); !s)
        return s;
    if (auto s = run(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = :id")); !s)
        return s;
    if (auto s = run(QStringLiteral("DELETE FROM custom_field_values WHERE entity_id = :id "
                                    "AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"));
        !s)
        return s;

    QSqlQuery method(db);
    method.prepare(QStringLiteral("INSERT INTO contact_methods (%1) VALUES (:%2)")
                       .arg(MethodColumns.join(QStringLiteral(", ")), MethodColumns.join(QStringLiteral(", :"))));
    for (const QJsonValue &value : snapshot.value(QStringLiteral("methods")).toArray()) {
        const QJsonObject row = value.toObject();
        for (const QString &column : MethodColumns)
            method.bindValue(QLatin1Char(':') + column, fromJson(row.value(column)));
        if (!method.exec())
            return queryError(method);
    }
    QSqlQuery tag(db);
    tag.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (:id, :tag)"));
    for (const QJsonValue &value : snapshot.value(QStringLiteral("tags")).toArray()) {
        tag.bindValue(QStringLiteral(":id"), contactId);
        tag.bindValue(QStringLiteral(":tag"), fromJson(value.toObject().value(QStringLiteral("tag_id"))));
        if (!tag.exec())
            return queryError(tag);
    }
    QSqlQuery custom(db);
    custom.prepare(
        QStringLiteral("INSERT INTO custom_field_values (field_id, entity_id, value) VALUES (:field, :id, :value)"));
    for (const QJsonValue &value : snapshot.value(QStringLiteral("custom")).toArray()) {
        const QJsonObject row = value.toObject();
        custom.bindValue(QStringLiteral(":field"), fromJson(row.value(QStringLiteral("field_id"))));
        custom.bindValue(QStringLiteral(":id"), contactId);
        custom.bindValue(QStringLiteral(":value"), fromJson(row.value(QStringLiteral("value"))));
        if (!custom.exec())
            return queryError(custom);
    }
    return {};
}

} // namespace clientele::ImportSnapshot
