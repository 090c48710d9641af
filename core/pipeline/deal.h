#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clientele {

/// A column of the sales pipeline ("Lead", "Proposal", ...).
struct Stage
{
    qint64 id = 0;
    QString name;
    int position = 0; ///< columns are shown by ascending position
    int defaultProbability = 0; ///< 0..100, given to deals created in or moved to this stage
};

enum class DealStatus { Open, Won, Lost };

/// The schema's CHECK values ("open", "won", "lost").
QString toString(DealStatus status);
std::optional<DealStatus> dealStatusFromString(const QString &text);
/// Translated name for display.
QString displayName(DealStatus status);

/// A possible sale being worked on: a catering job, a wedding order, a consulting project.
struct Deal
{
    qint64 id = 0;
    qint64 contactId = 0; ///< 0: no customer yet
    QString contactName; ///< read-only: filled on read
    qint64 stageId = 0; ///< 0 on create: the first stage
    QString stageName; ///< read-only: filled on read
    QString title;
    Money value; ///< an empty currency on create means the business currency
    int probability = -1; ///< 0..100; -1 on create: the stage's default; -1 on update: unchanged
    QDate expectedClose;
    DealStatus status = DealStatus::Open;
    QString lostReason;
    QDateTime closedAt; ///< when it was won or lost
    QString notes;
    int position = 0; ///< order within its stage column, from 0
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid: in the trash

    bool isInTrash() const { return deletedAt.isValid(); }
    bool isOpen() const { return status == DealStatus::Open; }
};

/// The open deals of one stage, for the pipeline view's column header and the dashboard.
/// Amounts are in one currency; deals in other currencies are counted apart.
struct StageSummary
{
    qint64 stageId = 0;
    QString stageName;
    int position = 0;
    int dealCount = 0; ///< open deals in the summary's currency
    Money total;
    /// Sum of value * probability / 100, summed before dividing and rounded half away from zero.
    Money weighted;
    int otherCurrencyCount = 0; ///< open deals in another currency, not in the amounts
};

} // namespace clientele
