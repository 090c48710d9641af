#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace clientele {

/// The stored rows of one contact (the contacts row, its emails and phones, tag links and custom
/// values) as JSON, exactly as they are in the database, so that undoing an import puts back
/// every overwritten value, row ids and timestamps included.
namespace ImportSnapshot {

Result<QJsonObject> capture(QSqlDatabase db, qint64 contactId);
/// Writes the captured rows back over whatever the contact has now.
Status restore(QSqlDatabase db, qint64 contactId, const QJsonObject &snapshot);

} // namespace ImportSnapshot
} // namespace clientele
