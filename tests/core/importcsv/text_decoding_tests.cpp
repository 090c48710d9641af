#include "import/readers/textdecoding.h"

#include "qtcatch.h"

using namespace clientele;
using namespace clientele::TextDecoding;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray result;
    for (int value : values)
        result.append(char(value));
    return result;
}

QString decodeInPieces(const QString &encoding, const QByteArray &data, qsizetype pieceSize, bool *error = nullptr)
{
    Decoder decoder(encoding);
    QString text;
    for (qsizetype i = 0; i < data.size(); i += pieceSize)
        text += decoder.decode(data.mid(i, pieceSize));
    text += decoder.finish();
    if (error)
        *error = decoder.hasError();
    return text;
}

const QString Sample = QStringLiteral("Müller, Zoë: 12 € — 東京 😀🎂 ok");

} // namespace

TEST_CASE("detect recognises byte order marks")
{
    CHECK(detect(bytes({0xEF, 0xBB, 0xBF, 'a'})) == QStringLiteral("utf-8"));
    CHECK(detect(bytes({0xFF, 0xFE, 'a', 0})) == QStringLiteral("utf-16le"));
    CHECK(detect(bytes({0xFE, 0xFF, 0, 'a'})) == QStringLiteral("utf-16be"));
}

TEST_CASE("detect tells UTF-8 from Windows-1252")
{
    CHECK(detect(QByteArray("name,email\nAnn,ann@example.com\n")) == QStringLiteral("utf-8"));
    CHECK(detect(Sample.toUtf8()) == QStringLiteral("utf-8"));
    CHECK(detect(QByteArray("M\xfcller;K\xf6ln")) == QStringLiteral("windows-1252"));
    CHECK(detect(QByteArray("\x80 12")) == QStringLiteral("windows-1252"));
    // A sequence cut by the end of the sample is not held against UTF-8...
    CHECK(detect(QByteArray("Zo\xc3")) == QStringLiteral("utf-8"));
    CHECK(detect(QByteArray("smile \xf0\x9f\x98")) == QStringLiteral("utf-8"));
    // ...but one cut in the middle is, as are overlong forms, surrogates and bytes past U+10FFFF.
    CHECK(detect(QByteArray("Zo\xc3 ller")) == QStringLiteral("windows-1252"));
    CHECK(detect(QByteArray("\xc0\xaf")) == QStringLiteral("windows-1252"));
    CHECK(detect(QByteArray("\xed\xa0\x80")) == QStringLiteral("windows-1252"));
    CHECK(detect(QByteArray("\xf4\x90\x80\x80")) == QStringLiteral("windows-1252"));
}

TEST_CASE("detect finds UTF-16 written without a byte order mark")
{
    const QString text = QStringLiteral("name\temail\r\nAnn\tann@example.com\r\n");
    QByteArray little(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CHECK(detect(little) == QStringLiteral("utf-16le"));
    QByteArray big;
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8));
        big.append(char(c.unicode() & 0xFF));
    }
    CHECK(detect(big) == QStringLiteral("utf-16be"));
}

TEST_CASE("checkUtf8 tells valid truncated and invalid input apart")
{
    CHECK(checkUtf8("") == Utf8Validity::Valid);
    CHECK(checkUtf8("plain") == Utf8Validity::Valid);
    CHECK(checkUtf8("\xf4\x8f\xbf\xbf") == Utf8Validity::Valid); // U+10FFFF
    CHECK(checkUtf8("\xe2\x82\xac") == Utf8Validity::Valid); // €
    CHECK(checkUtf8("\xe2\x82") == Utf8Validity::Truncated);
    CHECK(checkUtf8("\xf0") == Utf8Validity::Truncated);
    CHECK(checkUtf8("\xe2\x82x") == Utf8Validity::Invalid);
    CHECK(checkUtf8("\xe0\x80\x80") == Utf8Validity::Invalid); // overlong
    CHECK(checkUtf8("\xf5\x80\x80\x80") == Utf8Validity::Invalid);
    CHECK(checkUtf8("\xbf") == Utf8Validity::Invalid); // a continuation byte alone
    CHECK(checkUtf8("\xfc") == Utf8Validity::Invalid);
}

