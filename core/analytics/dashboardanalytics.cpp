#include "dashboardanalytics.h"

#include "common/clock.h"
#include "common/timeformat.h"
#include "contacts/contact.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace clientele {

namespace {

// The orders that count as revenue; see the class comment. Fixed text, never user input.
const QString RevenueFilter = QStringLiteral("o.deleted_at IS NULL AND o.status NOT IN ('draft', 'cancelled') "
                                             "AND o.payment_status <> 'refunded' AND o.currency = :currency");

Error queryError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("DashboardAnalytics", "The dashboard figures could not be computed: %1")
                      .arg(query.lastError().text())};
}

} // namespace

DashboardAnalytics::DashboardAnalytics(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

qint64 DashboardAnalytics::dividePercent(qint64 amountTimesPercent)
{
    const qint64 magnitude = amountTimesPercent < 0 ? -amountTimesPercent : amountTimesPercent;
    const qint64 rounded = (magnitude + 50) / 100;
    return amountTimesPercent < 0 ? -rounded : rounded;
}

QDate DashboardAnalytics::currentMonth() const
{
    return firstDayOfMonth(m_clock.today());
}

QString DashboardAnalytics::monthStart(const QDate &month) const
{
    return toStoredTime(m_clock.startOfMonth(month));
}

Result<DashboardData> DashboardAnalytics::compute() const
{
    DashboardData data;
    data.currency = BusinessSettings(m_db).currency();
    data.today = m_clock.today();

    auto months = revenueByMonth(data.currency);
    if (!months)
        return months.error();
    data.revenueByMonth = std::move(months).value();

    auto weekdays = ordersByWeekday(data.currency);
    if (!weekdays)
        return weekdays.error();
    data.ordersByWeekday = weekdays.value();

    auto top = topCustomers(data.currency);
    if (!top)
        return top.error();
    data.topCustomers = std::move(top).value();

    auto birthdays = upcomingBirthdays();
    if (!birthdays)
        return birthdays.error();
    data.upcomingBirthdays = std::move(birthdays).value();

    auto figures = kpis(data.currency);
    if (!figures)
        return figures.error();
    data.kpis = figures.value();
    return data;
}

Result<QList<MonthRevenue>> DashboardAnalytics::revenueByMonth(const QString &currency, int months) const
{
    QList<MonthRevenue> result;
    if (months <= 0)
        return result;
    const QDate last = currentMonth();
    const QDate first = last.addMonths(-(months - 1));
    for (int i = 0; i < months; ++i)
        result.append(MonthRevenue {first.addMonths(i), 0, 0});

    // A month is the business's local month: its bounds are computed here as UTC instants and
    // bound, and a CASE over them names each order's month. That keeps the SQL free of time zone
    // functions (SQLite has only the machine's 'localtime'), the same on PostgreSQL.
    QString bucket = QStringLiteral("CASE");
    for (int i = 1; i < months; ++i)
        bucket += QStringLiteral(" WHEN o.ordered_at < :bound%1 THEN %2").arg(i).arg(i - 1);
    bucket += QStringLiteral(" ELSE %1 END").arg(months - 1);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + bucket
                  + QStringLiteral(" AS month, SUM(o.total_minor), COUNT(*) FROM orders o WHERE ") + RevenueFilter
                  + QStringLiteral(" AND o.ordered_at >= :from AND o.ordered_at < :until GROUP BY 1"));
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":from"), monthStart(first));
    query.bindValue(QStringLiteral(":until"), monthStart(last.addMonths(1)));
    for (int i = 1; i < months; ++i)
        query.bindValue(QStringLiteral(":bound%1").arg(i), monthStart(first.addMonths(i)));
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        const int index = query.value(0).toInt();
        if (index < 0 || index >= result.size())
            continue;
        result[index].revenueMinor = query.value(1).toLongLong();
        result[index].orders = query.value(2).toInt();
    }
    return result;
}

Result<std::array<int, 7>> DashboardAnalytics::ordersByWeekday(const QString &currency, int months) const
{
    std::array<int, 7> counts = {};
    if (months <= 0)
        return counts;
    const QDate last = currentMonth();
    QSqlQuery query(m_db);
    // Counting per UTC quarter hour in SQL and mapping those to the business's local weekdays here
    // keeps the SQL portable (SQLite's strftime('%w') and PostgreSQL's extract(dow) differ, and
    // neither knows the business's zone). Every zone's offset and daylight-saving change is a
    // whole number of quarter hours, so a quarter hour never straddles a local midnight.
    const QString quarter = QStringLiteral(
        "substr(o.ordered_at, 1, 14) || CASE WHEN substr(o.ordered_at, 15, 2) < '15' THEN '00' "
        "WHEN substr(o.ordered_at, 15, 2) < '30' THEN '15' WHEN substr(o.ordered_at, 15, 2) < '45' THEN '30' "
        "ELSE '45' END");
    query.prepare(QStringLiteral("SELECT ") + quarter + QStringLiteral(", COUNT(*) FROM orders o WHERE ")
                  + RevenueFilter + QStringLiteral(" AND o.ordered_at >= :from AND o.ordered_at < :until GROUP BY 1"));
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":from"), monthStart(last.addMonths(-(months - 1))));
    query.bindValue(QStringLiteral(":until"), monthStart(last.addMonths(1)));
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        const QDateTime start = QDateTime::fromString(query.value(0).toString() + QStringLiteral(":00Z"), Qt::ISODate);
        if (start.isValid())
            counts[std::size_t(m_clock.localDate(start).dayOfWeek() - 1)] += query.value(1).toInt();
    }
    return counts;
}

