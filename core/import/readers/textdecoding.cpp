#include "textdecoding.h"

#include <QStringDecoder>
#include <QStringList>

#include <array>
#include <optional>

namespace clientele::TextDecoding {

namespace {

const QString NameUtf8 = QStringLiteral("utf-8");
const QString NameUtf16 = QStringLiteral("utf-16");
const QString NameUtf16Le = QStringLiteral("utf-16le");
const QString NameUtf16Be = QStringLiteral("utf-16be");
const QString NameWindows1252 = QStringLiteral("windows-1252");
const QString NameAuto = QStringLiteral("auto");

bool startsWith(const QByteArray &head, std::initializer_list<uchar> bom)
{
    if (head.size() < qsizetype(bom.size()))
        return false;
    qsizetype i = 0;
    for (uchar b : bom) {
        if (uchar(head.at(i++)) != b)
            return false;
    }
    return true;
}

bool hasUtf8Bom(const QByteArray &head)
{
    return startsWith(head, {0xEF, 0xBB, 0xBF});
}
bool hasUtf16LeBom(const QByteArray &head)
{
    return startsWith(head, {0xFF, 0xFE});
}
bool hasUtf16BeBom(const QByteArray &head)
{
    return startsWith(head, {0xFE, 0xFF});
}

/// UTF-16 written without a BOM (some tools do) is full of NUL bytes on one side of each code
/// unit: text files never hold NUL otherwise, so this cannot misfire on real UTF-8 or 1252.
QString utf16WithoutBom(const QByteArray &head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size(), 2048) / 2;
    if (pairs < 2)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += head.at(2 * i) == '\0';
        oddZeros += head.at(2 * i + 1) == '\0';
    }
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs)
        return NameUtf16Le;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs)
        return NameUtf16Be;
    return {};
}

/// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has typographic punctuation
/// and a few letters instead of C1 control codes; five bytes there are undefined.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88–8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98–9F
};

enum class Kind { Utf8, Utf16Le, Utf16Be, Windows1252 };

Kind kindOf(const QString &encoding)
{
    const QString name = canonicalName(encoding);
    if (name == NameUtf16Le || name == NameUtf16)
        return Kind::Utf16Le;
    if (name == NameUtf16Be)
        return Kind::Utf16Be;
    if (name == NameWindows1252)
        return Kind::Windows1252;
    return Kind::Utf8;
}

QString nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return NameUtf8;
    case Kind::Utf16Le:
        return NameUtf16Le;
    case Kind::Utf16Be:
        return NameUtf16Be;
    case Kind::Windows1252:
        return NameWindows1252;
    }
    return NameUtf8;
}

/// Bytes at the end of `data` that start a UTF-8 sequence the chunk does not finish.
qsizetype incompleteUtf8Tail(const QByteArray &data)
{
    const qsizetype n = data.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, n); ++back) {
        const uchar b = uchar(data.at(n - back));
        if ((b & 0xC0) == 0x80)
            continue;
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

/// An odd last byte, and a high surrogate whose low half is still to come.
qsizetype incompleteUtf16Tail(const QByteArray &data, bool littleEndian)
{
    qsizetype tail = data.size() % 2;
    const qsizetype end = data.size() - tail;
    if (end >= 2) {
        const uchar first = uchar(data.at(end - 2));
        const uchar second = uchar(data.at(end - 1));
        const char16_t unit = littleEndian ? char16_t(first | (second << 8)) : char16_t((first << 8) | second);
        if (QChar::isHighSurrogate(unit))
            tail += 2;
    }
    return tail;
}

} // namespace

Utf8Validity checkUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = uchar(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Ranges of the second byte exclude overlong forms, surrogates and code points past
        // U+10FFFF (RFC 3629, table 3-7 of the Unicode standard).
        qsizetype length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            length = 3;
        } else if (b == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (b == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            length = 4;
        } else if (b == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return Utf8Validity::Invalid;
        }
        for (qsizetype k = 1; k < length; ++k) {
            if (i + k >= n)
                return Utf8Validity::Truncated;
            const uchar c = uchar(bytes[i + k]);
            const bool inRange = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
            if (!inRange)
                return Utf8Validity::Invalid;
        }
        i += length;
    }
    return Utf8Validity::Valid;
}