TEST_CASE("canonicalName understands what users type")
{
    CHECK(canonicalName(QStringLiteral("UTF8")) == QStringLiteral("utf-8"));
    CHECK(canonicalName(QStringLiteral(" utf-8 ")) == QStringLiteral("utf-8"));
    CHECK(canonicalName(QStringLiteral("utf-16")) == QStringLiteral("utf-16"));
    CHECK(canonicalName(QStringLiteral("Unicode")) == QStringLiteral("utf-16"));
    CHECK(canonicalName(QStringLiteral("UTF-16LE")) == QStringLiteral("utf-16le"));
    CHECK(canonicalName(QStringLiteral("utf_16_be")) == QStringLiteral("utf-16be"));
    CHECK(canonicalName(QStringLiteral("cp1252")) == QStringLiteral("windows-1252"));
    CHECK(canonicalName(QStringLiteral("Windows-1252")) == QStringLiteral("windows-1252"));
    CHECK(canonicalName(QStringLiteral("latin1")) == QStringLiteral("windows-1252"));
    CHECK(canonicalName(QStringLiteral("ISO-8859-1")) == QStringLiteral("windows-1252"));
    CHECK(canonicalName(QStringLiteral("AUTO")) == QStringLiteral("auto"));
    CHECK(canonicalName(QStringLiteral("klingon")).isEmpty());
    CHECK(canonicalName(QString()).isEmpty());
}

TEST_CASE("resolve settles auto and utf-16 against the first bytes")
{
    const QByteArray cp1252("M\xfcller");
    CHECK(resolve(QStringLiteral("auto"), cp1252) == QStringLiteral("windows-1252"));
    CHECK(resolve(QString(), cp1252) == QStringLiteral("windows-1252"));
    CHECK(resolve(QStringLiteral("utf-8"), cp1252) == QStringLiteral("utf-8"));
    CHECK(resolve(QStringLiteral("utf-16"), bytes({0xFE, 0xFF, 0, 'a'})) == QStringLiteral("utf-16be"));
    CHECK(resolve(QStringLiteral("utf-16"), bytes({0xFF, 0xFE, 'a', 0})) == QStringLiteral("utf-16le"));
    CHECK(resolve(QStringLiteral("utf-16"), bytes({'a', 0})) == QStringLiteral("utf-16le"));
    CHECK(resolve(QStringLiteral("ebcdic"), cp1252).isEmpty());
}

TEST_CASE("bomLength counts the mark of the chosen encoding only")
{
    const QByteArray utf8Bom = bytes({0xEF, 0xBB, 0xBF, 'a'});
    const QByteArray leBom = bytes({0xFF, 0xFE, 'a', 0});
    const QByteArray beBom = bytes({0xFE, 0xFF, 0, 'a'});
    CHECK(bomLength(utf8Bom, QStringLiteral("utf-8")) == 3);
    CHECK(bomLength(utf8Bom, QStringLiteral("windows-1252")) == 0);
    CHECK(bomLength(leBom, QStringLiteral("utf-16le")) == 2);
    CHECK(bomLength(leBom, QStringLiteral("utf-16be")) == 0);
    CHECK(bomLength(beBom, QStringLiteral("utf-16be")) == 2);
    CHECK(bomLength(beBom, QStringLiteral("utf-16")) == 2);
    CHECK(bomLength(QByteArray("abc"), QStringLiteral("utf-8")) == 0);
    CHECK(bomLength(QByteArray(), QStringLiteral("utf-8")) == 0);
}

