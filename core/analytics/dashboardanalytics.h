#pragma once

#include "analytics/dashboardstats.h"

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Computes the dashboard's figures with aggregate SQL, so the GUI only draws plain structs.
///
/// What counts as revenue: the `total_minor` of orders that are not in the trash, not drafts, not
/// cancelled and not refunded, in the business currency (orders in other currencies are left out
/// rather than mixed). Months and weekdays are the business's local ones (the clock's zone): an
/// order at 17:00 on 30 November in Portland is a November order, though it is December in UTC.
/// The "last 12 months" are the current local month and the 11 before it. Follow-ups and
/// birthdays use the clock's "today".
class DashboardAnalytics final
{
public:
    DashboardAnalytics(QSqlDatabase db, const Clock &clock);

    /// All of the below at once, in the business currency.
    Result<DashboardData> compute() const;

    /// Revenue and order count per month for the last `months` months, oldest first; months
    /// without orders are present with zeros.
    Result<QList<MonthRevenue>> revenueByMonth(const QString &currency, int months = 12) const;
    /// Number of revenue orders per weekday (index 0 Monday) over the last `months` months.
    Result<std::array<int, 7>> ordersByWeekday(const QString &currency, int months = 12) const;
    /// The `limit` customers with the highest revenue over the last `months` months; contacts in
    /// the trash are left out. Ties are ordered by name.
    Result<QList<CustomerRevenue>> topCustomers(const QString &currency, int limit = 10, int months = 12) const;
    /// Birthdays from today up to `days` days ahead (inclusive), soonest first.
    Result<QList<UpcomingBirthday>> upcomingBirthdays(int days = 30) const;
    Result<DashboardKpis> kpis(const QString &currency) const;

    /// Divides an amount that was multiplied by a percentage (value × probability) by 100,
    /// rounding half away from zero. The weighted pipeline sums exactly, then rounds once.
    static qint64 dividePercent(qint64 amountTimesPercent);

private:
    QDate currentMonth() const;
    /// Where the business-local month of `month` starts, as stored UTC text.
    QString monthStart(const QDate &month) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
