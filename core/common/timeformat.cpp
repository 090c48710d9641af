#include "timeformat.h"

#include "clock.h"

#include <QRegularExpression>

namespace clientele {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

QString toStoredTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStoredDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QDateTime startOfLocalDay(const QDate &day, const QTimeZone &zone)
{
    return day.isValid() ? day.startOfDay(zone).toUTC() : QDateTime();
}

QDate firstDayOfWeek(const QDate &day)
{
    return day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
}

QDate firstDayOfMonth(const QDate &day)
{
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString shortTimeFormat(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]s+"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
}

} // namespace clientele
