#include "vcardproperty.h"

#include "textdecoding.h"

#include <QRegularExpression>

namespace clientele::VCard {

namespace {

/// Index of the first `c` outside double quotes at or after `from`, -1 when none.
qsizetype indexOutsideQuotes(const QString &text, QChar c, qsizetype from = 0)
{
    bool quoted = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (ch == c && !quoted)
            return i;
    }
    return -1;
}

QStringList splitOutsideQuotes(const QString &text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype at = indexOutsideQuotes(text, separator, start);
        parts.append(text.mid(start, at < 0 ? -1 : at - start));
        if (at < 0)
            return parts;
        start = at + 1;
    }
}

bool isEncodingName(const QString &upper)
{
    return upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64") || upper == QLatin1String("B")
        || upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT");
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

} // namespace

std::optional<Property> parseLine(const QString &line)
{
    const qsizetype colon = indexOutsideQuotes(line, QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QStringList head = splitOutsideQuotes(line.left(colon), QLatin1Char(';'));
    Property property;
    QString name = head.first().trimmed();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0) {
        property.group = name.left(dot).toLower();
        name = name.mid(dot + 1);
    }
    property.name = name.toUpper();
    if (property.name.isEmpty())
        return std::nullopt;

    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString parameter = head.at(i).trimmed();
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        const QString key = (equals < 0 ? parameter : parameter.left(equals)).trimmed().toUpper();
        QString value = equals < 0 ? QString() : parameter.mid(equals + 1).trimmed();
        value.remove(QLatin1Char('"'));
        if (equals < 0) {
            // vCard 2.1 writes parameters without names: "TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE".
            if (isEncodingName(key))
                property.encoding = key;
            else if (key == QLatin1String("PREF"))
                property.preference = 1;
            else if (!key.isEmpty())
                property.types.append(key.toLower());
        } else if (key == QLatin1String("TYPE")) {
            for (const QString &type : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString lower = type.trimmed().toLower();
                if (lower == QLatin1String("pref"))
                    property.preference = std::min(property.preference, 1);
                else
                    property.types.append(lower);
            }
        } else if (key == QLatin1String("PREF")) {
            bool ok = false;
            const int level = value.toInt(&ok);
            property.preference = std::min(property.preference, ok && level > 0 ? level : 1);
        } else if (key == QLatin1String("ENCODING")) {
            property.encoding = value.toUpper();
        } else if (key == QLatin1String("CHARSET")) {
            property.charset = value;
        } else if (key == QLatin1String("X-APPLE-OMIT-YEAR")) {
            property.omitYear = value;
        }
    }

    property.value = line.mid(colon + 1);
    if (property.encoding == QLatin1String("QUOTED-PRINTABLE"))
        property.value = decodeQuotedPrintable(property.value, property.charset)
                             .replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return property;
}

bool isQuotedPrintable(const QString &line)
{
    const qsizetype colon = indexOutsideQuotes(line, QLatin1Char(':'));
    return colon > 0 && line.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
}

QString decodeQuotedPrintable(const QString &text, const QString &charset)
{
    const QString name = charset.isEmpty() ? QStringLiteral("utf-8") : TextDecoding::canonicalName(charset);
    const bool eightBit = name == QLatin1String("windows-1252");
    QByteArray bytes;
    bytes.reserve(text.size());
    QString literal; // characters that were not escaped, encoded back as a run (keeps surrogate pairs whole)
    const auto flush = [&] {
        bytes.append(eightBit ? literal.toLatin1() : literal.toUtf8());
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('=') && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0
            && hexValue(text.at(i + 2)) >= 0) {
            flush();
            bytes.append(static_cast<char>(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
            i += 2;
        } else if (c == QLatin1Char('=') && i + 1 == text.size()) {
            break; // a soft line break left at the very end
        } else {
            literal.append(c);
        }
    }
    flush();
    // Without a CHARSET, phones write UTF-8 and older programs their Windows code page: the bytes
    // tell which (a wrong guess would fill the name with U+FFFD).
    if (charset.isEmpty())
        return TextDecoding::checkUtf8(bytes) == TextDecoding::Utf8Validity::Valid
            ? QString::fromUtf8(bytes)
            : TextDecoding::Decoder(QStringLiteral("windows-1252")).decode(bytes);
    if (name == QLatin1String("utf-8") || name.isEmpty() || name == QLatin1String("auto"))
        return QString::fromUtf8(bytes);
    TextDecoding::Decoder decoder(name);
    return decoder.decode(bytes);
}

QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar escaped = text.at(++i);
        out.append(escaped == QLatin1Char('n') || escaped == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : escaped);
    }
    return out;
}

QStringList splitEscaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current.append(c);
            current.append(text.at(++i));
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QStringList components(const QString &value)
{
    QStringList result;
    for (const QString &component : splitEscaped(value, QLatin1Char(';'))) {
        QStringList values;
        for (const QString &part : splitEscaped(component, QLatin1Char(','))) {
            const QString text = unescape(part).trimmed();
            if (!text.isEmpty())
                values.append(text);
        }
        result.append(values.join(QLatin1Char(' ')));
    }
    return result;
}

std::optional<Birthday> parseBirthday(const Property &property)
{
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression yearless(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    QString text = unescape(property.value).trimmed();
    if (const qsizetype t = text.indexOf(QLatin1Char('T')); t > 0)
        text.truncate(t); // 4.0 allows a time of day: 1984-05-14T10:00:00Z
    if (const auto m = compact.match(text); m.hasMatch())
        text = QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
    else if (const auto y = yearless.match(text); y.hasMatch())
        text = QStringLiteral("--%1-%2").arg(y.captured(1), y.captured(2));
    else if (text.size() != 10 || text.at(4) != QLatin1Char('-'))
        return std::nullopt;
    // Apple stores "no year" as a placeholder year (1604) named by X-APPLE-OMIT-YEAR.
    if (!property.omitYear.isEmpty() && text.startsWith(property.omitYear + QLatin1Char('-')))
        text = QStringLiteral("--") + text.mid(5);
    return Birthday::fromIso(text);
}

} // namespace clientele::VCard
