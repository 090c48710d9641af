#pragma once

#include "followup.h"
#include "followuprepository.h"

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace clientele {
class Clock;
}

namespace clientele::followupstore {

/// Row-level reads and writes of follow-ups for FollowUpRepository, which validates first and
/// wraps writes in its transactions.
Result<qint64> insert(QSqlDatabase db, const FollowUp &followUp);
/// Writes every column of the row.
Status update(QSqlDatabase db, const FollowUp &followUp);
Result<FollowUp> read(QSqlDatabase db, qint64 id);
QList<FollowUp> list(QSqlDatabase db, const Clock &clock, const FollowUpListQuery &query);
int count(QSqlDatabase db, const Clock &clock, const FollowUpListQuery &query);

/// The audited snapshot of a follow-up.
QJsonObject toJson(const FollowUp &followUp);

} // namespace clientele::followupstore
