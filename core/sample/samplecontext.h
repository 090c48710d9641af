#pragma once

#include "samplerandom.h"

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace clientele {
class Clock;
}

namespace clientele::sample {

/// How a sample customer shops; it decides how many orders they get and what is in them.
enum class Habit { Regular, Occasional, Rare, Never, Wholesale, Catering };

struct Customer
{
    qint64 id = 0;
    QString key; ///< set for the hand-written customers that deals and follow-ups refer to
    QString name;
    bool company = false;
    Habit habit = Habit::Rare;
    bool glutenFree = false;
    bool slowPayer = false; ///< a wholesale account that pays its invoices late
    QDateTime firstOrder; ///< filled while the orders are made
};

struct Product
{
    enum class Category { Bread, Pastry, Cake, CustomCake, Catering };

    qint64 id = 0;
    QString name;
    QString unit; ///< "pcs" or "kg"
    qint64 priceMinor = 0;
    Category category = Category::Bread;
    double popularity = 1;
    bool glutenFree = false;
};

/// An open custom-cake order, for the follow-ups that remind of its pickup.
struct OpenOrder
{
    qint64 id = 0;
    int customer = 0;
    QDate pickup;
};

/// What the steps of BakerySample::populate share: the connection, the clock, one random
/// sequence (so the whole sample follows from the seed) and the ids made so far.
struct Context
{
    Context(QSqlDatabase database, const Clock &sampleClock);

    QSqlDatabase db;
    const Clock &clock;
    SampleRandom random;
    QDate today;
    QDate firstDay; ///< 18 months before today: the start of the order history
    QString currency;

    QList<Customer> customers;
    QHash<QString, int> customerByKey;
    QList<Product> products;
    QList<OpenOrder> openCakeOrders;
    qint64 overdueInvoiceId = 0;
    int overdueInvoiceCustomer = -1;
    QHash<QString, qint64> dealByKey;

    int orderCount = 0;
    int dealCount = 0;
    int activityCount = 0;
    int followUpCount = 0;

    /// Index into customers of a hand-written customer; -1 when unknown.
    int customerIndex(const QString &key) const { return customerByKey.value(key, -1); }
};

Status addContacts(Context &context);
Status addOrders(Context &context);
Status addDeals(Context &context);
Status addActivities(Context &context);
Status addFollowUps(Context &context);

/// The error for a statement that failed while writing the sample.
Error sampleSqlError(const QSqlQuery &query);

/// A time of day at the shop (Portland, Oregon) as UTC. A fixed UTC-8 offset rather than the
/// time-zone database keeps the sample byte-identical on every machine for the same clock.
QDateTime shopTime(const QDate &day, int minutesAfterMidnight);

/// An empty string instead of a null one: Qt binds a null QString as SQL NULL, and the text
/// columns are NOT NULL.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// A time of day on `day` in the book's zone (the clock's) as UTC: for follow-ups, whose "today"
/// is the business's local day.
QDateTime localTime(const Clock &clock, const QDate &day, int hour, int minute = 0);

} // namespace clientele::sample