QString detect(const QByteArray &head)
{
    if (hasUtf8Bom(head))
        return NameUtf8;
    if (hasUtf16LeBom(head))
        return NameUtf16Le;
    if (hasUtf16BeBom(head))
        return NameUtf16Be;
    if (const QString utf16 = utf16WithoutBom(head); !utf16.isEmpty())
        return utf16;
    return checkUtf8(head) == Utf8Validity::Invalid ? NameWindows1252 : NameUtf8;
}

QString canonicalName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("auto"))
        return NameAuto;
    if (key == QLatin1String("utf8"))
        return NameUtf8;
    if (key == QLatin1String("utf16") || key == QLatin1String("ucs2") || key == QLatin1String("unicode"))
        return NameUtf16;
    if (key == QLatin1String("utf16le") || key == QLatin1String("ucs2le"))
        return NameUtf16Le;
    if (key == QLatin1String("utf16be") || key == QLatin1String("ucs2be") || key == QLatin1String("unicodebigendian"))
        return NameUtf16Be;
    static const QStringList windows1252Names = {
        QStringLiteral("windows1252"), QStringLiteral("cp1252"), QStringLiteral("win1252"),
        QStringLiteral("ansi"),        QStringLiteral("latin1"), QStringLiteral("iso88591"),
        QStringLiteral("l1"),          QStringLiteral("ibm819"), QStringLiteral("cp819"),
    };
    if (windows1252Names.contains(key))
        return NameWindows1252;
    return {};
}

QString resolve(const QString &requested, const QByteArray &head)
{
    const QString name = requested.trimmed().isEmpty() ? NameAuto : canonicalName(requested);
    if (name == NameAuto)
        return detect(head);
    if (name == NameUtf16)
        return hasUtf16BeBom(head) ? NameUtf16Be : NameUtf16Le;
    return name;
}

int bomLength(const QByteArray &head, const QString &encoding)
{
    const QString name = canonicalName(encoding);
    if (name == NameUtf8)
        return hasUtf8Bom(head) ? 3 : 0;
    if (name == NameUtf16Le)
        return hasUtf16LeBom(head) ? 2 : 0;
    if (name == NameUtf16Be)
        return hasUtf16BeBom(head) ? 2 : 0;
    if (name == NameUtf16)
        return hasUtf16LeBom(head) || hasUtf16BeBom(head) ? 2 : 0;
    return 0;
}

struct Decoder::Private
{
    Kind kind = Kind::Utf8;
    std::optional<QStringDecoder> qt;
    /// The start of a sequence the last chunk cut off, decoded with the next one.
    QByteArray carry;
    bool error = false;

    QString decodeWindows1252(const QByteArray &chunk)
    {
        QString text(chunk.size(), Qt::Uninitialized);
        QChar *out = text.data();
        for (const char byte : chunk) {
            const uchar b = uchar(byte);
            if (b >= 0x80 && b < 0xA0) {
                const char16_t unit = Cp1252High[b - 0x80];
                error = error || unit == 0xFFFD;
                *out++ = QChar(unit);
            } else {
                *out++ = QChar(char16_t(b));
            }
        }
        return text;
    }
};

Decoder::Decoder(const QString &encoding)
    : d(std::make_unique<Private>())
{
    d->kind = kindOf(encoding);
    switch (d->kind) {
    case Kind::Utf8:
        d->qt.emplace(QStringConverter::Utf8);
        break;
    case Kind::Utf16Le:
        d->qt.emplace(QStringConverter::Utf16LE);
        break;
    case Kind::Utf16Be:
        d->qt.emplace(QStringConverter::Utf16BE);
        break;
    case Kind::Windows1252:
        break;
    }
}

Decoder::~Decoder() = default;

QString Decoder::decode(const QByteArray &chunk)
{
    if (d->kind == Kind::Windows1252)
        return d->decodeWindows1252(chunk);

    QByteArray data = d->carry.isEmpty() ? chunk : d->carry + chunk;
    const qsizetype tail
        = d->kind == Kind::Utf8 ? incompleteUtf8Tail(data) : incompleteUtf16Tail(data, d->kind == Kind::Utf16Le);
    d->carry = data.right(tail);
    data.chop(tail);
    return d->qt->decode(data);
}

QString Decoder::finish()
{
    if (d->carry.isEmpty())
        return {};
    d->carry.clear();
    d->error = true;
    return QString(QChar::ReplacementCharacter);
}

bool Decoder::hasError() const
{
    return d->error || (d->qt && d->qt->hasError());
}

QString Decoder::encoding() const
{
    return nameOf(d->kind);
}

} // namespace clientele::TextDecoding
