#pragma once

#include "analytics/dashboardstats.h"

#include <QCoreApplication>
#include <QList>

#include <array>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clientele {

/// Turns the dashboard structs into Qt Charts, styled to match the rest of the window: no chart
/// backgrounds (the cards draw them), muted axes, money on the axes formatted like everywhere
/// else, exact amounts in a tooltip on hover. The caller owns the returned chart.
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static QChart *revenueByMonth(const QList<MonthRevenue> &months, const QString &currency);
    static QChart *ordersByWeekday(const std::array<int, 7> &counts);
    static QChart *topCustomers(const QList<CustomerRevenue> &customers, const QString &currency);

    /// A round axis step so that about `ticks` steps cover `maxValue` (1, 2, 2.5 or 5 × 10ⁿ).
    static double niceStep(double maxValue, int ticks = 4);
};

} // namespace clientele
