#include "contactinsights.h"

#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"
#include "followups/followuprepository.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace clientele {

namespace {

// The orders that count; see ContactFigures. Fixed text, never user input.
const QString CountedOrders
    = QStringLiteral("FROM orders WHERE contact_id = :contact_id AND deleted_at IS NULL "
                     "AND status NOT IN ('draft', 'cancelled') AND payment_status <> 'refunded' ");

Error readError(const QSqlQuery &query)
{
    return repository::databaseError(
        QCoreApplication::translate("ContactInsights", "The customer's order figures could not be read"), query);
}

} // namespace

ContactInsights::ContactInsights(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

qint64 ContactInsights::roundedAverage(qint64 sum, qint64 count)
{
    const qint64 magnitude = sum < 0 ? -sum : sum;
    const qint64 rounded = magnitude / count + (magnitude % count * 2 >= count ? 1 : 0);
    return sum < 0 ? -rounded : rounded;
}

std::optional<int> ContactInsights::medianIntervalDays(QList<QDate> dates)
{
    if (dates.size() < 2)
        return std::nullopt;
    std::sort(dates.begin(), dates.end());
    QList<qint64> gaps;
    gaps.reserve(dates.size() - 1);
    for (qsizetype i = 1; i < dates.size(); ++i)
        gaps.append(dates.at(i - 1).daysTo(dates.at(i)));
    std::sort(gaps.begin(), gaps.end());
    const qsizetype middle = gaps.size() / 2;
    if (gaps.size() % 2 == 1)
        return int(gaps.at(middle));
    // Gaps are never negative, so rounding half up is rounding half away from zero.
    return int((gaps.at(middle - 1) + gaps.at(middle) + 1) / 2);
}

Result<ContactFigures> ContactInsights::figures(qint64 contactId) const
{
    switch (repository::rowState(m_db, QStringLiteral("contacts"), contactId)) {
    case repository::RowState::Missing:
        return Error {QCoreApplication::translate("ContactInsights", "Contact %1 does not exist.").arg(contactId),
                      {},
                      Error::Kind::NotFound};
    case repository::RowState::Failed:
        return Error {QCoreApplication::translate("ContactInsights", "The contact could not be read.")};
    case repository::RowState::Live:
    case repository::RowState::Trashed:
        break;
    }

    ContactFigures figures;
    figures.currency = BusinessSettings(m_db).currency();
    figures.lifetimeValue = Money {0, figures.currency};

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT currency, COUNT(*), SUM(total_minor) ") + CountedOrders
                  + QStringLiteral("GROUP BY currency"));
    query.bindValue(QStringLiteral(":contact_id"), contactId);
    if (!query.exec())
        return readError(query);
    int ownCurrencyOrders = 0;
    while (query.next()) {
        const int count = query.value(1).toInt();
        figures.orderCount += count;
        if (query.value(0).toString() == figures.currency) {
            ownCurrencyOrders = count;
            figures.lifetimeValue.minor = query.value(2).toLongLong();
        } else {
            figures.otherCurrencyOrderCount += count;
        }
    }
    if (ownCurrencyOrders > 0)
        figures.averageOrderValue
            = Money {roundedAverage(figures.lifetimeValue.minor, ownCurrencyOrders), figures.currency};

    query.prepare(QStringLiteral("SELECT ordered_at ") + CountedOrders + QStringLiteral("ORDER BY ordered_at"));
    query.bindValue(QStringLiteral(":contact_id"), contactId);
    if (!query.exec())
        return readError(query);
    QList<QDate> dates;
    while (query.next()) {
        const QDateTime at = fromStoredTime(query.value(0).toString());
        if (at.isValid())
            dates.append(m_clock.localDate(at));
    }
    if (!dates.isEmpty()) {
        // Sorted as stored UTC text; local dates keep that order.
        figures.firstOrderDate = dates.first();
        figures.lastOrderDate = dates.last();
    }
    figures.usualIntervalDays = medianIntervalDays(dates);

    FollowUpListQuery open;
    open.state = FollowUpListQuery::State::Open;
    open.contactId = contactId;
    open.limit = 1;
    const QList<FollowUp> next = FollowUpRepository(m_db, m_clock).list(open);
    if (!next.isEmpty())
        figures.nextFollowUp = next.first();
    return figures;
}

} // namespace clientele
