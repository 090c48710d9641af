#pragma once

#include "deal.h"
#include "pipelinerepository.h"

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace clientele::dealstore {

/// Row-level reads and writes of deals and stages for PipelineRepository, which validates first
/// and wraps writes in its transactions.
Result<qint64> insert(QSqlDatabase db, const Deal &deal);
/// Writes every column of the deal row.
Status update(QSqlDatabase db, const Deal &deal);
Result<Deal> read(QSqlDatabase db, qint64 id);
QList<Deal> list(QSqlDatabase db, const DealListQuery &query);

Result<Stage> readStage(QSqlDatabase db, qint64 id);
QList<Stage> readStages(QSqlDatabase db);
/// The position after the last live deal of a stage.
Result<int> nextPosition(QSqlDatabase db, qint64 stageId);
/// The live open deals of a stage in column order, leaving out `exceptId`.
Result<QList<qint64>> column(QSqlDatabase db, qint64 stageId, qint64 exceptId);
/// Numbers the deals 0, 1, 2, ... in the given order.
Status renumber(QSqlDatabase db, const QList<qint64> &dealIds);

/// The audited snapshot of a deal.
QJsonObject toJson(const Deal &deal);

} // namespace clientele::dealstore
