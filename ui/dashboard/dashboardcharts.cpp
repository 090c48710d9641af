#include "dashboardcharts.h"

#include "common/displayformat.h"
#include "common/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace clientele {

namespace {

qint64 minorScale(const QString &currency)
{
    qint64 scale = 1;
    for (int i = currencyDigits(currency); i > 0; --i)
        scale *= 10;
    return scale;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->hide();
    // Room on the right for the last axis label, which is centred on the plot's edge.
    chart->setMargins(QMargins(0, 4, 26, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(false);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(theme::mutedText());
    return chart;
}

void styleAxis(QAbstractAxis *axis, bool grid)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    axis->setLabelsColor(theme::mutedText());
    axis->setLinePen(QPen(theme::border(), 1));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(QPen(QColor(0xef, 0xeb, 0xe7), 1));
    axis->setMinorGridLineVisible(false);
}

/// A value axis whose labels are money ("$0", "$5,000", "$10k"), placed on round steps.
QCategoryAxis *moneyAxis(double maxMajor, const QString &currency)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = DashboardCharts::niceStep(maxMajor);
    const double top = std::max(step, std::ceil(maxMajor / step) * step);
    const qint64 scale = minorScale(currency);
    axis->setStartValue(0);
    for (double value = 0; value <= top + step / 2; value += step)
        axis->append(display::compactMoney(Money {qRound64(value * scale), currency}), value);
    axis->setRange(0, top);
    styleAxis(axis, true);
    return axis;
}

void showHoverText(const QStringList &texts, bool on, int index)
{
    if (on && index >= 0 && index < texts.size())
        QToolTip::showText(QCursor::pos(), texts.at(index));
    else
        QToolTip::hideText();
}

} // namespace

double DashboardCharts::niceStep(double maxValue, int ticks)
{
    if (!(maxValue > 0) || ticks <= 0)
        return 1;
    const double raw = maxValue / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QChart *DashboardCharts::revenueByMonth(const QList<MonthRevenue> &months, const QString &currency)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(tr("Revenue"));
    set->setColor(theme::accent());
    set->setBorderColor(theme::accent());
    QStringList categories;
    QStringList hoverTexts;
    const QLocale locale;
    const double scale = double(minorScale(currency));
    double maxMajor = 0;
    bool any = false;
    for (const MonthRevenue &month : months) {
        const double major = double(month.revenueMinor) / scale;
        set->append(major);
        maxMajor = std::max(maxMajor, major);
        any = any || month.orders > 0;
        const bool showYear = month.month.month() == 1 || &month == &months.first();
        categories << locale.toString(month.month, showYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        hoverTexts << tr("%1: %2 from %n order(s)", nullptr, month.orders)
                          .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")),
                               display::money(Money {month.revenueMinor, currency}));
    }
    QObject::connect(set, &QBarSet::hovered, set,
                     [hoverTexts](bool on, int index) { showHoverText(hoverTexts, on, index); });
    auto *series = new QBarSeries;
    series->setBarWidth(0.62);
    series->append(set);
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    styleAxis(xAxis, false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    QCategoryAxis *yAxis = moneyAxis(maxMajor, currency);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    if (!any)
        chart->setTitle(tr("No orders in the last 12 months yet"));
    return chart;
}

QChart *DashboardCharts::ordersByWeekday(const std::array<int, 7> &counts)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(tr("Orders"));
    set->setColor(theme::secondary());
    set->setBorderColor(theme::secondary());
    set->setLabelColor(theme::mutedText());
    QStringList categories;
    const QLocale locale;
    int maxCount = 0;
    for (int day = 0; day < 7; ++day) {
        set->append(counts[std::size_t(day)]);
        maxCount = std::max(maxCount, counts[std::size_t(day)]);
        categories << locale.dayName(day + 1, QLocale::ShortFormat);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.6);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    styleAxis(xAxis, false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto *yAxis = new QValueAxis;
    // Room above the tallest bar for its label.
    const double step = std::max(1.0, std::ceil(niceStep(maxCount * 1.15)));
    yAxis->setRange(0, std::max(step, std::ceil(maxCount * 1.15 / step) * step));
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(yAxis, true);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    if (maxCount == 0)
        chart->setTitle(tr("No orders in the last 12 months yet"));
    return chart;
}

QChart *DashboardCharts::topCustomers(const QList<CustomerRevenue> &customers, const QString &currency)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(tr("Revenue"));
    const QColor amber(0xf0, 0xa0, 0x4b);
    set->setColor(amber);
    set->setBorderColor(amber);
    QStringList categories;
    QStringList hoverTexts;
    const double scale = double(minorScale(currency));
    double maxMajor = 0;
    const QFontMetrics metrics(chart->font());
    // The best customer goes on top: horizontal bar charts fill from the bottom.
    for (qsizetype i = customers.size() - 1; i >= 0; --i) {
        const CustomerRevenue &customer = customers.at(i);
        const double major = double(customer.revenueMinor) / scale;
        set->append(major);
        maxMajor = std::max(maxMajor, major);
        // Two customers may share a name; the rank keeps their categories apart. Qt does not widen
        // the axis for long labels, so the name gets the room the rank and amount leave.
        const QString rank = QStringLiteral("%1.").arg(i + 1);
        const QString amount = display::wholeMoney(Money {customer.revenueMinor, currency});
        const int room
            = metrics.averageCharWidth() * 30 - metrics.horizontalAdvance(rank + amount + QStringLiteral("    "));
        categories << QStringLiteral("%1 %2  %3")
                          .arg(rank, metrics.elidedText(customer.name, Qt::ElideRight, std::max(room, 40)), amount);
        hoverTexts << tr("%1: %2 from %n order(s)", nullptr, customer.orders)
                          .arg(customer.name, display::money(Money {customer.revenueMinor, currency}));
    }
    QObject::connect(set, &QBarSet::hovered, set,
                     [hoverTexts](bool on, int index) { showHoverText(hoverTexts, on, index); });
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.66);
    series->append(set);
    chart->addSeries(series);

    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    styleAxis(yAxis, false);
    // The names are already shortened to fit; Qt would otherwise cut them to "...".
    yAxis->setTruncateLabels(false);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    QCategoryAxis *xAxis = moneyAxis(maxMajor, currency);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    if (customers.isEmpty())
        chart->setTitle(tr("No customer orders in the last 12 months yet"));
    return chart;
}

} // namespace clientele
