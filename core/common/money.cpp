#include "money.h"

#include <QLocale>

namespace clientele {

int currencyDigits(const QString &currency)
{
    static const QStringList zeroDigits = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                           QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("HUF"),
                                           QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("UGX")};
    static const QStringList threeDigits
        = {QStringLiteral("KWD"), QStringLiteral("BHD"), QStringLiteral("OMR"), QStringLiteral("JOD"),
           QStringLiteral("TND"), QStringLiteral("LYD"), QStringLiteral("IQD")};
    const QString code = currency.toUpper();
    if (zeroDigits.contains(code))
        return 0;
    if (threeDigits.contains(code))
        return 3;
    return 2;
}

QString formatMoney(const Money &money, const QString &localeName)
{
    const QLocale locale = localeName.isEmpty() ? QLocale() : QLocale(localeName);
    const int digits = currencyDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Split into whole and fractional parts with integers, so large amounts keep every cent.
    const qint64 absMinor = money.minor < 0 ? -money.minor : money.minor;
    const QString whole = locale.toString(absMinor / scale);
    QString text = whole;
    if (digits > 0)
        text += locale.decimalPoint() + QString::number(absMinor % scale).rightJustified(digits, QLatin1Char('0'));
    QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) != money.currency.toUpper())
        symbol = money.currency.toUpper() + QLatin1Char(' ');
    const QString sign = money.minor < 0 ? locale.negativeSign() : QString();
    return sign + symbol + text;
}

} // namespace clientele