Result<QList<CustomerRevenue>> DashboardAnalytics::topCustomers(const QString &currency, int limit, int months) const
{
    QList<CustomerRevenue> result;
    if (limit <= 0 || months <= 0)
        return result;
    const QDate last = currentMonth();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.id, c.display_name, SUM(o.total_minor) AS revenue, COUNT(*) "
                                 "FROM orders o JOIN contacts c ON c.id = o.contact_id WHERE ")
                  + RevenueFilter
                  + QStringLiteral(" AND c.deleted_at IS NULL AND o.ordered_at >= :from AND o.ordered_at < :until "
                                   "GROUP BY c.id, c.display_name "
                                   "ORDER BY revenue DESC, c.display_name, c.id LIMIT :limit"));
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":from"), monthStart(last.addMonths(-(months - 1))));
    query.bindValue(QStringLiteral(":until"), monthStart(last.addMonths(1)));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        result.append(CustomerRevenue {query.value(0).toLongLong(), query.value(1).toString(),
                                       query.value(2).toLongLong(), query.value(3).toInt()});
    }
    return result;
}

Result<QList<UpcomingBirthday>> DashboardAnalytics::upcomingBirthdays(int days) const
{
    QList<UpcomingBirthday> result;
    if (days < 0)
        return result;
    const QDate today = m_clock.today();
    const QDate horizon = today.addDays(days);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, display_name, birthday_year, birthday_month, birthday_day FROM contacts "
                                 "WHERE deleted_at IS NULL AND birthday_month IS NOT NULL "
                                 "AND birthday_day IS NOT NULL"));
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        const Birthday birthday {query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt()};
        const QDate next = birthday.nextOccurrence(today);
        if (!next.isValid() || next > horizon)
            continue;
        result.append(UpcomingBirthday {query.value(0).toLongLong(), query.value(1).toString(), next,
                                        birthday.hasYear() ? next.year() - birthday.year : -1});
    }
    std::sort(result.begin(), result.end(), [](const UpcomingBirthday &a, const UpcomingBirthday &b) {
        return a.date != b.date ? a.date < b.date : a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

Result<DashboardKpis> DashboardAnalytics::kpis(const QString &currency) const
{
    DashboardKpis kpis;
    const QDate thisMonth = currentMonth();

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT "
                                 "COALESCE(SUM(CASE WHEN o.ordered_at >= :this_month THEN o.total_minor END), 0), "
                                 "COUNT(CASE WHEN o.ordered_at >= :this_month2 THEN 1 END), "
                                 "COALESCE(SUM(CASE WHEN o.ordered_at < :this_month3 THEN o.total_minor END), 0), "
                                 "COUNT(CASE WHEN o.ordered_at < :this_month4 THEN 1 END) "
                                 "FROM orders o WHERE ")
                  + RevenueFilter + QStringLiteral(" AND o.ordered_at >= :last_month AND o.ordered_at < :next_month"));
    const QString thisMonthStart = monthStart(thisMonth);
    query.bindValue(QStringLiteral(":this_month"), thisMonthStart);
    query.bindValue(QStringLiteral(":this_month2"), thisMonthStart);
    query.bindValue(QStringLiteral(":this_month3"), thisMonthStart);
    query.bindValue(QStringLiteral(":this_month4"), thisMonthStart);
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":last_month"), monthStart(thisMonth.addMonths(-1)));
    query.bindValue(QStringLiteral(":next_month"), monthStart(thisMonth.addMonths(1)));
    if (!query.exec() || !query.next())
        return queryError(query);
    kpis.revenueThisMonthMinor = query.value(0).toLongLong();
    kpis.ordersThisMonth = query.value(1).toInt();
    kpis.revenueLastMonthMinor = query.value(2).toLongLong();
    kpis.ordersLastMonth = query.value(3).toInt();

    // The same states as FollowUpListQuery: overdue is due before the local today, and a snoozed
    // follow-up is due again when its snooze ends.
    const QDate today = m_clock.today();
    query.prepare(QStringLiteral("SELECT COUNT(*), "
                                 "COUNT(CASE WHEN COALESCE(snoozed_until, due_at) < :today THEN 1 END), "
                                 "COUNT(CASE WHEN COALESCE(snoozed_until, due_at) >= :today2 "
                                 "AND COALESCE(snoozed_until, due_at) < :tomorrow THEN 1 END) "
                                 "FROM followups WHERE deleted_at IS NULL AND done_at IS NULL"));
    query.bindValue(QStringLiteral(":today"), toStoredTime(m_clock.startOfDay(today)));
    query.bindValue(QStringLiteral(":today2"), toStoredTime(m_clock.startOfDay(today)));
    query.bindValue(QStringLiteral(":tomorrow"), toStoredTime(m_clock.startOfDay(today.addDays(1))));
    if (!query.exec() || !query.next())
        return queryError(query);
    kpis.openFollowUps = query.value(0).toInt();
    kpis.overdueFollowUps = query.value(1).toInt();
    kpis.dueTodayFollowUps = query.value(2).toInt();

    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(value_minor), 0), "
                                 "COALESCE(SUM(value_minor * probability), 0) FROM deals "
                                 "WHERE deleted_at IS NULL AND status = 'open' AND currency = :currency"));
    query.bindValue(QStringLiteral(":currency"), currency);
    if (!query.exec() || !query.next())
        return queryError(query);
    kpis.openDeals = query.value(0).toInt();
    kpis.openPipelineMinor = query.value(1).toLongLong();
    kpis.weightedPipelineMinor = dividePercent(query.value(2).toLongLong());

    auto birthdays = upcomingBirthdays(30);
    if (!birthdays)
        return birthdays.error();
    kpis.birthdaysNext30Days = int(birthdays->size());
    return kpis;
}

} // namespace clientele
