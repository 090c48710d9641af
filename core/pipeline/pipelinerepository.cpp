#include "pipelinerepository.h"

#include "dealstore.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace clientele {

using namespace repository;

namespace {

const QString Entity = QStringLiteral("deal");

void normalize(QSqlDatabase db, Deal &deal)
{
    deal.title = deal.title.trimmed();
    deal.notes = deal.notes.trimmed();
    deal.lostReason = deal.lostReason.trimmed();
    deal.value.currency = normalizeCurrency(db, deal.value.currency);
}

Status checkDeal(QSqlDatabase db, const Deal &deal, qint64 storedContactId)
{
    if (deal.title.isEmpty())
        return Error {QCoreApplication::translate("PipelineRepository", "Please enter a title for the deal."),
                      QStringLiteral("title"), Error::Kind::Validation};
    if (deal.value.minor < 0)
        return Error {QCoreApplication::translate("PipelineRepository", "The value of \"%1\" cannot be negative.")
                          .arg(deal.title),
                      QStringLiteral("value"), Error::Kind::Validation};
    if (auto s = checkCurrency(deal.value.currency); !s)
        return s;
    if (deal.probability < 0 || deal.probability > 100)
        return Error {
            QCoreApplication::translate("PipelineRepository", "The probability must be from 0 to 100 percent."),
            QStringLiteral("probability"), Error::Kind::Validation};
    if (deal.status == DealStatus::Lost && deal.lostReason.isEmpty())
        return Error {
            QCoreApplication::translate("PipelineRepository", "Please say why \"%1\" was lost.").arg(deal.title),
            QStringLiteral("lostReason"), Error::Kind::Validation};
    if (deal.stageId != 0 && rowState(db, QStringLiteral("pipeline_stages"), deal.stageId) == RowState::Missing)
        return Error {
            QCoreApplication::translate("PipelineRepository", "The pipeline stage of \"%1\" no longer exists.")
                .arg(deal.title),
            QStringLiteral("stageId"), Error::Kind::Validation};
    return checkContact(db, deal.contactId, deal.contactId == storedContactId);
}

/// Writes `deal`, audits the change from `stored` as `action`, all in one transaction.
Status save(QSqlDatabase db, const Clock &clock, const Deal &stored, const Deal &deal, const QString &action)
{
    Transaction tx(db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = dealstore::update(db, deal); !s)
        return s;
    const QJsonObject changes = changedFields(dealstore::toJson(stored), dealstore::toJson(deal));
    if (auto s = AuditLog(db, clock).record(Entity, deal.id, action, changes); !s)
        return s;
    return tx.commit();
}

} // namespace

PipelineRepository::PipelineRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status PipelineRepository::validate(const Deal &deal) const
{
    Deal normalized = deal;
    normalize(m_db, normalized);
    if (normalized.probability == -1)
        normalized.probability = 0;
    return checkDeal(m_db, normalized, 0);
}

