#include "valueparsers.h"

#include "common/money.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <limits>
#include <utility>

namespace clientele::ValueParsers {

QString foldAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded;
}

std::optional<Decimal> parseDecimal(const QString &text)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("us$"), QStringLiteral("USD")},
        {QStringLiteral("ca$"), QStringLiteral("CAD")},
        {QStringLiteral("a$"), QStringLiteral("AUD")},
        {QStringLiteral("r$"), QStringLiteral("BRL")},
        {QStringLiteral("fr."), QStringLiteral("CHF")},
        {QStringLiteral("zł"), QStringLiteral("PLN")},
        {QStringLiteral("$"), QString()},
        {QStringLiteral("kr"), QString()},
        {QStringLiteral("kr."), QString()},
    };
    static const QRegularExpression isoCode(QStringLiteral("^[A-Za-z]{3}$"));

    QString compactText;
    bool parenthesized = false;
    {
        QString t = stripLeadingApostrophe(text);
        if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
            parenthesized = true;
            t = t.mid(1, t.size() - 2);
        }
        for (const QChar c : std::as_const(t)) {
            if (c.isSpace())
                continue;
            compactText += c == QChar(0x2212) ? QChar(QLatin1Char('-')) : c;
        }
    }
    if (compactText.isEmpty())
        return std::nullopt;

    auto isNumberChar = [](QChar c) {
        return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',');
    };
    qsizetype begin = 0;
    while (begin < compactText.size() && !isNumberChar(compactText.at(begin)))
        ++begin;
    qsizetype end = compactText.size();
    while (end > begin && !compactText.at(end - 1).isDigit())
        --end;
    if (begin >= end)
        return std::nullopt;
    QString prefix = compactText.left(begin);
    QString suffix = compactText.mid(end);
    const QString number = compactText.mid(begin, end - begin);

    Decimal result;
    int signs = 0;
    for (QString *part : {&prefix, &suffix}) {
        for (const QChar sign : {QLatin1Char('-'), QLatin1Char('+')}) {
            if (part->contains(sign)) {
                signs += int(part->count(sign));
                result.negative = result.negative || sign == QLatin1Char('-');
                part->remove(sign);
            }
        }
    }
    if (signs > 1 || (parenthesized && signs > 0))
        return std::nullopt;
    result.negative = result.negative || parenthesized;
    if (!prefix.isEmpty() && !suffix.isEmpty())
        return std::nullopt;
    const QString symbol = prefix.isEmpty() ? suffix : prefix;
    if (!symbol.isEmpty()) {
        if (const auto it = symbols.constFind(symbol.toLower()); it != symbols.constEnd())
            result.currency = it.value();
        else if (isoCode.match(symbol).hasMatch())
            result.currency = symbol.toUpper();
        else
            return std::nullopt;
    }

    QString whole;
    QString fraction;
    for (const QChar c : number) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char('\''))
            return std::nullopt;
    }
    const qsizetype lastDot = number.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = number.lastIndexOf(QLatin1Char(','));
    QChar decimalSeparator;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalSeparator = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar separator = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype position = qMax(lastDot, lastComma);
        const QString before = number.left(position);
        const bool threeAfter = number.size() - position - 1 == 3;
        const bool onlyOnce = number.count(separator) == 1;
        const bool zeroWhole = before.isEmpty() || before == QLatin1String("0");
        if (onlyOnce && !(threeAfter && !zeroWhole))
            decimalSeparator = separator;
    }
    QString integerPart = number;
    if (!decimalSeparator.isNull()) {
        const qsizetype position = number.lastIndexOf(decimalSeparator);
        integerPart = number.left(position);
        fraction = number.mid(position + 1);
        if (integerPart.contains(decimalSeparator))
            return std::nullopt;
        for (const QChar c : std::as_const(fraction)) {
            if (!c.isDigit())
                return std::nullopt;
        }
    }
    // Whatever separators remain in the whole part group thousands: 1-3 digits, then threes.
    static const QRegularExpression grouping(QStringLiteral("^\\d{1,3}([.,']\\d{3})*$|^\\d*$"));
    if (!grouping.match(integerPart).hasMatch())
        return std::nullopt;
    for (const QChar c : std::as_const(integerPart)) {
        if (c.isDigit())
            whole += c;
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    result.whole = whole.isEmpty() ? QStringLiteral("0") : whole;
    result.fraction = fraction;
    return result;
}

