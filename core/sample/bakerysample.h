#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace clientele {

class Clock;

/// "Rosie's Bakery", a made-up Portland bakery with 18 months of history: about 200 customers
/// and companies, 20 products, 1,500 orders with a weekly and seasonal rhythm, deals, activities
/// and follow-ups. It lets a new user explore every view before typing anything, and gives
/// screenshots and tests a realistic book. The data follows from a fixed seed and the clock, so
/// the same clock always produces the same database.
class BakerySample final
{
public:
    /// Fills a database that has no contacts yet, in one transaction (all or nothing). Sets the
    /// business name, currency (USD) and phone region (US) of the sample.
    static Status populate(QSqlDatabase db, const Clock &clock);
};

} // namespace clientele
