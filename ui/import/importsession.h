#pragma once

#include "import/importer.h"

#include <QObject>

#include <optional>

namespace clientele {

class Clock;
class Database;

/// The state the import wizard's pages share: the request being built (file, read options,
/// column choices, duplicate handling), the preview of the current choices, and the report once
/// the import has run. Every change that affects what would be stored re-runs the preview.
class ImportSession final : public QObject
{
    Q_OBJECT

public:
    ImportSession(Database &database, const Clock &clock, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }

    const ImportRequest &request() const { return m_request; }
    /// The request with the duplicate policy and match key to run (they do not change the preview).
    void setDuplicateHandling(DuplicatePolicy policy, MatchKey key);

    /// A new file: read options back to automatic, column choices cleared; an order export read
    /// as contacts is recognised and switches the entity to orders.
    void setFile(const QString &path);
    void setEntity(ImportEntity entity);
    void setReadOptions(const ReadOptions &options);
    void setDateOrder(DateOrder order);
    void setUnmapped(UnmappedColumns unmapped);
    /// The field the column with this header goes to (an ImportFields id).
    void setColumnField(const QString &header, const QString &fieldId);
    /// Replaces every column choice (a preset's mapping); headers the file lacks are left out.
    void setColumnFields(const QMap<QString, QString> &mapping);
    /// The current mapping, header -> field id, for saving as a preset.
    QMap<QString, QString> currentMapping() const;

    bool hasPreview() const { return m_preview.has_value(); }
    const ImportPreview &preview() const { return *m_preview; }
    /// Why the file could not be previewed ("" when it could).
    QString previewError() const { return m_previewError; }
    /// How many data rows the preview reads.
    static constexpr int PreviewRows = 100;

    void setReport(const ImportReport &report);
    const std::optional<ImportReport> &report() const { return m_report; }
    /// True once an import or an undo wrote to the database: the views must reload.
    bool databaseChanged() const { return m_databaseChanged; }
    void setDatabaseChanged() { m_databaseChanged = true; }

Q_SIGNALS:
    void previewChanged();

private:
    void refresh();
    void guessEntity();

    Database &m_database;
    const Clock &m_clock;
    ImportRequest m_request;
    std::optional<ImportPreview> m_preview;
    QString m_previewError;
    std::optional<ImportReport> m_report;
    bool m_databaseChanged = false;
};

} // namespace clientele
