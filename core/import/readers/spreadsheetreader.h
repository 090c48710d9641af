#pragma once

#include "rowsource.h"

namespace clientele {

/// Opens an Excel .xlsx or OpenDocument .ods workbook (QuaZip + QXmlStreamReader) as a RowSource
/// over one sheet: shared and inline strings, numbers, dates (xlsx serials are returned as
/// ISO dates when the cell's style is a date format, ods office:date-value as ISO), booleans,
/// empty cells (kept as "" so columns do not shift), repeated columns/rows in ods. `format` is
/// "xlsx" or "ods"; `sheet` empty means the first sheet. The error names the file (and sheet).
Result<std::unique_ptr<RowSource>> openSpreadsheet(const QString &path, const QString &format, const QString &sheet);

} // namespace clientele
