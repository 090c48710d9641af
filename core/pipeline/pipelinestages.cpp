// The stage side of PipelineRepository: the pipeline's columns and the per-stage summary.
#include "pipelinerepository.h"

#include "dealstore.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace clientele {

using namespace repository;

namespace {

const QString Entity = QStringLiteral("pipeline_stage");

Status checkProbability(int probability)
{
    if (probability < 0 || probability > 100)
        return Error {
            QCoreApplication::translate("PipelineRepository", "The probability must be from 0 to 100 percent."),
            QStringLiteral("defaultProbability"), Error::Kind::Validation};
    return {};
}

/// Refuses an empty name or one another stage already has (ignoring case).
Status checkStageName(const QList<Stage> &stages, const QString &name, qint64 exceptId)
{
    if (name.isEmpty())
        return Error {QCoreApplication::translate("PipelineRepository", "Please enter a name for the stage."),
                      QStringLiteral("name"), Error::Kind::Validation};
    for (const Stage &stage : stages) {
        if (stage.id != exceptId && stage.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error {QCoreApplication::translate("PipelineRepository", "There is already a stage called \"%1\".")
                              .arg(stage.name),
                          QStringLiteral("name"), Error::Kind::Conflict};
    }
    return {};
}

QJsonObject toJson(const Stage &stage)
{
    return QJsonObject {{QStringLiteral("name"), stage.name},
                        {QStringLiteral("position"), stage.position},
                        {QStringLiteral("default_probability"), stage.defaultProbability}};
}

Status writeStage(QSqlDatabase db, const Stage &stage)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE pipeline_stages SET name = :name, position = :position, "
                                 "default_probability = :probability WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), sqlText(stage.name));
    query.bindValue(QStringLiteral(":position"), stage.position);
    query.bindValue(QStringLiteral(":probability"), stage.defaultProbability);
    query.bindValue(QStringLiteral(":id"), stage.id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not save the stage \"%1\"").arg(stage.name),
            query);
    return {};
}

/// Saves a changed stage and audits it, in one transaction.
Status saveStage(QSqlDatabase db, const Clock &clock, const Stage &stored, const Stage &stage, const QString &action)
{
    Transaction tx(db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = writeStage(db, stage); !s)
        return s;
    const QJsonObject changes = changedFields(toJson(stored), toJson(stage));
    if (auto s = AuditLog(db, clock).record(Entity, stage.id, action, changes); !s)
        return s;
    return tx.commit();
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return sum;
}

} // namespace

QList<Stage> PipelineRepository::stages() const
{
    return dealstore::readStages(m_db);
}

Result<Stage> PipelineRepository::stage(qint64 id) const
{
    return dealstore::readStage(m_db, id);
}

Result<qint64> PipelineRepository::createStage(const QString &name, int defaultProbability)
{
    const QList<Stage> existing = stages();
    Stage stage {0, name.trimmed(), 0, defaultProbability};
    if (auto s = checkStageName(existing, stage.name, 0); !s)
        return s.error();
    if (auto s = checkProbability(defaultProbability); !s)
        return s.error();
    for (const Stage &other : existing)
        stage.position = qMax(stage.position, other.position + 1);

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO pipeline_stages (name, position, default_probability, created_at) "
                                 "VALUES (:name, :position, :probability, :created_at)"));
    query.bindValue(QStringLiteral(":name"), sqlText(stage.name));
    query.bindValue(QStringLiteral(":position"), stage.position);
    query.bindValue(QStringLiteral(":probability"), stage.defaultProbability);
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(m_clock.nowUtc()));
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not save the stage \"%1\"").arg(stage.name),
            query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("create"), toJson(stage)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PipelineRepository::renameStage(qint64 id, const QString &name)
{
    const auto stored = stage(id);
    if (!stored)
        return stored.error();
    Stage renamed = *stored;
    renamed.name = name.trimmed();
    if (renamed.name == stored->name)
        return {};
    if (auto s = checkStageName(stages(), renamed.name, id); !s)
        return s;
    return saveStage(m_db, m_clock, *stored, renamed, QStringLiteral("rename"));
}

Status PipelineRepository::setStageProbability(qint64 id, int defaultProbability)
{
    const auto stored = stage(id);
    if (!stored)
        return stored.error();
    if (auto s = checkProbability(defaultProbability); !s)
        return s;
    Stage changed = *stored;
    changed.defaultProbability = defaultProbability;
    if (changed.defaultProbability == stored->defaultProbability)
        return {};
    return saveStage(m_db, m_clock, *stored, changed, QStringLiteral("update"));
}