QString decimalText(const Decimal &decimal)
{
    QString text = decimal.negative ? QStringLiteral("-") + decimal.whole : decimal.whole;
    if (!decimal.fraction.isEmpty())
        text += QLatin1Char('.') + decimal.fraction;
    return text;
}

namespace {

std::optional<qint64> scaled(const Decimal &decimal, int digits)
{
    QString fraction = decimal.fraction;
    bool roundUp = false;
    if (fraction.size() > digits) {
        // Half away from zero: the magnitude rounds up when the first dropped digit is 5 or more.
        roundUp = fraction.at(digits) >= QLatin1Char('5');
        fraction.truncate(digits);
    } else {
        fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    }
    QString digitsText = decimal.whole + fraction;
    while (digitsText.size() > 1 && digitsText.startsWith(QLatin1Char('0')))
        digitsText.remove(0, 1);
    bool ok = false;
    qint64 value = digitsText.toLongLong(&ok);
    if (!ok || (roundUp && value == std::numeric_limits<qint64>::max()))
        return std::nullopt;
    value += roundUp ? 1 : 0;
    return decimal.negative ? -value : value;
}

} // namespace

std::optional<qint64> parseMoney(const QString &text, const QString &currency, QString *foundCurrency)
{
    const auto decimal = parseDecimal(text);
    if (!decimal)
        return std::nullopt;
    if (foundCurrency)
        *foundCurrency = decimal->currency;
    const QString code = decimal->currency.isEmpty() ? currency : decimal->currency;
    return scaled(*decimal, currencyDigits(code));
}

std::optional<qint64> parseQuantityMilli(const QString &text)
{
    const auto decimal = parseDecimal(text);
    if (!decimal || !decimal->currency.isEmpty())
        return std::nullopt;
    return scaled(*decimal, 3);
}

std::optional<bool> parseBoolean(const QString &text)
{
    static const QSet<QString> yes = {
        QStringLiteral("yes"),      QStringLiteral("y"),       QStringLiteral("true"),   QStringLiteral("t"),
        QStringLiteral("1"),        QStringLiteral("ja"),      QStringLiteral("j"),      QStringLiteral("oui"),
        QStringLiteral("si"),       QStringLiteral("x"),       QStringLiteral("on"),     QStringLiteral("subscribed"),
        QStringLiteral("opted_in"), QStringLiteral("optedin"), QStringLiteral("opt_in"), QStringLiteral("confirmed"),
        QStringLiteral("accepted"), QStringLiteral("wahr"),    QStringLiteral("vrai"),   QStringLiteral("verdadero"),
        QStringLiteral("granted"),
    };
    static const QSet<QString> no = {
        QStringLiteral("no"),
        QStringLiteral("n"),
        QStringLiteral("false"),
        QStringLiteral("f"),
        QStringLiteral("0"),
        QStringLiteral("nein"),
        QStringLiteral("non"),
        QStringLiteral("off"),
        QStringLiteral("unsubscribed"),
        QStringLiteral("opted_out"),
        QStringLiteral("optedout"),
        QStringLiteral("opt_out"),
        QStringLiteral("not_subscribed"),
        QStringLiteral("never_subscribed"),
        QStringLiteral("declined"),
        QStringLiteral("falsch"),
        QStringLiteral("faux"),
        QStringLiteral("falso"),
        QStringLiteral("cleaned"),
        QStringLiteral("denied"),
        QStringLiteral("revoked"),
    };
    QString key = foldAccents(text.trimmed().toLower());
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*:::\\s*|[,;]"));
    QStringList tags;
    QSet<QString> seen;
    for (QString tag : text.split(separators)) {
        tag = tag.trimmed();
        if (tag.startsWith(QLatin1String("* ")))
            tag = tag.mid(2).trimmed();
        // Mailchimp quotes each tag: "VIP","Newsletter".
        if (tag.size() >= 2 && tag.startsWith(QLatin1Char('"')) && tag.endsWith(QLatin1Char('"')))
            tag = tag.mid(1, tag.size() - 2).trimmed();
        if (tag.isEmpty())
            continue;
        const QString key = tag.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        tags.append(tag);
    }
    return tags;
}

