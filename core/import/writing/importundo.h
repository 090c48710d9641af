#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Takes a finished import batch back out of the database, from what the writer recorded in
/// import_changes and the batch ids on the rows it created.
namespace ImportUndo {

/// Reverts the batch in one transaction: restores the contacts it changed (newest change first),
/// deletes what it created, marks it undone. Unknown (NotFound), already undone or unfinished
/// batches (Conflict) are refused.
Status revert(QSqlDatabase db, const Clock &clock, qint64 batchId);

} // namespace ImportUndo
} // namespace clientele
