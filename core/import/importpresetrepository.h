#pragma once

#include "importoptions.h"

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace clientele {

class Clock;

/// A named column mapping saved from the import wizard: header -> field id.
struct ImportPreset
{
    qint64 id = 0;
    QString name;
    ImportEntity entity = ImportEntity::Contacts;
    QMap<QString, QString> mapping;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// Saves, loads, lists and removes import presets (table import_presets). Names are unique
/// case-insensitively; saving under an existing name replaces that preset.
class ImportPresetRepository final
{
public:
    ImportPresetRepository(QSqlDatabase db, const Clock &clock);

    /// Creates or replaces the preset `name`; returns its id. Validation error (field "name")
    /// for an empty name, (field "mapping") for an unknown field id.
    Result<qint64> save(const QString &name, ImportEntity entity, const QMap<QString, QString> &mapping);
    /// NotFound naming the preset when there is none by that name (case-insensitive).
    Result<ImportPreset> load(const QString &name) const;
    QList<ImportPreset> list() const;
    Status remove(const QString &name);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
