#pragma once

#include "contacts/contacttimeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace clientele {

/// How the contact pane words and draws times and timeline entries.
class TimelineFormat final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFormat)

public:
    /// A time relative to now, in local time: "Today, 9:30 AM", "Yesterday, 4:05 PM",
    /// "3 days ago", "Tomorrow, 9:00 AM", "in 5 days", "12 Feb" (this year), "12 Feb 2025".
    static QString relativeTime(const QDateTime &utc, const QDateTime &nowUtc);
    /// A day relative to today: "Today", "Yesterday", "3 days ago", "in 5 days", else the date.
    static QString relativeDay(const QDate &date, const QDate &today);
    /// The day and month in the locale's order ("12 Feb", "Feb 12"), with the year when asked.
    static QString dayMonth(const QDate &date, bool withYear);
    /// The full date with the month written out ("14 May 1984", "May 14, 1984"); without the
    /// year ("14 May") when `withYear` is false.
    static QString longDate(const QDate &date, bool withYear = true);
    /// Translated name of an item kind ("Note", "Order", "Follow-up", ...).
    static QString kindName(TimelineItem::Kind kind);
    /// The kind's colour: a hue per kind so a long timeline can be scanned by eye.
    static QColor kindColor(TimelineItem::Kind kind);
    /// A round badge with the kind's line icon, `size` device-independent pixels wide.
    static QPixmap kindBadge(TimelineItem::Kind kind, int size, qreal devicePixelRatio);
    /// The kind's line icon alone (for buttons).
    static QIcon kindIcon(TimelineItem::Kind kind, const QColor &color);
};

} // namespace clientele
