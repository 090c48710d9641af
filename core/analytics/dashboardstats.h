#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace clientele {

/// Revenue of one calendar month of the business's own calendar: an order counts for the month
/// its `ordered_at` falls in in the business's time zone (the Clock's).
struct MonthRevenue
{
    QDate month; ///< the first day of the month
    qint64 revenueMinor = 0;
    int orders = 0;
};

/// A customer and what they spent in the analysed period.
struct CustomerRevenue
{
    qint64 contactId = 0;
    QString name;
    qint64 revenueMinor = 0;
    int orders = 0;
};

/// A birthday coming up soon, for the "call them" list on the dashboard.
struct UpcomingBirthday
{
    qint64 contactId = 0;
    QString name;
    QDate date; ///< the day it falls on (today or later)
    int turning = -1; ///< the age reached on that day; -1 when the birth year is unknown
};

/// The key figures of the dashboard tiles.
struct DashboardKpis
{
    qint64 revenueThisMonthMinor = 0; ///< the current month so far
    qint64 revenueLastMonthMinor = 0; ///< the whole previous month
    int ordersThisMonth = 0;
    int ordersLastMonth = 0;
    int openFollowUps = 0; ///< not done, overdue ones included
    int overdueFollowUps = 0; ///< due before today (local day), as FollowUpListQuery::Overdue
    int dueTodayFollowUps = 0; ///< due some time today, as FollowUpListQuery::DueToday
    int openDeals = 0;
    qint64 openPipelineMinor = 0; ///< sum of the open deals' values
    qint64 weightedPipelineMinor = 0; ///< sum of value × probability, rounded half away from zero
    int birthdaysNext30Days = 0;
};

/// Everything the dashboard draws, computed in one go by DashboardAnalytics.
struct DashboardData
{
    QString currency; ///< the business currency every amount below is in
    QDate today;
    QList<MonthRevenue> revenueByMonth; ///< the last 12 months, oldest first, current month last
    std::array<int, 7> ordersByWeekday = {}; ///< index 0 is Monday, 6 is Sunday
    QList<CustomerRevenue> topCustomers; ///< best first
    QList<UpcomingBirthday> upcomingBirthdays; ///< soonest first
    DashboardKpis kpis;
};

} // namespace clientele
