#include "importpresetrepository.h"

#include "importer.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

/// lupdate files these strings under "ImportPresetRepository", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportPresetRepository)
};

const QString Entity = QStringLiteral("import_preset");

QString entityName(ImportEntity entity)
{
    return entity == ImportEntity::Orders ? QStringLiteral("orders") : QStringLiteral("contacts");
}

Error queryError(const QSqlQuery &query)
{
    return Error {Text::tr("The import presets could not be saved or read: %1").arg(query.lastError().text())};
}

QString toJson(const QMap<QString, QString> &mapping)
{
    QJsonObject object;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ImportPreset readPreset(const QSqlQuery &query)
{
    ImportPreset preset;
    preset.id = query.value(0).toLongLong();
    preset.name = query.value(1).toString();
    preset.entity
        = query.value(2).toString() == QLatin1String("orders") ? ImportEntity::Orders : ImportEntity::Contacts;
    const QJsonObject object = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        preset.mapping.insert(it.key(), it.value().toString());
    preset.createdAt = fromStoredTime(query.value(4).toString());
    preset.updatedAt = fromStoredTime(query.value(5).toString());
    return preset;
}

} // namespace

ImportPresetRepository::ImportPresetRepository(QSqlDatabase db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<qint64> ImportPresetRepository::save(const QString &name, ImportEntity entity,
                                            const QMap<QString, QString> &mapping)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error {Text::tr("A preset needs a name."), QStringLiteral("name"), Error::Kind::Validation};
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (auto s = Importer::checkFieldId(entity, it.value()); !s)
            return Error {Text::tr("Column \"%1\": %2").arg(it.key(), s.errorMessage()), QStringLiteral("mapping"),
                          Error::Kind::Validation};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const QString now = toStoredTime(m_clock.nowUtc());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO import_presets (name, name_key, entity, mapping, created_at, updated_at) "
                                 "VALUES (:name, :key, :entity, :mapping, :created, :updated) "
                                 "ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, entity = excluded.entity, "
                                 "mapping = excluded.mapping, updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":name"), trimmed);
    query.bindValue(QStringLiteral(":key"), trimmed.toLower());
    query.bindValue(QStringLiteral(":entity"), entityName(entity));
    query.bindValue(QStringLiteral(":mapping"), toJson(mapping));
    query.bindValue(QStringLiteral(":created"), now);
    query.bindValue(QStringLiteral(":updated"), now);
    if (!query.exec())
        return queryError(query);
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM import_presets WHERE name_key = :key"));
    id.bindValue(QStringLiteral(":key"), trimmed.toLower());
    if (!id.exec() || !id.next())
        return queryError(id);
    const qint64 presetId = id.value(0).toLongLong();
    if (auto s = AuditLog(m_db, m_clock)
                     .record(Entity, presetId, QStringLiteral("save"),
                             {{QStringLiteral("name"), trimmed}, {QStringLiteral("mapping"), toJson(mapping)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return presetId;
}

Result<ImportPreset> ImportPresetRepository::load(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, entity, mapping, created_at, updated_at FROM import_presets "
                                 "WHERE name_key = :key"));
    query.bindValue(QStringLiteral(":key"), name.simplified().toLower());
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error {Text::tr("There is no import preset named \"%1\".").arg(name.simplified()),
                      QStringLiteral("preset"), Error::Kind::NotFound};
    return readPreset(query);
}

QList<ImportPreset> ImportPresetRepository::list() const
{
    QList<ImportPreset> presets;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name, entity, mapping, created_at, updated_at FROM import_presets "
                                   "ORDER BY name_key")))
        return presets;
    while (query.next())
        presets.append(readPreset(query));
    return presets;
}

Status ImportPresetRepository::remove(const QString &name)
{
    const auto preset = load(name);
    if (!preset)
        return preset.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM import_presets WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), preset->id);
    if (!query.exec())
        return queryError(query);
    if (auto s = AuditLog(m_db, m_clock)
                     .record(Entity, preset->id, QStringLiteral("delete"), {{QStringLiteral("name"), preset->name}});
        !s)
        return s;
    return tx.commit();
}

} // namespace clientele
