#include "displayformat.h"

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

QString date(const QDate &value)
{
    if (!value.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(value, format);
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return date(utc.toLocalTime().date()) + QLatin1Char(' ') + time(utc);
}

QString time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
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
    const int digits = currencyDigits(value.currency);
    const qint64 scale = minorScale(value.currency);
    const QString text = formatMoney(Money {roundToWhole(value.minor, scale) * scale, value.currency});
    // formatMoney ends with the decimal point and `digits` fraction digits: drop them.
    return digits > 0 ? text.left(text.size() - digits - QLocale().decimalPoint().size()) : text;
}

QString compactMoney(const Money &value)
{
    const qint64 scale = minorScale(value.currency);
    const qint64 whole = roundToWhole(value.minor, scale);
    const qint64 magnitude = whole < 0 ? -whole : whole;
    if (magnitude < 1000)
        return wholeMoney(value);
    // Thousands and millions with at most one decimal ("$2.5k", "$10k", "$1.2M"), the currency
    // symbol placed where formatMoney puts it: format 1 and swap the number in.
    const QLocale locale;
    const bool millions = magnitude >= 1000000;
    const double shown = double(magnitude) / (millions ? 1000000.0 : 1000.0);
    QString number = locale.toString(shown, 'f', 1);
    const QString zeroDecimal = locale.decimalPoint() + locale.zeroDigit();
    if (number.endsWith(zeroDecimal))
        number.chop(zeroDecimal.size());
    number += millions ? QCoreApplication::translate("display", "M", "million, in compact amounts")
                       : QCoreApplication::translate("display", "k", "thousand, in compact amounts");
    const QString one = wholeMoney(Money {scale, value.currency});
    const QString oneDigits = locale.toString(1);
    const qsizetype at = one.lastIndexOf(oneDigits);
    const QString sign = whole < 0 ? locale.negativeSign() : QString();
    return sign + (at < 0 ? number : QString(one).replace(at, oneDigits.size(), number));
}

} // namespace clientele::display
