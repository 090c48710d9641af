#pragma once

#include "import/mapping/columnmapping.h"
#include "importoptions.h"
#include "importreport.h"
#include "importtypes.h"

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace clientele {

class Clock;

/// Everything an import needs to know: the file, how to read it, how to map it, and what to do
/// with duplicates.
struct ImportRequest
{
    QString path;
    ImportEntity entity = ImportEntity::Contacts;
    ReadOptions read;
    QString preset; ///< name of a saved mapping to apply on top of the detected one; empty: none
    QMap<QString, QString> columnOverrides; ///< header -> field id, applied last
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    MatchKey matchKey = MatchKey::EmailThenPhone;
    DateOrder dateOrder = DateOrder::Auto;
    /// Columns that match no field are kept as custom fields unless the user says otherwise:
    /// nothing in the file is dropped without being asked for.
    UnmappedColumns unmapped = UnmappedColumns::CustomField;
    bool dryRun = false;
};

/// What the wizard shows before importing: what was detected and the first rows as read and as
/// they will be stored.
struct ImportPreview
{
    QString format;
    QString encoding;
    QString delimiter;
    QStringList sheets;
    QString sheet;
    ColumnMapping mapping;
    QList<RawRow> rows; ///< the first data rows as read (vCard: empty)
    QList<ContactRecord> contacts; ///< contacts import: those rows as they will be stored
    QList<OrderRecord> orders; ///< orders import: the orders those rows make
    QList<ImportIssue> issues; ///< reading problems and per-row warnings/rejections of the preview
};

/// Imports a contacts or orders file into the database as one batch in one transaction: reads
/// (streaming), maps, matches duplicates against existing contacts and earlier rows, writes, and
/// records every created or changed record so the batch can be undone later. Like any use of a
/// QSqlDatabase, it must run on the thread that opened `db` (a GUI worker opens its own
/// connection); the progress callback is called on that thread.
class Importer final
{
public:
    /// Called every few hundred rows; return false to cancel (everything is rolled back).
    using Progress = std::function<bool(qint64 rowsDone, double fraction)>;

    Importer(QSqlDatabase db, const Clock &clock);

    /// Reads the first `rows` data rows and maps them without writing anything.
    Result<ImportPreview> preview(const ImportRequest &request, int rows = 100) const;
    /// Runs the import. A cancelled import returns a report with `cancelled` set and leaves the
    /// database as it was; an unreadable file or a database failure returns an error (and
    /// leaves the database as it was).
    Result<ImportReport> run(const ImportRequest &request, const Progress &progress = {});

    /// Reverts a finished batch in one transaction: deletes what it created, restores what it
    /// changed, marks it undone. Unknown or already undone batches are refused.
    static Status undo(QSqlDatabase db, const Clock &clock, qint64 batchId);

    /// "csv", "xlsx", "ods" or "vcf", detected from the file's content (zip signature and
    /// manifest, BEGIN:VCARD) and then its extension.
    static QString detectFormat(const QString &path);
    /// True when a file previewed as contacts is a known order export (Etsy, Shopify) by its
    /// header and first rows, so that the wizard can switch to importing orders. A preview with
    /// a recognised contacts layout, or without a header row, is not.
    static bool isOrderExport(const ImportPreview &preview);

    /// Every field id a column may be mapped to for `entity` (custom fields are "custom:Name").
    static QStringList fieldIds(ImportEntity entity);
    /// Validation error naming the valid field ids unless `fieldId` is one of them (or
    /// "custom:<name>" for contacts).
    static Status checkFieldId(ImportEntity entity, const QString &fieldId);
    /// The detected mapping with the preset (header -> field) and overrides applied; headers
    /// are compared case-insensitively. Unknown headers or field ids are errors naming them.
    static Result<ColumnMapping> applyOverrides(ColumnMapping mapping, ImportEntity entity,
                                                const QMap<QString, QString> &overrides);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
