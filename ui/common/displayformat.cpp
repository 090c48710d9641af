#include "displayformat.h"

#include "common/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace clientele::display {

namespace {

qint64 minorScale(const QString &currency)
{
    qint64 scale = 1;
    for (int i = currencyDigits(currency); i > 0; --i)
        scale *= 10;
    return scale;
}

qint64 roundToWhole(qint64 minor, qint64 scale)
{
    // Half away from zero, as everywhere else money is rounded.
    const qint64 magnitude = minor < 0 ? -minor : minor;
    const qint64 whole = (magnitude + scale / 2) / scale;
    return minor < 0 ? -whole : whole;
}

} // namespace

QString dateFormat()
{
    return shortDateFormat(QLocale());
}

QString date(const QDate &value)
{
    if (!value.isValid())
        return {};
    return QLocale().toString(value, dateFormat());
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return date(utc.toLocalTime().date()) + QLatin1Char(' ') + time(utc);
}

QString timeFormat()
{
    // Some locales' short format (C's "HH:mm:ss") has seconds: nobody picks up a cake at a second.
    return shortTimeFormat(QLocale());
}

QString time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime().time(), timeFormat());
}

QString relativeDay(const QDate &value, const QDate &today)
{
    const qint64 days = today.daysTo(value);
    if (days == 0)
        return QCoreApplication::translate("display", "Today");
    if (days == 1)
        return QCoreApplication::translate("display", "Tomorrow");
    if (days == -1)
        return QCoreApplication::translate("display", "Yesterday");
    return date(value);
}

QString money(const Money &value)
{
    return formatMoney(value);
}

QString wholeMoney(const Money &value)
{
    const qint64 whole = roundToWhole(value.minor, minorScale(value.currency));
    const QLocale locale;
    return placeInCurrencyFormat(locale.toString(whole < 0 ? -whole : whole), whole < 0, value.currency, locale);
}

QString compactMoney(const Money &value)
{
    const qint64 scale = minorScale(value.currency);
    const qint64 whole = roundToWhole(value.minor, scale);
    const qint64 magnitude = whole < 0 ? -whole : whole;
    if (magnitude < 1000)
        return wholeMoney(value);
    // Thousands and millions with at most one decimal ("$2.5k", "$10k", "$1.2M"), rounded half
    // away from zero on integers: tenths of the unit shown.
    const QLocale locale;
    const bool millions = magnitude >= 1000000;
    const qint64 unit = millions ? 1000000 : 1000;
    const qint64 tenths = (magnitude * 10 + unit / 2) / unit;
    QString number = locale.toString(tenths / 10);
    if (tenths % 10 != 0)
        number += locale.decimalPoint() + locale.toString(tenths % 10);
    number += millions ? QCoreApplication::translate("display", "M", "million, in compact amounts")
                       : QCoreApplication::translate("display", "k", "thousand, in compact amounts");
    return placeInCurrencyFormat(number, whole < 0, value.currency, locale);
}

} // namespace clientele::display
