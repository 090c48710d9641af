#include "phonenumber.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace clientele {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

bool parse(const QString &text, const QString &region, i18n::phonenumbers::PhoneNumber *number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // Spreadsheet exports (Shopify) prefix numbers with an apostrophe to keep them text.
    QString cleaned = text.trimmed();
    if (cleaned.startsWith(QLatin1Char('\'')))
        cleaned.remove(0, 1);
    return util->Parse(cleaned.toStdString(), region.toUpper().toStdString(), number)
        == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString digitsOnly(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(QLatin1Char('0' + c.digitValue()));
    }
    if (!digits.isEmpty() && text.trimmed().startsWith(QLatin1Char('+')))
        digits.prepend(QLatin1Char('+'));
    return digits;
}

} // namespace

namespace PhoneNumber {

QString normalize(const QString &text, const QString &defaultRegion)
{
    const QString digits = digitsOnly(text);
    if (digits.isEmpty())
        return {};
    i18n::phonenumbers::PhoneNumber number;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // "Possible" (right length for the country) rather than "valid" (an allocated range):
    // example numbers such as 555-01xx are not allocated but still deserve one stable key.
    if (parse(text, defaultRegion, &number) && util->IsPossibleNumber(number)) {
        std::string formatted;
        util->Format(number, PhoneNumberUtil::E164, &formatted);
        return QString::fromStdString(formatted);
    }
    return digits;
}

bool isPossible(const QString &text, const QString &defaultRegion)
{
    i18n::phonenumbers::PhoneNumber number;
    return parse(text, defaultRegion, &number) && PhoneNumberUtil::GetInstance()->IsPossibleNumber(number);
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression allowed(
        QStringLiteral("^'?\\+?[0-9 ().\\-/]+((x|ext\\.?|extension|#)\\s*[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    int digitCount = 0;
    for (const QChar c : trimmed)
        digitCount += c.isDigit() ? 1 : 0;
    return digitCount >= 3 && digitCount <= 20 && allowed.match(trimmed).hasMatch();
}

} // namespace PhoneNumber

namespace EmailAddress {

QString normalize(const QString &text)
{
    return text.trimmed().toLower();
}

bool isValid(const QString &text)
{
    // Deliberately lenient (RFC 5322 allows far more than people type) but catches the typos
    // that matter: missing @, missing domain dot, spaces, doubled or edge dots.
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s@\"(),:;<>\\[\\]\\\\]+@[^\\s@\"(),:;<>\\[\\]\\\\.]+(\\.[^\\s@\"(),:;<>\\[\\]\\\\.]+)+$"));
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 254 || trimmed.contains(QStringLiteral("..")))
        return false;
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    if (at <= 0 || trimmed.at(0) == QLatin1Char('.') || trimmed.at(at - 1) == QLatin1Char('.'))
        return false;
    return pattern.match(trimmed).hasMatch();
}

} // namespace EmailAddress

} // namespace clientele