Status PipelineRepository::reorderStages(const QList<qint64> &stageIds)
{
    const QList<Stage> existing = stages();
    QSet<qint64> wanted(stageIds.begin(), stageIds.end());
    QSet<qint64> known;
    for (const Stage &s : existing)
        known.insert(s.id);
    if (wanted.size() != stageIds.size() || wanted != known)
        return Error {
            QCoreApplication::translate("PipelineRepository", "The new order must list every stage exactly once."),
            QStringLiteral("stages"), Error::Kind::Validation};

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    QJsonArray before;
    for (const Stage &s : existing) {
        before.append(s.id);
        Stage moved = s;
        moved.position = int(stageIds.indexOf(s.id));
        if (moved.position == s.position)
            continue;
        if (auto status = writeStage(m_db, moved); !status)
            return status;
    }
    QJsonArray after;
    for (const qint64 id : stageIds)
        after.append(id);
    const QJsonObject changes {{QStringLiteral("order"), QJsonArray {before, after}}};
    if (auto s = AuditLog(m_db, m_clock).record(Entity, 0, QStringLiteral("reorder"), changes); !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::removeStage(qint64 id)
{
    const auto stored = stage(id);
    if (!stored)
        return stored.error();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM deals WHERE stage_id = :id AND status = 'open' AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not check the deals of the stage \"%1\"")
                .arg(stored->name),
            query);
    if (const int open = query.value(0).toInt(); open > 0)
        return Error {QCoreApplication::translate("PipelineRepository",
                                                  "The stage \"%1\" still has %n open deal(s). Move them to another "
                                                  "stage first.",
                                                  nullptr, open)
                          .arg(stored->name),
                      QStringLiteral("stageId"), Error::Kind::Conflict};

    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    // Explicit rather than relying on ON DELETE SET NULL, which needs foreign keys switched on.
    query.prepare(QStringLiteral("UPDATE deals SET stage_id = NULL WHERE stage_id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not remove the stage \"%1\"").arg(stored->name),
            query);
    query.prepare(QStringLiteral("DELETE FROM pipeline_stages WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(
            QCoreApplication::translate("PipelineRepository", "Could not remove the stage \"%1\"").arg(stored->name),
            query);
    int position = 0;
    for (Stage remaining : dealstore::readStages(m_db)) {
        if (remaining.position != position) {
            remaining.position = position;
            if (auto s = writeStage(m_db, remaining); !s)
                return s;
        }
        ++position;
    }
    if (auto s = AuditLog(m_db, m_clock).record(Entity, id, QStringLiteral("remove"), toJson(*stored)); !s)
        return s;
    return tx.commit();
}

QList<StageSummary> PipelineRepository::summary(const QString &currency) const
{
    const QString code = normalizeCurrency(m_db, currency);
    QList<StageSummary> result;
    QHash<qint64, qsizetype> indexOf;
    QHash<qint64, qint64> weightedTimes100;
    for (const Stage &stage : stages()) {
        indexOf.insert(stage.id, result.size());
        StageSummary summary;
        summary.stageId = stage.id;
        summary.stageName = stage.name;
        summary.position = stage.position;
        summary.total = Money {0, code};
        summary.weighted = Money {0, code};
        result.append(summary);
    }

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT stage_id, currency, value_minor, probability FROM deals "
                                   "WHERE status = 'open' AND deleted_at IS NULL AND stage_id IS NOT NULL")))
        return result;
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it == indexOf.constEnd())
            continue;
        StageSummary &summary = result[*it];
        if (query.value(1).toString() != code) {
            ++summary.otherCurrencyCount;
            continue;
        }
        const qint64 value = query.value(2).toLongLong();
        const qint64 probability = query.value(3).toLongLong();
        ++summary.dealCount;
        summary.total.minor = saturatingAdd(summary.total.minor, value);
        // Summed before dividing by 100, so many small deals do not lose a cent each to rounding.
        qint64 product = 0;
        if (qMulOverflow(value, probability, &product))
            product = std::numeric_limits<qint64>::max();
        weightedTimes100[summary.stageId] = saturatingAdd(weightedTimes100.value(summary.stageId), product);
    }
    for (StageSummary &summary : result)
        summary.weighted.minor = mulDivRound(weightedTimes100.value(summary.stageId), 1, 100).value_or(0);
    return result;
}

} // namespace clientele