PersonName splitFullName(const QString &text)
{
    static const QSet<QString> particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),   QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("du"),  QStringLiteral("des"),   QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("los"), QStringLiteral("las"),   QStringLiteral("dos"),
        QStringLiteral("das"), QStringLiteral("do"),  QStringLiteral("ten"),   QStringLiteral("ter"),
        QStringLiteral("zu"),  QStringLiteral("zum"), QStringLiteral("zur"),   QStringLiteral("af"),
        QStringLiteral("av"),
    };
    static const QSet<QString> suffixes
        = {QStringLiteral("jr"), QStringLiteral("sr"),  QStringLiteral("ii"), QStringLiteral("iii"),
           QStringLiteral("iv"), QStringLiteral("phd"), QStringLiteral("md")};
    const QString name = text.simplified();
    if (name.isEmpty())
        return {};
    QString mainPart = name;
    QString suffix;
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma >= 0) {
        const QString before = name.left(comma).trimmed();
        const QString after = name.mid(comma + 1).trimmed();
        QString afterKey = after.toLower();
        afterKey.remove(QLatin1Char('.'));
        if (suffixes.contains(afterKey)) {
            mainPart = before;
            suffix = after;
        } else if (!before.isEmpty() && !after.isEmpty()) {
            // "Müller, Anna": the last name comes first.
            return {after, before};
        } else {
            mainPart = before.isEmpty() ? after : before;
        }
    }
    const QStringList tokens = mainPart.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonName result;
    if (tokens.size() == 1) {
        result.first = tokens.first();
    } else {
        qsizetype split = tokens.size() - 1;
        for (qsizetype i = 1; i < tokens.size() - 1; ++i) {
            if (particles.contains(tokens.at(i).toLower())) {
                split = i;
                break;
            }
        }
        result.first = tokens.mid(0, split).join(QLatin1Char(' '));
        result.last = tokens.mid(split).join(QLatin1Char(' '));
    }
    if (!suffix.isEmpty())
        result.last = result.last.isEmpty() ? suffix : result.last + QStringLiteral(", ") + suffix;
    return result;
}

QString joinName(const QString &first, const QString &last)
{
    return (first.trimmed() + QLatin1Char(' ') + last.trimmed()).trimmed();
}

QStringList splitMultiValue(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("\\s*:::\\s*"));
    QStringList values;
    qsizetype starred = -1;
    for (QString value : text.split(separator)) {
        value = value.trimmed();
        if (value.startsWith(QLatin1String("* "))) {
            value = value.mid(2).trimmed();
            if (starred < 0 && !value.isEmpty())
                starred = values.size();
        }
        if (!value.isEmpty())
            values.append(value);
    }
    if (starred > 0)
        values.move(starred, 0);
    return values;
}

QString firstValue(const QString &text)
{
    if (!text.contains(QLatin1String(":::")) && !text.trimmed().startsWith(QLatin1String("* ")))
        return text.trimmed();
    return splitMultiValue(text).value(0);
}

QString stripLeadingApostrophe(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1Char('\'')) ? trimmed.mid(1).trimmed() : trimmed;
}

bool looksLikeFormula(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QChar first = trimmed.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@');
}

QString nameFromEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    return at > 0 ? trimmed.left(at) : trimmed;
}

} // namespace clientele::ValueParsers
