#pragma once

#include "common/money.h"
#include "common/result.h"
#include "followups/followup.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace clientele {

class Clock;

/// The key figures of one customer, as the contact pane shows them.
///
/// An order counts when it is live (not in the trash), placed (not a draft), not cancelled and
/// not refunded: the same rule as the dashboard's revenue, so a customer's lifetime value here
/// matches what the dashboard's top-customers chart says about them.
struct ContactFigures
{
    QString currency; ///< the business currency every amount below is in
    int orderCount = 0; ///< counted orders in any currency
    /// Counted orders in another currency than the business one: in orderCount and the dates,
    /// not in the amounts (amounts in different currencies cannot be added up).
    int otherCurrencyOrderCount = 0;
    Money lifetimeValue; ///< sum of the counted orders' totals in the business currency
    /// lifetimeValue divided by the number of business-currency orders, rounded half away from
    /// zero to a minor unit; nullopt without such orders.
    std::optional<Money> averageOrderValue;
    QDate firstOrderDate; ///< local date of the earliest counted order; null without orders
    QDate lastOrderDate; ///< local date of the latest counted order; null without orders
    /// The median number of days between consecutive order dates (an even count takes the mean
    /// of the middle two, rounded half up); nullopt with fewer than two orders. The median, not
    /// the mean, so one long holiday does not make a weekly customer look monthly.
    std::optional<int> usualIntervalDays;
    std::optional<FollowUp> nextFollowUp; ///< the open follow-up due first (snoozes respected)
};

/// Computes ContactFigures with a few indexed queries per contact, cheap enough to run when a
/// contact is selected.
class ContactInsights final
{
public:
    ContactInsights(QSqlDatabase db, const Clock &clock);

    Result<ContactFigures> figures(qint64 contactId) const;

    /// The median of day gaps between consecutive dates (sorted first); nullopt with fewer than
    /// two dates.
    static std::optional<int> medianIntervalDays(QList<QDate> dates);
    /// sum / count rounded half away from zero; `count` must be positive.
    static qint64 roundedAverage(qint64 sum, qint64 count);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
