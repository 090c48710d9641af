#pragma once

#include "import/mapping/columnmapping.h"
#include "import/writing/importtally.h"
#include "importtypes.h"

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

namespace clientele {

/// What an import did: counts, what was detected, and every record that did not simply become a
/// new contact or order (rejected, merged, skipped) plus every warning; the counts and issues
/// are the ImportTally the writer kept. Only issues are kept, and past a limit they wait in a
/// temporary file, so the report stays small for a million-row file.
struct ImportReport : ImportTally
{
    QString format;
    QString encoding;
    QString delimiter;
    ColumnMapping mapping;

    /// Writes the issues as CSV (columns row, column, outcome, contact_id, message) atomically.
    /// The error names the file.
    Status writeCsv(const QString &path) const;
    /// The CLI's JSON: batch, created, updated, skipped, rejected, rows, format, encoding,
    /// delimiter, mapping (header -> field), issues (row, column|null, outcome, contact_id|null,
    /// message).
    QJsonObject toJson() const;
    /// Writes toJson()'s object to `out` as indented JSON, one issue at a time, so that a
    /// million issues never sit in memory as one document.
    void writeJson(QIODevice &out) const;
    /// The issues as CSV text, as writeCsv() writes them.
    QByteArray toCsv() const;

private:
    QJsonObject toJson(bool withIssues) const;
};

} // namespace clientele