Result<qint64> PipelineRepository::create(Deal deal)
{
    normalize(m_db, deal);
    if (deal.stageId == 0) {
        const QList<Stage> all = stages();
        if (all.isEmpty())
            return Error {
                QCoreApplication::translate("PipelineRepository",
                                            "There is no pipeline stage to put the deal in. Add a stage first."),
                QStringLiteral("stageId"), Error::Kind::Validation};
        deal.stageId = all.first().id;
    }
    const auto stage = dealstore::readStage(m_db, deal.stageId);
    if (!stage)
        return Error {
            QCoreApplication::translate("PipelineRepository", "The pipeline stage of \"%1\" no longer exists.")
                .arg(deal.title),
            QStringLiteral("stageId"), Error::Kind::Validation};
    if (deal.probability == -1)
        deal.probability = stage->defaultProbability;
    if (auto s = checkDeal(m_db, deal, 0); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    if (deal.status == DealStatus::Open)
        deal.closedAt = {};
    else if (!deal.closedAt.isValid())
        deal.closedAt = now;
    if (deal.status != DealStatus::Lost)
        deal.lostReason.clear();
    deal.createdAt = now;
    deal.updatedAt = now;

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    const auto position = dealstore::nextPosition(m_db, deal.stageId);
    if (!position)
        return position.error();
    deal.position = *position;
    const auto id = dealstore::insert(m_db, deal);
    if (!id)
        return id.error();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, *id, QStringLiteral("create"), dealstore::toJson(deal)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<Deal> PipelineRepository::get(qint64 id) const
{
    return dealstore::read(m_db, id);
}

Status PipelineRepository::update(Deal deal)
{
    const auto stored = get(deal.id);
    if (!stored)
        return stored.error();
    normalize(m_db, deal);
    deal.stageId = stored->stageId;
    deal.position = stored->position;
    deal.status = stored->status;
    deal.closedAt = stored->closedAt;
    if (deal.status != DealStatus::Lost)
        deal.lostReason = stored->lostReason;
    if (deal.probability == -1)
        deal.probability = stored->probability;
    if (auto s = checkDeal(m_db, deal, stored->contactId); !s)
        return s;
    deal.createdAt = stored->createdAt;
    deal.updatedAt = m_clock.nowUtc();
    return save(m_db, m_clock, *stored, deal, QStringLiteral("update"));
}

Status PipelineRepository::moveToStage(qint64 dealId, qint64 stageId, int position)
{
    const auto stored = get(dealId);
    if (!stored)
        return stored.error();
    const auto target = dealstore::readStage(m_db, stageId);
    if (!target)
        return target.error();
    Deal deal = *stored;
    deal.stageId = stageId;
    if (stored->stageId != stageId) {
        // A probability nobody changed by hand follows the stage; a hand-set one is kept.
        const auto previous = dealstore::readStage(m_db, stored->stageId);
        if (!previous || previous->defaultProbability == stored->probability)
            deal.probability = target->defaultProbability;
    }
    deal.updatedAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    auto targetColumn = dealstore::column(m_db, stageId, dealId);
    if (!targetColumn)
        return targetColumn.error();
    QList<qint64> ids = *targetColumn;
    const qsizetype index = position < 0 ? ids.size() : qMin<qsizetype>(position, ids.size());
    ids.insert(index, dealId);
    deal.position = int(index);
    if (auto s = dealstore::update(m_db, deal); !s)
        return s;
    if (auto s = dealstore::renumber(m_db, ids); !s)
        return s;
    if (stored->stageId != 0 && stored->stageId != stageId) {
        const auto oldColumn = dealstore::column(m_db, stored->stageId, dealId);
        if (!oldColumn)
            return oldColumn.error();
        if (auto s = dealstore::renumber(m_db, *oldColumn); !s)
            return s;
    }
    const QJsonObject changes = changedFields(dealstore::toJson(*stored), dealstore::toJson(deal));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, dealId, QStringLiteral("move"), changes); !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::markWon(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->status == DealStatus::Won)
        return {};
    Deal deal = *stored;
    deal.status = DealStatus::Won;
    deal.lostReason.clear();
    deal.closedAt = m_clock.nowUtc();
    deal.updatedAt = deal.closedAt;
    return save(m_db, m_clock, *stored, deal, QStringLiteral("won"));
}

Status PipelineRepository::markLost(qint64 id, const QString &reason)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error {
            QCoreApplication::translate("PipelineRepository", "Please say why \"%1\" was lost.").arg(stored->title),
            QStringLiteral("lostReason"), Error::Kind::Validation};
    Deal deal = *stored;
    deal.status = DealStatus::Lost;
    deal.lostReason = trimmed;
    if (stored->status != DealStatus::Lost)
        deal.closedAt = m_clock.nowUtc();
    deal.updatedAt = m_clock.nowUtc();
    return save(m_db, m_clock, *stored, deal, QStringLiteral("lost"));
}

Status PipelineRepository::reopen(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->status == DealStatus::Open)
        return {};
    Deal deal = *stored;
    deal.status = DealStatus::Open;
    deal.lostReason.clear();
    deal.closedAt = {};
    deal.updatedAt = m_clock.nowUtc();
    if (deal.stageId == 0) {
        const QList<Stage> all = stages();
        if (all.isEmpty())
            return Error {
                QCoreApplication::translate("PipelineRepository",
                                            "There is no pipeline stage to put the deal in. Add a stage first."),
                QStringLiteral("stageId"), Error::Kind::Validation};
        deal.stageId = all.first().id;
    }

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    const auto position = dealstore::nextPosition(m_db, deal.stageId);
    if (!position)
        return position.error();
    deal.position = *position;
    if (auto s = dealstore::update(m_db, deal); !s)
        return s;
    const QJsonObject changes = changedFields(dealstore::toJson(*stored), dealstore::toJson(deal));
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("reopen"), changes); !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::moveToTrash(qint64 id)
{
    return setTrashed(m_db, m_clock, QStringLiteral("deals"), Entity, id, true,
                      QCoreApplication::translate("PipelineRepository", "Deal %1 does not exist.").arg(id));
}

Status PipelineRepository::restore(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.error();
    if (!stored->isInTrash())
        return {};
    if (stored->isOpen() && stored->stageId == 0) {
        // Its stage was removed while it was in the trash: it comes back into the first stage.
        const QList<Stage> all = stages();
        if (all.isEmpty())
            return Error {
                QCoreApplication::translate("PipelineRepository",
                                            "There is no pipeline stage to put the deal in. Add a stage first."),
                QStringLiteral("stageId"), Error::Kind::Validation};
        Transaction tx(m_db);
        if (auto s = tx.beginStatus(); !s)
            return s;
        Deal deal = *stored;
        deal.stageId = all.first().id;
        const auto position = dealstore::nextPosition(m_db, deal.stageId);
        if (!position)
            return position.error();
        deal.position = *position;
        deal.updatedAt = m_clock.nowUtc();
        if (auto s = dealstore::update(m_db, deal); !s)
            return s;
        if (auto s = writeTrashed(m_db, m_clock, QStringLiteral("deals"), Entity, id, false); !s)
            return s;
        return tx.commit();
    }
    return setTrashed(m_db, m_clock, QStringLiteral("deals"), Entity, id, false,
                      QCoreApplication::translate("PipelineRepository", "Deal %1 does not exist.").arg(id));
}

QList<Deal> PipelineRepository::list(const DealListQuery &query) const
{
    return dealstore::list(m_db, query);
}

} // namespace clientele
