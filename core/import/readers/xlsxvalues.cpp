#include "xlsxvalues.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace clientele::SheetValues {

namespace {

bool isPlainInteger(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^-?\\d+$"));
    return integer.match(text).hasMatch();
}

QString timeOfDay(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += QChar(static_cast<char16_t>(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString formatNumber(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || isPlainInteger(text))
        return text;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return text;
    // Doubles hold integers exactly up to 2^53: phone numbers and IDs stay digit for digit.
    if (std::abs(value) < 9e15 && value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    // 15 significant digits is what Excel itself shows; it hides binary float noise.
    return QString::number(value, 'g', 15);
}

QString serialToIso(const QString &raw, bool date1904)
{
    bool ok = false;
    const double serial = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466) // 2958465 = 9999-12-31
        return formatNumber(raw);
    qint64 days = static_cast<qint64>(std::floor(serial));
    qint64 seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days == 0)
            return seconds > 0 ? timeOfDay(seconds) : formatNumber(raw);
        if (days == 60)
            return formatNumber(raw);
        // Before the phantom 29 February 1900 serial 1 is 1900-01-01; after it, every serial
        // is one day too high, which counting from 1899-12-30 absorbs.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    const QString day = date.toString(Qt::ISODate);
    return seconds > 0 ? day + QLatin1Char('T') + timeOfDay(seconds) : day;
}

bool isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool isDateFormatCode(const QString &code)
{
    // Only the first section decides (positive numbers); quoted literals, escaped characters
    // and bracketed parts (colours, locales, elapsed [h]) are not date tokens.
    QString section;
    bool inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            if (c == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            const QString inner = code.mid(i + 1, end - i - 1).toLower();
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"));
            if (elapsed.match(inner).hasMatch())
                return false;
            i = end;
        } else if (c == QLatin1Char(';')) {
            break;
        } else {
            section.append(c.toLower());
        }
    }
    for (const QChar c : std::as_const(section)) {
        if (c == QLatin1Char('d') || c == QLatin1Char('m') || c == QLatin1Char('y') || c == QLatin1Char('h')
            || c == QLatin1Char('s'))
            return true;
    }
    return false;
}

QString digitLayout(const QString &code)
{
    // Characters Excel shows as themselves without quotes; '/' is left out (fractions).
    static const QString bareLiterals = QStringLiteral("$-+():!^&'~{}<>= ");
    QString layout;
    int zeros = 0;
    bool literals = false;
    const auto addLiteral = [&](QChar c) {
        if (c.isDigit() || c == QLatin1Char('#'))
            return false; // would read as a placeholder
        layout.append(c);
        literals = true;
        return true;
    };
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char(';'))
            break; // the first section is the one for positive numbers
        if (c == QLatin1Char('0') || c == QLatin1Char('#') || c == QLatin1Char('?')) {
            zeros += c == QLatin1Char('0') ? 1 : 0;
            layout.append(c == QLatin1Char('0') ? QLatin1Char('0') : QLatin1Char('#'));
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                return {};
            for (const QChar quoted : QStringView(code).mid(i + 1, end - i - 1)) {
                if (!addLiteral(quoted))
                    return {};
            }
            i = end;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= code.size() || !addLiteral(code.at(++i)))
                return {};
        } else if (c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // padding to a character's width, or a fill: no text of their own
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                return {};
            const QString inner = code.mid(i + 1, end - i - 1);
            // A locale ("[$-409]") or a colour ("[Red]") changes nothing; a currency symbol,
            // a condition ("[<=9999999]") or an elapsed time does.
            static const QRegularExpression colour(QStringLiteral("^(?![hms]+$)[a-z][a-z0-9]*$"),
                                                   QRegularExpression::CaseInsensitiveOption);
            if (!inner.startsWith(QLatin1String("$-")) && !colour.match(inner).hasMatch())
                return {};
            i = end;
        } else if (bareLiterals.contains(c)) {
            layout.append(c);
            literals = true;
        } else {
            return {}; // decimals, separators, percent, exponent, text, dates, General
        }
    }
    if (layout.isEmpty() || (!literals && zeros <= 1))
        return {};
    if (!layout.contains(QLatin1Char('0')) && !layout.contains(QLatin1Char('#')))
        return {};
    return layout;
}

