#include "customfieldrepository.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

const QString Entity = QStringLiteral("custom_field");

Error sqlError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("CustomFieldRepository", "The custom field could not be saved: %1")
                      .arg(query.lastError().text())};
}

QString choicesJson(const QStringList &choices)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

CustomField fromRow(const QSqlQuery &q)
{
    CustomField f;
    f.id = q.value(0).toLongLong();
    f.entity = q.value(1).toString();
    f.name = q.value(2).toString();
    f.type = CustomField::typeFromName(q.value(3).toString()).value_or(CustomField::Type::Text);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        f.choices.append(v.toString());
    f.position = q.value(5).toInt();
    return f;
}

const QString Columns = QStringLiteral("SELECT id, entity, name, field_type, choices, position FROM custom_fields ");

} // namespace

QString CustomField::typeName(Type type)
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Choice:
        return QStringLiteral("choice");
    }
    return QStringLiteral("text");
}

std::optional<CustomField::Type> CustomField::typeFromName(const QString &name)
{
    for (Type t : {Type::Text, Type::Number, Type::Date, Type::Bool, Type::Choice}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

CustomFieldRepository::CustomFieldRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status CustomFieldRepository::validateValue(const CustomField &field, const QString &value)
{
    if (value.isEmpty())
        return {};
    const auto invalid = [&](const QString &message) {
        return Status(Error {message, field.name, Error::Kind::Validation});
    };
    switch (field.type) {
    case CustomField::Type::Text:
        return {};
    case CustomField::Type::Number: {
        bool ok = false;
        QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        return ok ? Status()
                  : invalid(QCoreApplication::translate("CustomFieldRepository", "%1: '%2' is not a number.")
                                .arg(field.name, value));
    }
    case CustomField::Type::Date:
        return QDate::fromString(value, Qt::ISODate).isValid()
            ? Status()
            : invalid(QCoreApplication::translate("CustomFieldRepository", "%1: '%2' is not a date (YYYY-MM-DD).")
                          .arg(field.name, value));
    case CustomField::Type::Bool: {
        static const QStringList accepted = {QStringLiteral("yes"),   QStringLiteral("no"), QStringLiteral("true"),
                                             QStringLiteral("false"), QStringLiteral("1"),  QStringLiteral("0")};
        return accepted.contains(value.toLower())
            ? Status()
            : invalid(QCoreApplication::translate("CustomFieldRepository", "%1: '%2' is not yes or no.")
                          .arg(field.name, value));
    }
    case CustomField::Type::Choice:
        return field.choices.contains(value)
            ? Status()
            : invalid(QCoreApplication::translate("CustomFieldRepository", "%1: '%2' is not one of the choices (%3).")
                          .arg(field.name, value, field.choices.join(QStringLiteral(", "))));
    }
    return {};
}

Result<qint64> CustomFieldRepository::create(CustomField field)
{
    field.name = field.name.simplified();
    if (field.name.isEmpty())
        return Error {QCoreApplication::translate("CustomFieldRepository", "A custom field needs a name."),
                      QStringLiteral("name"), Error::Kind::Validation};
    if (field.type == CustomField::Type::Choice && field.choices.isEmpty())
        return Error {QCoreApplication::translate("CustomFieldRepository", "A choice field needs at least one choice."),
                      QStringLiteral("choices"), Error::Kind::Validation};
    if (findByName(field.name, field.entity))
        return Error {
            QCoreApplication::translate("CustomFieldRepository", "There is already a field called %1.").arg(field.name),
            QStringLiteral("name"), Error::Kind::Conflict};

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO custom_fields (entity, name, name_key, field_type, choices, position, created_at) "
                       "VALUES (:entity, :name, :key, :type, :choices, "
                       " (SELECT COALESCE(MAX(position) + 1, 0) FROM custom_fields WHERE entity = :entity2), :now)"));
    query.bindValue(QStringLiteral(":entity"), field.entity);
    query.bindValue(QStringLiteral(":entity2"), field.entity);
    query.bindValue(QStringLiteral(":name"), field.name);
    query.bindValue(QStringLiteral(":key"), field.name.toLower());
    query.bindValue(QStringLiteral(":type"), CustomField::typeName(field.type));
    query.bindValue(QStringLiteral(":choices"), choicesJson(field.choices));
    query.bindValue(QStringLiteral(":now"), toStoredTime(m_clock.nowUtc()));
    if (!query.exec())
        return sqlError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    const QJsonObject details {{QStringLiteral("name"), field.name},
                               {QStringLiteral("type"), CustomField::typeName(field.type)}};
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("create"), details); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CustomFieldRepository::update(const CustomField &field)
{
    const QString name = field.name.simplified();
    if (name.isEmpty())
        return Error {QCoreApplication::translate("CustomFieldRepository", "A custom field needs a name."),
                      QStringLiteral("name"), Error::Kind::Validation};
    if (const auto other = findByName(name, field.entity); other && other->id != field.id)
        return Error {
            QCoreApplication::translate("CustomFieldRepository", "There is already a field called %1.").arg(name),
            QStringLiteral("name"), Error::Kind::Conflict};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE custom_fields SET name = :name, name_key = :key, field_type = :type, "
                                 "choices = :choices, position = :position WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":key"), name.toLower());
    query.bindValue(QStringLiteral(":type"), CustomField::typeName(field.type));
    query.bindValue(QStringLiteral(":choices"), choicesJson(field.choices));
    query.bindValue(QStringLiteral(":position"), field.position);
    query.bindValue(QStringLiteral(":id"), field.id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return Error {
            QCoreApplication::translate("CustomFieldRepository", "There is no custom field with id %1.").arg(field.id),
            QStringLiteral("id"), Error::Kind::NotFound};
    if (auto s
        = AuditLog(m_db, m_clock).record(Entity, field.id, QStringLiteral("update"), {{QStringLiteral("name"), name}});
        !s)
        return s;
    return tx.commit();
}

Status CustomFieldRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM custom_fields WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return Error {
            QCoreApplication::translate("CustomFieldRepository", "There is no custom field with id %1.").arg(id),
            QStringLiteral("id"), Error::Kind::NotFound};
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("delete")); !s)
        return s;
    return tx.commit();
}

QList<CustomField> CustomFieldRepository::list(const QString &entity) const
{
    QList<CustomField> fields;
    QSqlQuery query(m_db);
    query.prepare(Columns + QStringLiteral("WHERE entity = :entity ORDER BY position, name_key"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.exec();
    while (query.next())
        fields.append(fromRow(query));
    return fields;
}

Result<CustomField> CustomFieldRepository::findByName(const QString &name, const QString &entity) const
{
    QSqlQuery query(m_db);
    query.prepare(Columns + QStringLiteral("WHERE entity = :entity AND name_key = :key"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":key"), name.simplified().toLower());
    if (query.exec() && query.next())
        return fromRow(query);
    return Error {QCoreApplication::translate("CustomFieldRepository", "There is no custom field called %1.").arg(name),
                  QStringLiteral("name"), Error::Kind::NotFound};
}

Result<qint64> CustomFieldRepository::ensure(const QString &name, const QString &entity)
{
    if (const auto existing = findByName(name, entity))
        return existing->id;
    CustomField field;
    field.name = name;
    field.entity = entity;
    return create(field);
}

} // namespace clientele
