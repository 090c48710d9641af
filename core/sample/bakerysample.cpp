#include "bakerysample.h"

#include "samplecontext.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "db/transaction.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace sample {

namespace {

// The seed is part of the sample's identity: changing it changes every name and order.
constexpr quint64 Seed = 20261124;

} // namespace

Context::Context(QSqlDatabase database, const Clock &sampleClock)
    : db(std::move(database))
    , clock(sampleClock)
    , random(Seed)
    , today(sampleClock.today())
    , firstDay(today.addMonths(-18))
    , currency(QStringLiteral("USD"))
{ }

Error sampleSqlError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("BakerySample", "The sample bakery could not be written: %1")
                      .arg(query.lastError().text())};
}

QDateTime shopTime(const QDate &day, int minutesAfterMidnight)
{
    constexpr int PacificStandardOffsetMinutes = 8 * 60;
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(60LL * (minutesAfterMidnight + PacificStandardOffsetMinutes));
}

QDateTime localTime(const Clock &clock, const QDate &day, int hour, int minute)
{
    return clock.atLocal(day, QTime(hour, minute));
}

} // namespace sample

namespace {

Status setSampleSettings(QSqlDatabase db)
{
    BusinessSettings settings(db);
    if (auto s = settings.setValue(BusinessSettings::BusinessName, QStringLiteral("Rosie's Bakery")); !s)
        return s;
    if (auto s = settings.setValue(BusinessSettings::Currency, QStringLiteral("USD")); !s)
        return s;
    return settings.setValue(BusinessSettings::PhoneRegion, QStringLiteral("US"));
}

} // namespace

Status BakerySample::populate(QSqlDatabase db, const Clock &clock)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")) || !query.next())
        return Error {QCoreApplication::translate("BakerySample", "The database could not be read: %1")
                          .arg(query.lastError().text())};
    if (query.value(0).toLongLong() > 0) {
        return Error {QCoreApplication::translate(
                          "BakerySample",
                          "This database already holds contacts. The sample bakery can only be added to a new, "
                          "empty database."),
                      {},
                      Error::Kind::Conflict};
    }
    query.finish();

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (auto s = BusinessSettings::seedDefaults(db, clock); !s)
        return s;
    if (auto s = setSampleSettings(db); !s)
        return s;

    sample::Context context(db, clock);
    using Step = Status (*)(sample::Context &);
    const Step steps[]
        = {sample::addContacts, sample::addOrders, sample::addDeals, sample::addActivities, sample::addFollowUps};
    for (const Step step : steps) {
        if (auto s = step(context); !s)
            return s;
    }

    const QJsonObject summary {{QStringLiteral("sample"), QStringLiteral("bakery")},
                               {QStringLiteral("contacts"), static_cast<int>(context.customers.size())},
                               {QStringLiteral("products"), static_cast<int>(context.products.size())},
                               {QStringLiteral("orders"), context.orderCount},
                               {QStringLiteral("deals"), context.dealCount},
                               {QStringLiteral("activities"), context.activityCount},
                               {QStringLiteral("followups"), context.followUpCount}};
    if (auto s = AuditLog(db, clock).record(QStringLiteral("sample"), 0, QStringLiteral("populate"), summary); !s)
        return s;
    return tx.commit();
}

} // namespace clientele