TEST_CASE("Windows-1252 decoding maps every byte")
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    Decoder decoder(QStringLiteral("windows-1252"));
    const QString text = decoder.decode(all);
    REQUIRE(text.size() == 256);
    for (int b = 0; b < 0x80; ++b)
        CHECK(text.at(b).unicode() == b);
    for (int b = 0xA0; b < 0x100; ++b)
        CHECK(text.at(b).unicode() == b);
    CHECK(text.mid(0x80, 32) == QStringLiteral("€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ"));
    CHECK(decoder.hasError()); // the five undefined bytes

    Decoder clean(QStringLiteral("cp1252"));
    CHECK(clean.decode(QByteArray("M\xfcller \x80 \x84Zo\xeb\x93")) == QStringLiteral("Müller € „Zoë“"));
    CHECK(clean.finish().isEmpty());
    CHECK_FALSE(clean.hasError());
    CHECK(clean.encoding() == QStringLiteral("windows-1252"));
}

TEST_CASE("UTF-8 decoding keeps a sequence split across chunks")
{
    const QByteArray data = Sample.toUtf8();
    for (qsizetype split = 0; split <= data.size(); ++split) {
        Decoder decoder(QStringLiteral("utf-8"));
        QString text = decoder.decode(data.left(split));
        text += decoder.decode(data.mid(split));
        text += decoder.finish();
        INFO("split at byte " << split);
        CHECK(text == Sample);
        CHECK_FALSE(decoder.hasError());
    }
    bool error = true;
    CHECK(decodeInPieces(QStringLiteral("utf-8"), data, 1, &error) == Sample);
    CHECK_FALSE(error);
}

TEST_CASE("UTF-16 decoding keeps code units and surrogate pairs split across chunks")
{
    const QByteArray little(reinterpret_cast<const char *>(Sample.utf16()), Sample.size() * 2);
    QByteArray big;
    for (const QChar c : Sample) {
        big.append(char(c.unicode() >> 8));
        big.append(char(c.unicode() & 0xFF));
    }
    for (qsizetype piece = 1; piece <= 5; ++piece) {
        INFO("pieces of " << piece << " bytes");
        bool error = true;
        CHECK(decodeInPieces(QStringLiteral("utf-16le"), little, piece, &error) == Sample);
        CHECK_FALSE(error);
        CHECK(decodeInPieces(QStringLiteral("utf-16be"), big, piece, &error) == Sample);
        CHECK_FALSE(error);
    }
    CHECK(Decoder(QStringLiteral("utf-16")).encoding() == QStringLiteral("utf-16le"));
}

TEST_CASE("finish reports a sequence cut by the end of the input")
{
    Decoder utf8(QStringLiteral("utf-8"));
    CHECK(utf8.decode(QByteArray("Zo\xc3")) == QStringLiteral("Zo"));
    CHECK_FALSE(utf8.hasError());
    CHECK(utf8.finish() == QStringLiteral("\uFFFD"));
    CHECK(utf8.hasError());

    Decoder utf16(QStringLiteral("utf-16le"));
    CHECK(utf16.decode(bytes({'a', 0, 0x3D, 0xD8})) == QStringLiteral("a")); // a, then half of 😀
    CHECK(utf16.finish() == QStringLiteral("\uFFFD"));
    CHECK(utf16.hasError());
}

TEST_CASE("decoders replace invalid input and say so")
{
    Decoder utf8(QStringLiteral("utf-8"));
    CHECK(utf8.decode(QByteArray("a\xff"
                                 "b"))
          == QStringLiteral("a\uFFFDb"));
    CHECK(utf8.hasError());
    Decoder unknown(QStringLiteral("no such encoding"));
    CHECK(unknown.encoding() == QStringLiteral("utf-8"));
}

TEST_CASE("decoders drop a byte order mark at the start")
{
    Decoder utf8(QStringLiteral("utf-8"));
    CHECK(utf8.decode(bytes({0xEF, 0xBB, 0xBF, 'a'})) == QStringLiteral("a"));
    Decoder utf16(QStringLiteral("utf-16be"));
    CHECK(utf16.decode(bytes({0xFE, 0xFF, 0, 'a'})) == QStringLiteral("a"));
}
