#include "dashboardanalytics.h"

#include "common/clock.h"
#include "common/timeformat.h"
#include "contacts/contact.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QHash>
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

QString startOfMonthUtc(const QDate &month)
{
    return toStoredTime(QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0), Qt::UTC));
}

QString startOfLocalDayUtc(const QDate &day)
{
    return toStoredTime(QDateTime(day, QTime(0, 0), Qt::LocalTime));
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
    const QDate today = m_clock.nowUtc().date();
    return QDate(today.year(), today.month(), 1);
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
    QHash<QString, qsizetype> indexByKey;
    for (int i = 0; i < months; ++i) {
        const QDate month = first.addMonths(i);
        indexByKey.insert(month.toString(QStringLiteral("yyyy-MM")), result.size());
        result.append(MonthRevenue {month, 0, 0});
    }

    QSqlQuery query(m_db);
    // substr() of the ISO text gives the UTC month and works the same on PostgreSQL.
    query.prepare(QStringLiteral("SELECT substr(o.ordered_at, 1, 7) AS month, SUM(o.total_minor), COUNT(*) "
                                 "FROM orders o WHERE ")
                  + RevenueFilter
                  + QStringLiteral(" AND o.ordered_at >= :from AND o.ordered_at < :until "
                                   "GROUP BY substr(o.ordered_at, 1, 7)"));
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":from"), startOfMonthUtc(first));
    query.bindValue(QStringLiteral(":until"), startOfMonthUtc(last.addMonths(1)));
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        const auto it = indexByKey.constFind(query.value(0).toString());
        if (it == indexByKey.cend())
            continue;
        result[*it].revenueMinor = query.value(1).toLongLong();
        result[*it].orders = query.value(2).toInt();
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
    // Counting per day in SQL and mapping days to weekdays here keeps the SQL portable (SQLite's
    // strftime('%w') and PostgreSQL's extract(dow) differ) and returns at most ~366 rows.
    query.prepare(QStringLiteral("SELECT substr(o.ordered_at, 1, 10), COUNT(*) FROM orders o WHERE ") + RevenueFilter
                  + QStringLiteral(" AND o.ordered_at >= :from AND o.ordered_at < :until "
                                   "GROUP BY substr(o.ordered_at, 1, 10)"));
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":from"), startOfMonthUtc(last.addMonths(-(months - 1))));
    query.bindValue(QStringLiteral(":until"), startOfMonthUtc(last.addMonths(1)));
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        const QDate day = fromStoredDate(query.value(0).toString());
        if (day.isValid())
            counts[std::size_t(day.dayOfWeek() - 1)] += query.value(1).toInt();
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
    query.bindValue(QStringLiteral(":from"), startOfMonthUtc(last.addMonths(-(months - 1))));
    query.bindValue(QStringLiteral(":until"), startOfMonthUtc(last.addMonths(1)));
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
    const QString thisMonthStart = startOfMonthUtc(thisMonth);
    query.bindValue(QStringLiteral(":this_month"), thisMonthStart);
    query.bindValue(QStringLiteral(":this_month2"), thisMonthStart);
    query.bindValue(QStringLiteral(":this_month3"), thisMonthStart);
    query.bindValue(QStringLiteral(":this_month4"), thisMonthStart);
    query.bindValue(QStringLiteral(":currency"), currency);
    query.bindValue(QStringLiteral(":last_month"), startOfMonthUtc(thisMonth.addMonths(-1)));
    query.bindValue(QStringLiteral(":next_month"), startOfMonthUtc(thisMonth.addMonths(1)));
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
    query.bindValue(QStringLiteral(":today"), startOfLocalDayUtc(today));
    query.bindValue(QStringLiteral(":today2"), startOfLocalDayUtc(today));
    query.bindValue(QStringLiteral(":tomorrow"), startOfLocalDayUtc(today.addDays(1)));
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
