#include "dashboardview.h"

#include "analytics/dashboardanalytics.h"
#include "common/card.h"
#include "common/clock.h"
#include "common/displayformat.h"
#include "common/pageheader.h"
#include "dashboardcharts.h"
#include "db/database.h"
#include "kpitile.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLocale>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace clientele {

namespace {

QChartView *newChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("background: transparent;"));
    view->setMinimumHeight(170);
    return view;
}

Card *chartCard(const QString &title, QChartView *view, QWidget *parent)
{
    auto *card = new Card(title, parent);
    card->body()->addWidget(view);
    return card;
}

} // namespace

DashboardView::DashboardView(const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_header(new PageHeader(tr("Dashboard"), this))
    , m_revenueTile(new KpiTile(tr("Revenue this month"), this))
    , m_followUpTile(new KpiTile(tr("Open follow-ups"), this))
    , m_pipelineTile(new KpiTile(tr("Pipeline, weighted"), this))
    , m_birthdayTile(new KpiTile(tr("Birthdays in the next 30 days"), this))
    , m_revenueView(newChartView(this))
    , m_weekdayView(newChartView(this))
    , m_customersView(newChartView(this))
{
    auto *board = new QWidget;
    board->setObjectName(QStringLiteral("dashboardBoard"));
    auto *grid = new QGridLayout(board);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    const QList<KpiTile *> tiles = {m_revenueTile, m_followUpTile, m_pipelineTile, m_birthdayTile};
    auto *tileRow = new QHBoxLayout;
    tileRow->setSpacing(16);
    for (KpiTile *tile : tiles)
        tileRow->addWidget(tile, 1);
    grid->addLayout(tileRow, 0, 0, 1, 2);
    grid->addWidget(chartCard(tr("Revenue per month"), m_revenueView, board), 1, 0, 1, 2);
    grid->addWidget(chartCard(tr("Orders per weekday"), m_weekdayView, board), 2, 0);
    grid->addWidget(chartCard(tr("Top 10 customers"), m_customersView, board), 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(board);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);

    replaceChart(m_revenueView, DashboardCharts::revenueByMonth({}, QString()));
    replaceChart(m_weekdayView, DashboardCharts::ordersByWeekday({}));
    replaceChart(m_customersView, DashboardCharts::topCustomers({}, QString()));
    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, [this] {
        m_loading = false;
        show(m_watcher.result());
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
    reload();
}

DashboardView::~DashboardView()
{
    // The worker uses the database and clock this view was given: let it finish first.
    m_watcher.waitForFinished();
}

QChart *DashboardView::revenueChart() const
{
    return m_revenueView->chart();
}

QChart *DashboardView::weekdayChart() const
{
    return m_weekdayView->chart();
}

QChart *DashboardView::topCustomersChart() const
{
    return m_customersView->chart();
}

void DashboardView::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_header->setSubtitle(tr("Updating…"));
    const Database *database = &m_database;
    const Clock *clock = &m_clock;
    m_watcher.setFuture(QtConcurrent::run([database, clock] {
        // SQLite connections belong to the thread that opened them: this one is opened, used and
        // closed here.
        const QString connection = database->addWorkerConnection();
        Load load;
        {
            const auto computed = DashboardAnalytics(QSqlDatabase::database(connection, false), *clock).compute();
            load.ok = computed.ok();
            if (computed)
                load.data = computed.value();
            else
                load.error = computed.errorMessage();
        }
        Database::removeWorkerConnection(connection);
        return load;
    }));
}

void DashboardView::show(const Load &load)
{
    if (!load.ok) {
        m_header->setSubtitle(load.error);
        Q_EMIT loaded();
        return;
    }
    m_data = load.data;
    showKpis();
    replaceChart(m_revenueView, DashboardCharts::revenueByMonth(m_data.revenueByMonth, m_data.currency));
    replaceChart(m_weekdayView, DashboardCharts::ordersByWeekday(m_data.ordersByWeekday));
    replaceChart(m_customersView, DashboardCharts::topCustomers(m_data.topCustomers, m_data.currency));
    const QLocale locale;
    m_header->setSubtitle(tr("Last 12 months, as of %1 at %2")
                              .arg(display::date(m_data.today),
                                   locale.toString(m_clock.toLocal(m_clock.nowUtc()).time(), QLocale::ShortFormat)));
    Q_EMIT loaded();
}

void DashboardView::showKpis()
{
    const DashboardKpis &kpis = m_data.kpis;
    const QString currency = m_data.currency;
    m_revenueTile->setValue(display::wholeMoney(Money {kpis.revenueThisMonthMinor, currency}));
    const QString lastMonth = display::wholeMoney(Money {kpis.revenueLastMonthMinor, currency});
    if (kpis.revenueLastMonthMinor > 0) {
        const double change = 100.0 * double(kpis.revenueThisMonthMinor - kpis.revenueLastMonthMinor)
            / double(kpis.revenueLastMonthMinor);
        const QString percent = QLocale().toString(std::abs(change), 'f', 0);
        m_revenueTile->setCaption(change >= 0 ? tr("▲ %1% vs. last month (%2)").arg(percent, lastMonth)
                                              : tr("▼ %1% vs. last month (%2)").arg(percent, lastMonth),
                                  change >= 0 ? KpiTile::Tone::Good : KpiTile::Tone::Neutral);
    } else {
        m_revenueTile->setCaption(tr("Last month: %1").arg(lastMonth));
    }

    m_followUpTile->setValue(QLocale().toString(kpis.openFollowUps));
    m_followUpTile->setCaption(tr("%Ln overdue", nullptr, kpis.overdueFollowUps) + QStringLiteral(" · ")
                                   + tr("%Ln due today", nullptr, kpis.dueTodayFollowUps),
                               kpis.overdueFollowUps > 0 ? KpiTile::Tone::Warning : KpiTile::Tone::Neutral);

    m_pipelineTile->setValue(display::wholeMoney(Money {kpis.weightedPipelineMinor, currency}));
    m_pipelineTile->setCaption(tr("%Ln open deal(s)", nullptr, kpis.openDeals) + QStringLiteral(" · ")
                               + tr("%1 in total").arg(display::wholeMoney(Money {kpis.openPipelineMinor, currency})));

    m_birthdayTile->setValue(QLocale().toString(kpis.birthdaysNext30Days));
    if (m_data.upcomingBirthdays.isEmpty()) {
        m_birthdayTile->setCaption(tr("None coming up"));
    } else {
        const UpcomingBirthday &next = m_data.upcomingBirthdays.first();
        const qint64 days = m_data.today.daysTo(next.date);
        const QString when = days <= 1 ? display::relativeDay(next.date, m_data.today)
                                       : QLocale().toString(next.date, tr("MMM d", "a day of this year"));
        QString caption = tr("Next: %1 (%2)").arg(next.name, when);
        const int more = int(m_data.upcomingBirthdays.size()) - 1;
        if (more > 0)
            caption += QLatin1Char(' ') + tr("and %n more", nullptr, more);
        m_birthdayTile->setCaption(caption);
    }
}

void DashboardView::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace clientele
