#pragma once

#include <QString>

class QWidget;

namespace clientele {

class Clock;
class Database;

/// "Undo import" as the report page and the import history offer it.
namespace ImportUndo {

/// Asks for confirmation naming the import (`description`), then reverts batch `batchId` with
/// Importer::undo on a worker connection while a busy dialog shows. A failure is shown to the
/// user. Returns true when the batch was undone.
bool confirmAndUndo(QWidget *parent, Database &database, const Clock &clock, qint64 batchId,
                    const QString &description);

} // namespace ImportUndo
} // namespace clientele
