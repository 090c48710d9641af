#include "money.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

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

QString placeInCurrencyFormat(const QString &number, bool negative, const QString &currency, const QLocale &locale)
{
    // The locale's own currency format decides where the symbol goes ("€1,234.56" in Irish
    // English, "1.234,56 €" in German): format one unit with a placeholder symbol and put the
    // digits, computed on integers, where the 1 is. A minus sign leads, as people write it
    // ("-$0.05", "-1,50 €"), rather than the accounting parentheses some locales use.
    const QString placeholder = QStringLiteral("\u00a4");
    QString text = locale.toCurrencyString(qlonglong(1), placeholder);
    const QString one = locale.toString(1);
    const qsizetype at = text.lastIndexOf(one);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + currency.toUpper() + QLatin1Char(' ') + number;
    text.replace(at, one.size(), number);
    if (negative)
        text.prepend(locale.negativeSign());
    const qsizetype symbolAt = text.indexOf(placeholder);
    if (symbolAt < 0)
        return text;
    QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    // A currency foreign to the locale is shown by its code, kept apart from the digits.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) != currency.toUpper()) {
        symbol = currency.toUpper();
        if (symbolAt + 1 < text.size()
            && (text.at(symbolAt + 1).isDigit() || text.at(symbolAt + 1) == locale.negativeSign()))
            symbol += QLatin1Char(' ');
        else if (symbolAt > 0 && text.at(symbolAt - 1).isDigit())
            symbol.prepend(QLatin1Char(' '));
    }
    return text.replace(symbolAt, placeholder.size(), symbol);
}

QString formatMoney(const Money &money, const QString &localeName)
{
    const QLocale locale = localeName.isEmpty() ? QLocale() : QLocale(localeName);
    const int digits = currencyDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Split into whole and fractional parts with integers, so large amounts keep every cent.
    const quint64 magnitude = money.minor < 0 ? 0 - quint64(money.minor) : quint64(money.minor);
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        number += locale.decimalPoint()
            + QString::number(magnitude % quint64(scale)).rightJustified(digits, QLatin1Char('0'));
    return placeInCurrencyFormat(number, money.minor < 0, money.currency, locale);
}

