#pragma once

#include "deal.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Which deals to list; they come ordered by stage position, then position within the stage.
struct DealListQuery
{
    std::optional<DealStatus> status; ///< nullopt: any status
    bool inTrash = false; ///< false: live deals only; true: the trash only
    qint64 stageId = 0; ///< 0: any stage
    qint64 contactId = 0; ///< 0: any customer
};

/// The sales pipeline: its stages and the deals moving through them. Every write validates
/// first, is one transaction and records an audit-log row.
class PipelineRepository final
{
public:
    PipelineRepository(QSqlDatabase db, const Clock &clock);

    /// Stages by ascending position.
    QList<Stage> stages() const;
    Result<Stage> stage(qint64 id) const;
    /// Appends a stage after the last one; returns its id.
    Result<qint64> createStage(const QString &name, int defaultProbability = 0);
    Status renameStage(qint64 id, const QString &name);
    Status setStageProbability(qint64 id, int defaultProbability);
    /// Puts the stages in the given order; `stageIds` must list every stage exactly once.
    Status reorderStages(const QList<qint64> &stageIds);
    /// Deletes a stage. Refused (Conflict, naming the stage) while open deals are in it; closed
    /// deals keep their history without a stage.
    Status removeStage(qint64 id);

    /// Validates and stores a new deal at the end of its stage; returns its id.
    Result<qint64> create(Deal deal);
    Result<Deal> get(qint64 id) const;
    /// Replaces the stored deal's editable fields. Stage, position, status and closing fields
    /// change only through moveToStage(), markWon(), markLost() and reopen().
    Status update(Deal deal);
    /// Moves a deal into `stageId` at `position` (clamped to the column; -1: the end) and
    /// renumbers both columns. A probability still at the old stage's default follows the new
    /// stage's default; one set by hand is kept.
    Status moveToStage(qint64 dealId, qint64 stageId, int position = -1);
    Status markWon(qint64 id);
    /// Marks lost; the reason is required (field "lostReason").
    Status markLost(qint64 id, const QString &reason);
    /// Opens a won or lost deal again, at the end of its stage (the first stage when its stage
    /// was removed).
    Status reopen(qint64 id);
    Status moveToTrash(qint64 id);
    Status restore(qint64 id);

    QList<Deal> list(const DealListQuery &query = {}) const;
    /// One entry per stage, in stage order, over the live open deals in `currency` (empty: the
    /// business currency).
    QList<StageSummary> summary(const QString &currency = {}) const;

    /// Checks a deal without storing it; the error names the field ("title", "value",
    /// "currency", "probability", "stageId", "contactId").
    Status validate(const Deal &deal) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