QString applyDigitLayout(const QString &raw, const QString &layout)
{
    const QString plain = formatNumber(raw);
    if (layout.isEmpty() || !isPlainInteger(plain))
        return plain;
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString digits = negative ? plain.mid(1) : plain;
    qsizetype leftmost = -1;
    for (qsizetype i = 0; i < layout.size() && leftmost < 0; ++i) {
        if (layout.at(i) == QLatin1Char('0') || layout.at(i) == QLatin1Char('#'))
            leftmost = i;
    }
    // Right to left: each placeholder takes the next digit; the leftmost takes all that remain.
    QString reversed;
    qsizetype next = digits.size() - 1;
    for (qsizetype i = layout.size() - 1; i >= 0; --i) {
        const QChar c = layout.at(i);
        if (c != QLatin1Char('0') && c != QLatin1Char('#')) {
            reversed.append(c);
            continue;
        }
        if (i == leftmost && next > 0) {
            for (; next >= 0; --next)
                reversed.append(digits.at(next));
        } else if (next >= 0) {
            reversed.append(digits.at(next--));
        } else if (c == QLatin1Char('0')) {
            reversed.append(QLatin1Char('0'));
        }
    }
    std::reverse(reversed.begin(), reversed.end());
    return negative ? QLatin1Char('-') + reversed : reversed;
}

QString shownDigits(const QString &shown, const QString &number)
{
    if (!isPlainInteger(number) || number.startsWith(QLatin1Char('-')))
        return {};
    const QString text = shown.trimmed();
    QString digits;
    bool separators = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('+'))
            separators = true;
        else if (c != QLatin1Char(' '))
            return {}; // decimals, group separators, currency: a figure, not an identifier
    }
    const auto withoutLeadingZeros = [](const QString &value) {
        qsizetype first = 0;
        while (first + 1 < value.size() && value.at(first) == QLatin1Char('0'))
            ++first;
        return value.mid(first);
    };
    const bool leadingZero = digits.size() > 1 && digits.startsWith(QLatin1Char('0'));
    // A space alone may be a thousands separator ("7 030"): only zeros or dashes make a layout.
    if ((!leadingZero && !separators) || withoutLeadingZeros(digits) != withoutLeadingZeros(number))
        return {};
    return text;
}

int columnOfReference(const QString &reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return MaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

qint64 rowOfReference(const QString &reference)
{
    qsizetype i = 0;
    while (i < reference.size() && reference.at(i).isLetter())
        ++i;
    return reference.mid(i).toLongLong();
}

QString isoDateTime(const QString &raw)
{
    const QString text = raw.trimmed();
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    if (t < 0)
        return text;
    QString time = text.mid(t + 1);
    const qsizetype cut = time.indexOf(QRegularExpression(QStringLiteral("[.Z+-]")));
    if (cut >= 0)
        time.truncate(cut);
    if (time.isEmpty() || time == QLatin1String("00:00:00") || time == QLatin1String("00:00"))
        return text.left(t);
    return text.left(t) + QLatin1Char('T') + time;
}

QString isoDuration(const QString &raw)
{
    static const QRegularExpression duration(
        QStringLiteral("^P(?:(\\d+)D)?T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d+)?S)?$"));
    const QRegularExpressionMatch match = duration.match(raw.trimmed());
    if (!match.hasMatch())
        return raw.trimmed();
    const qint64 hours = match.captured(1).toLongLong() * 24 + match.captured(2).toLongLong();
    return timeOfDay(hours * 3600 + match.captured(3).toLongLong() * 60 + match.captured(4).toLongLong());
}

void normalizeWidth(QStringList &cells, qsizetype &width)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    if (cells.size() > width)
        width = cells.size();
    while (cells.size() < width)
        cells.append(QString());
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace clientele::SheetValues
