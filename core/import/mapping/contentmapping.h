#pragma once

#include "columnmapping.h"
#include "import/importtypes.h"

#include <QList>

#include <optional>

namespace clientele {

/// Mapping for files without a header row. A file whose first row already holds an e-mail
/// address or a phone number, and no word a header would use, starts with data: its columns are
/// then named "Column 1", "Column 2", ... and mapped by what their cells hold (e-mail addresses,
/// phone numbers, dates, and name-like text for the name), and every row is imported.
namespace ContentMapping {

/// The headerless mapping of a contacts file, or std::nullopt when its first row looks like a
/// header (or like nothing in particular, which the header detection then judges).
std::optional<ColumnMapping> detectHeaderless(const QList<RawRow> &firstRows);

} // namespace ContentMapping

} // namespace clientele
