#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace clientele {

/// An amount of money: integer minor units (cents, pence) plus an ISO 4217 currency code.
/// Never a floating-point number, so sums and tax never drift by a cent.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("USD");

    friend bool operator==(const Money &, const Money &) = default;
};

/// Number of minor-unit digits of an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD).
int currencyDigits(const QString &currency);

/// Formats for display in the given locale name (empty: the default locale) with the locale's own
/// currency format: "€1,234.56" in Irish English, "1.234,56 €" in German; a currency foreign to
/// the locale by its code ("EUR 9.95" in American English).
QString formatMoney(const Money &money, const QString &localeName = {});
/// `number` (digits as `locale` writes them, no sign) placed in the locale's currency format
/// with `currency`'s symbol, for amounts shown whole or compact ("€2.5k", "2,5k €").
QString placeInCurrencyFormat(const QString &number, bool negative, const QString &currency, const QLocale &locale);

/// The amount as plain digits with exactly the currency's minor digits and a point, whatever the
/// locale: "1249.00" (EUR), "1500" (JPY), "-0.05". For JSON and scripts; computed on integers.
QString plainAmount(qint64 minor, const QString &currency);
/// `value` in units of 10^-decimals as plain digits, without trailing zeros: 500 with 3 decimals
/// is "0.5", 1900 with 2 is "19", 750 with 2 is "7.5".
QString plainDecimal(qint64 value, int decimals);

/// Which signs a strictly parsed number may have.
enum class NumberSign {
    Positive, ///< more than zero (a quantity)
    NonNegative, ///< zero or more (a price, a tax rate)
    Any ///< a leading minus is allowed (a correction)
};

/// Reads a plain decimal as people type it on a command line or in a script: digits, optionally
/// a point and at most `decimals` further digits ("12", "0.5", "7.25"), optionally a leading minus
/// when `sign` is Any. Returns the value in units of 10^-decimals (2 decimals: "7.5" is 750),
/// computed on the digits, never through a double. Refused with a Validation error, never rounded:
/// more decimals than allowed, thousands separators, a comma, exponents, a plus sign, spaces,
/// a sign `sign` does not allow, and values beyond 64 bits. The message quotes the text and
/// says what is wrong ("\"0.0005\" has more decimals than allowed (3)"); the caller adds which
/// field it is.
Result<qint64> parsePlainDecimal(const QString &text, int decimals, NumberSign sign = NumberSign::NonNegative);
/// parsePlainDecimal() with the currency's minor digits, returning minor units: "12.50" in EUR is
/// 1250, "1500" in JPY is 1500; "12.345" in EUR and "12.5" in JPY are refused ("\"12.345\" has
/// more decimals than EUR allows (2)").
Result<qint64> parsePlainAmount(const QString &text, const QString &currency,
                                NumberSign sign = NumberSign::NonNegative);

/// What a person typed into an editor in `locale`: its decimal point, its group separator (or a
/// space) between whole groups of three digits, its minus sign, a currency symbol or code around
/// the number ("1.234,5" or "1 234,50 €" in German; "12.50" there is refused, never read as 1250).
/// Otherwise as strict as parsePlainDecimal(), and never through a double; messages quote the text
/// as typed.
Result<qint64> parseTypedDecimal(const QString &text, int decimals, const QLocale &locale,
                                 NumberSign sign = NumberSign::NonNegative);
/// parseTypedDecimal() with the currency's minor digits, returning minor units.
Result<qint64> parseTypedAmount(const QString &text, const QString &currency, const QLocale &locale,
                                NumberSign sign = NumberSign::NonNegative);
/// `value` in units of 10^-decimals as an editor shows it in `locale`, without group separators,
/// trailing zeros dropped but `keepDecimals` kept: 500 (3 decimals) is "0,5" in German; 1250 (2,
/// keep 2) is "12.50" in English.
QString typedDecimal(qint64 value, int decimals, const QLocale &locale, int keepDecimals = 0);

/// Rates (tax, discounts) are basis points: 1900 is 19 %, read and written with 2 decimals.
constexpr int PercentDecimals = 2;
/// A rate as an editor shows it in `locale`: "7 %", "7,5 %" (a narrow no-break space, then the
/// locale's percent sign).
QString typedPercent(qint64 basisPoints, const QLocale &locale);
/// What was typed before an optional percent sign (the locale's or '%'), trimmed, for
/// parseTypedDecimal() with PercentDecimals; `hadSign` says whether there was one ("10 %" is a
/// percentage where a bare "10" may be an amount).
QString withoutPercentSign(const QString &text, const QLocale &locale, bool *hadSign = nullptr);

} // namespace clientele
