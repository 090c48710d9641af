#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace clientele::display {

/// Dates, times and amounts as the views show them, in the user's locale.

/// The locale's short date with a four-digit year ("3/15/2026", "15.03.2026").
QString date(const QDate &date);
/// The format date() uses, for date editors too.
QString dateFormat();
/// A stored UTC time in local time: short date and time.
QString dateTime(const QDateTime &utc);
/// A local time of day ("9:30 AM").
QString time(const QDateTime &utc);
/// The locale's short time format without seconds ("HH:mm", "h:mm AP"), for time editors too.
QString timeFormat();
/// "Today", "Tomorrow", "Yesterday", else the date; for due dates.
QString relativeDay(const QDate &date, const QDate &today);
/// A formatted amount (formatMoney in the current locale).
QString money(const Money &money);
/// An amount rounded to whole units, without the fraction ("$1,235"): for chart axes and tiles.
QString wholeMoney(const Money &money);
/// A compact amount for chart axes ("$2.5k", "$12k", "$1.5M"); below 1,000 like wholeMoney().
QString compactMoney(const Money &money);

} // namespace clientele::display
