#pragma once

#include "columnmapping.h"
#include "importtypes.h"

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace clientele {

/// What an import did: counts, what was detected, and every record that did not simply become a
/// new contact or order (rejected, merged, skipped) plus every warning. Only issues are kept, so
/// the report stays small for a million-row file.
struct ImportReport
{
    qint64 batchId = 0; ///< 0 for a dry run or a cancelled import
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
    int rows = 0; ///< data rows (or vCards) read
    QString format;
    QString encoding;
    QString delimiter;
    ColumnMapping mapping;
    QList<ImportIssue> issues;
    bool cancelled = false;
    bool dryRun = false;

    /// Writes the issues as CSV (columns row, column, outcome, contact_id, message) atomically.
    /// The error names the file.
    Status writeCsv(const QString &path) const;
    /// The CLI's JSON: batch, created, updated, skipped, rejected, rows, format, encoding,
    /// delimiter, mapping (header -> field), issues (row, column|null, outcome, contact_id|null,
    /// message).
    QJsonObject toJson() const;
    /// The issues as CSV text, as writeCsv() writes them.
    QByteArray toCsv() const;
};

} // namespace clientele
