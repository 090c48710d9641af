#pragma once

#include "analytics/dashboardstats.h"

#include <QFutureWatcher>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace clientele {

class Card;
class Clock;
class Database;
class KpiTile;
class PageHeader;

/// The Dashboard page: key-figure tiles and three charts (revenue per month, orders per weekday,
/// top customers). The figures come from core's DashboardAnalytics, computed on a worker thread
/// with its own database connection so a large book never freezes the window; this widget only
/// draws the result.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~DashboardView() override;

    /// Starts computing the figures again; loaded() follows when they are shown.
    void reload();
    bool isLoading() const { return m_loading; }
    /// The figures shown (empty before the first load finished).
    const DashboardData &data() const { return m_data; }

    QChart *revenueChart() const;
    QChart *weekdayChart() const;
    QChart *topCustomersChart() const;
    KpiTile *revenueTile() const { return m_revenueTile; }
    KpiTile *followUpTile() const { return m_followUpTile; }
    KpiTile *pipelineTile() const { return m_pipelineTile; }
    KpiTile *birthdayTile() const { return m_birthdayTile; }

Q_SIGNALS:
    void loaded();

private:
    struct Load
    {
        bool ok = false;
        QString error;
        DashboardData data;
    };

    void show(const Load &load);
    void showKpis();
    static void replaceChart(QChartView *view, QChart *chart);

    const Database &m_database;
    const Clock &m_clock;
    DashboardData m_data;
    QFutureWatcher<Load> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
    PageHeader *m_header;
    KpiTile *m_revenueTile;
    KpiTile *m_followUpTile;
    KpiTile *m_pipelineTile;
    KpiTile *m_birthdayTile;
    QChartView *m_revenueView;
    QChartView *m_weekdayView;
    QChartView *m_customersView;
};

} // namespace clientele