namespace {

/// `value` in units of 10^-decimals with a point before the last `decimals` digits. Works on the
/// digits as text, so that the smallest qint64 (no positive counterpart) needs no special case.
QString withPoint(qint64 value, int decimals)
{
    QString magnitude = QString::number(value);
    const bool negative = magnitude.startsWith(QLatin1Char('-'));
    if (negative)
        magnitude.remove(0, 1);
    if (decimals > 0) {
        magnitude = magnitude.rightJustified(decimals + 1, QLatin1Char('0'));
        magnitude.insert(magnitude.size() - decimals, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + magnitude : magnitude;
}

} // namespace

QString plainAmount(qint64 minor, const QString &currency)
{
    return withPoint(minor, currencyDigits(currency));
}

QString plainDecimal(qint64 value, int decimals)
{
    QString text = withPoint(value, decimals);
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

namespace {

enum class ParseProblem { None, Empty, Malformed, TooManyDecimals, Sign, TooLarge };

/// The strict reading shared by parsePlainDecimal() and parsePlainAmount(): the problem, or the
/// value scaled by 10^decimals.
ParseProblem readPlainDecimal(const QString &text, int decimals, NumberSign sign, qint64 &value)
{
    if (text.isEmpty())
        return ParseProblem::Empty;
    qsizetype i = 0;
    const bool negative = text.at(0) == QLatin1Char('-');
    if (negative)
        i = 1;
    qsizetype wholeDigits = 0;
    qsizetype fractionDigits = 0;
    bool point = false;
    // Accumulated as a negative number: its range reaches one further than the positive one.
    qint64 accumulated = 0;
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    bool tooLarge = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.') && !point) {
            point = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return ParseProblem::Malformed;
        if (point)
            ++fractionDigits;
        else
            ++wholeDigits;
        if (fractionDigits > decimals)
            continue; // reported below, once the whole text is known to be a number
        const int digit = c.unicode() - '0';
        if (accumulated < (lowest + digit) / 10)
            tooLarge = true;
        else
            accumulated = accumulated * 10 - digit;
    }
    if (wholeDigits == 0 || (point && fractionDigits == 0))
        return ParseProblem::Malformed;
    if (fractionDigits > decimals)
        return ParseProblem::TooManyDecimals;
    for (qsizetype d = fractionDigits; d < decimals && !tooLarge; ++d) {
        if (accumulated < lowest / 10)
            tooLarge = true;
        else
            accumulated *= 10;
    }
    if (!negative && accumulated == lowest)
        tooLarge = true;
    if (tooLarge)
        return ParseProblem::TooLarge;
    value = negative ? accumulated : -accumulated;
    if (negative && sign != NumberSign::Any)
        return ParseProblem::Sign;
    if (value == 0 && sign == NumberSign::Positive)
        return ParseProblem::Sign;
    return ParseProblem::None;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

Error parseError(ParseProblem problem, const QString &text, int decimals, NumberSign sign,
                 const QString &tooManyDecimals)
{
    QString message;
    switch (problem) {
    case ParseProblem::None:
        break;
    case ParseProblem::Empty:
        message = QCoreApplication::translate("Money", "a number is missing");
        break;
    case ParseProblem::Malformed:
        message = decimals > 0
            ? QCoreApplication::translate("Money",
                                          "%1 is not a plain number such as 12.50 (digits and a decimal point only: "
                                          "no thousands separators, comma, sign or exponent)")
                  .arg(quoted(text))
            : QCoreApplication::translate("Money",
                                          "%1 is not a plain whole number such as 12 (digits only: no thousands "
                                          "separators, sign or exponent)")
                  .arg(quoted(text));
        break;
    case ParseProblem::TooManyDecimals:
        message = tooManyDecimals;
        break;
    case ParseProblem::Sign:
        message = sign == NumberSign::Positive
            ? QCoreApplication::translate("Money", "%1 must be more than zero").arg(quoted(text))
            : QCoreApplication::translate("Money", "%1 cannot be negative").arg(quoted(text));
        break;
    case ParseProblem::TooLarge:
        message = QCoreApplication::translate("Money", "%1 is too large").arg(quoted(text));
        break;
    }
    return Error {message, {}, Error::Kind::Validation};
}

/// What was typed in `locale` as plain digits ("1.234,5" in German is "1234.5"): the locale's
/// decimal point becomes a point; its group separator (or a space) is dropped where it parts whole
/// groups of three digits, and makes the text malformed elsewhere, so that "12.50" typed in a
/// German form is refused rather than read as 1250. A currency symbol or code around the number
/// and the locale's minus sign are accepted. Empty when the text cannot be a number.
QString plainFromTyped(const QString &typed, const QLocale &locale, const QString &currency)
{
    QString text = typed.trimmed();
    for (const QString &symbol : {locale.currencySymbol(QLocale::CurrencySymbol), currency.toUpper(),
                                  locale.currencySymbol(QLocale::CurrencyIsoCode)}) {
        if (symbol.isEmpty())
            continue;
        if (text.startsWith(symbol, Qt::CaseInsensitive))
            text = text.mid(symbol.size()).trimmed();
        else if (text.endsWith(symbol, Qt::CaseInsensitive))
            text = text.chopped(symbol.size()).trimmed();
    }
    const QString minus = locale.negativeSign();
    bool negative = false;
    if (!minus.isEmpty() && text.startsWith(minus)) {
        negative = true;
        text = text.mid(minus.size());
    } else if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype at = text.indexOf(point);
    QString whole = at < 0 ? text : text.left(at);
    const QString fraction = at < 0 ? QString() : text.mid(at + point.size());
    const auto isSeparator = [&group](QChar c) {
        return QString(c) == group || c == QLatin1Char(' ') || c == QChar(0x00a0) || c == QChar(0x202f);
    };
    // Groups of three from the right, each led by a separator: "1.234.567", never "12.50".
    QString digits;
    qsizetype sinceSeparator = -1;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole.at(i);
        if (isSeparator(c)) {
            if (digits.isEmpty() || (sinceSeparator >= 0 && sinceSeparator != 3))
                return {};
            sinceSeparator = 0;
            continue;
        }
        digits.append(c);
        if (sinceSeparator >= 0)
            ++sinceSeparator;
    }
    if (sinceSeparator >= 0 && sinceSeparator != 3)
        return {};
    if (digits.isEmpty() && !whole.isEmpty())
        return {};
    QString plain = (negative ? QStringLiteral("-") : QString()) + digits;
    if (at >= 0)
        plain += QLatin1Char('.') + fraction;
    return plain;
}

Result<qint64> parseTyped(const QString &typed, int decimals, NumberSign sign, const QLocale &locale,
                          const QString &currency, const QString &tooManyDecimals)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return parseError(ParseProblem::Empty, trimmed, decimals, sign, {});
    const QString plain = plainFromTyped(trimmed, locale, currency);
    qint64 value = 0;
    const ParseProblem problem
        = plain.isEmpty() ? ParseProblem::Malformed : readPlainDecimal(plain, decimals, sign, value);
    if (problem == ParseProblem::None)
        return value;
    if (problem == ParseProblem::Malformed)
        return Error {QCoreApplication::translate("Money", "%1 is not a number such as %2")
                          .arg(quoted(trimmed), typedDecimal(123450, 2, locale, 2)),
                      {},
                      Error::Kind::Validation};
    return parseError(problem, trimmed, decimals, sign, tooManyDecimals);
}

} // namespace

QString typedDecimal(qint64 value, int decimals, const QLocale &locale, int keepDecimals)
{
    QString plain = plainDecimal(value, decimals);
    qsizetype at = plain.indexOf(QLatin1Char('.'));
    const qsizetype shown = at < 0 ? 0 : plain.size() - at - 1;
    if (keepDecimals > shown) {
        if (at < 0)
            plain += QLatin1Char('.');
        plain += QString(keepDecimals - shown, QLatin1Char('0'));
        at = plain.indexOf(QLatin1Char('.'));
    }
    if (at >= 0)
        plain.replace(at, 1, locale.decimalPoint());
    if (plain.startsWith(QLatin1Char('-')))
        plain.replace(0, 1, locale.negativeSign());
    return plain;
}

QString typedPercent(qint64 basisPoints, const QLocale &locale)
{
    return typedDecimal(basisPoints, PercentDecimals, locale) + QChar(0x202f) + locale.percent();
}

QString withoutPercentSign(const QString &text, const QLocale &locale, bool *hadSign)
{
    const QString trimmed = text.trimmed();
    for (const QString &sign : {locale.percent(), QStringLiteral("%")}) {
        if (!sign.isEmpty() && trimmed.endsWith(sign)) {
            if (hadSign)
                *hadSign = true;
            return trimmed.chopped(sign.size()).trimmed();
        }
    }
    if (hadSign)
        *hadSign = false;
    return trimmed;
}

Result<qint64> parseTypedDecimal(const QString &text, int decimals, const QLocale &locale, NumberSign sign)
{
    return parseTyped(text, decimals, sign, locale, {},
                      QCoreApplication::translate("Money", "%1 has more decimals than allowed (%2)")
                          .arg(quoted(text.trimmed()))
                          .arg(decimals));
}

Result<qint64> parseTypedAmount(const QString &text, const QString &currency, const QLocale &locale, NumberSign sign)
{
    const int digits = currencyDigits(currency);
    return parseTyped(text, digits, sign, locale, currency,
                      QCoreApplication::translate("Money", "%1 has more decimals than %2 allows (%3)")
                          .arg(quoted(text.trimmed()), currency.toUpper())
                          .arg(digits));
}

Result<qint64> parsePlainDecimal(const QString &text, int decimals, NumberSign sign)
{
    const QString trimmed = text.trimmed();
    qint64 value = 0;
    const ParseProblem problem = readPlainDecimal(trimmed, decimals, sign, value);
    if (problem == ParseProblem::None)
        return value;
    return parseError(problem, trimmed, decimals, sign,
                      QCoreApplication::translate("Money", "%1 has more decimals than allowed (%2)")
                          .arg(quoted(trimmed))
                          .arg(decimals));
}

Result<qint64> parsePlainAmount(const QString &text, const QString &currency, NumberSign sign)
{
    const QString trimmed = text.trimmed();
    const int digits = currencyDigits(currency);
    qint64 value = 0;
    const ParseProblem problem = readPlainDecimal(trimmed, digits, sign, value);
    if (problem == ParseProblem::None)
        return value;
    return parseError(problem, trimmed, digits, sign,
                      QCoreApplication::translate("Money", "%1 has more decimals than %2 allows (%3)")
                          .arg(quoted(trimmed), currency.toUpper())
                          .arg(digits));
}

} // namespace clientele
