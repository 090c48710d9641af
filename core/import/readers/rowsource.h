#pragma once

#include "import/importoptions.h"
#include "import/importtypes.h"

#include "common/result.h"

#include <memory>
#include <optional>

namespace clientele {

/// A tabular file read row by row, streaming: memory stays bounded whatever the file size.
/// Implemented by the delimited-text reader and the xlsx and ods readers.
class RowSource
{
public:
    virtual ~RowSource() = default;

    /// The next row (header rows included: finding the header is the mapping's job), or
    /// std::nullopt at the end of the data. Blank rows are skipped.
    virtual std::optional<RawRow> next() = 0;
    /// Problems found while reading since the last call (e.g. an unterminated quote at the end
    /// of the file), each with its row and a message naming it.
    virtual QList<ImportIssue> takeIssues() = 0;
    /// A fatal read error (the file vanished, a corrupt zip), or empty.
    virtual QString errorString() const = 0;
    /// How far through the file, 0.0 to 1.0, for progress bars.
    virtual double progress() const = 0;

    /// What was detected or chosen: "csv", "xlsx", "ods"; "utf-8", "utf-16le", "utf-16be",
    /// "windows-1252" (empty for xlsx/ods); ",", ";", "\t", "|" (empty for xlsx/ods).
    virtual QString format() const = 0;
    virtual QString encoding() const { return {}; }
    virtual QString delimiter() const { return {}; }
    /// xlsx/ods: the sheet names, in workbook order; the one being read is sheet().
    virtual QStringList sheets() const { return {}; }
    virtual QString sheet() const { return {}; }
};

/// Opens a csv/txt/tsv, xlsx or ods file with the given options (format "auto" looks at the
/// content first and the extension second). vCard files are read by VCardReader instead. The
/// error names the file.
Result<std::unique_ptr<RowSource>> openRowSource(const QString &path, const ReadOptions &options);

/// "csv", "xlsx", "ods" or "vcf", detected from the content (zip signature and its manifest,
/// BEGIN:VCARD) and then the extension.
QString detectFormat(const QString &path);

} // namespace clientele
