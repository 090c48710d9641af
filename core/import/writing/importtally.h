#pragma once

#include "import/importissuelist.h"

namespace clientele {

/// What writing an import did: the counts and the issues, kept up to date by ImportWriter as it
/// goes. The session's ImportReport is this plus what was detected in the file, so the writer
/// fills the report without knowing it.
struct ImportTally
{
    qint64 batchId = 0; ///< 0 for a dry run or a cancelled import
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
    int rows = 0; ///< data rows (or vCards) read; counted by the reading side, stored with the batch
    ImportIssueList issues;
    bool cancelled = false;
    bool dryRun = false;
};

} // namespace clientele
