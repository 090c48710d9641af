// Encodings of delimited text: BOMs, UTF-16, Windows-1252, detection that waits for the first
// non-ASCII byte, overrides, and multi-byte characters split across read chunks.

#include "csvtestsupport.h"

using namespace clientele;
using namespace clientele::csvtest;

namespace {

const QList<QStringList> Utf8Rows = {
    {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("note")},
    {QStringLiteral("Müller"), QStringLiteral("Zürich"), QStringLiteral("€12.50")},
    {QStringLiteral("Zoë"), QStringLiteral("東京"), QStringLiteral("Grüße 😀🎂")},
};

const QList<QStringList> Utf16Rows = {
    {QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Note")},
    {QStringLiteral("Müller"), QStringLiteral("Zürich"), QStringLiteral("€")},
    {QStringLiteral("Zoë"), QStringLiteral("東京"), QStringLiteral("😀")},
};

/// ASCII rows filling more than the detection sample, so that what follows decides the encoding.
QByteArray asciiPrefix()
{
    QByteArray data("name,city\n");
    int i = 0;
    while (data.size() <= CsvReader::SampleSize)
        data.append(QByteArray("Person ") + QByteArray::number(i++) + ",Berlin\n");
    return data;
}

} // namespace

TEST_CASE("UTF-8 reads the same with and without a BOM")
{
    const ReadResult plain = readFixture(QStringLiteral("utf8.csv"));
    const ReadResult bom = readFixture(QStringLiteral("utf8_bom.csv"));
    CHECK(plain.encoding == QStringLiteral("utf-8"));
    CHECK(bom.encoding == QStringLiteral("utf-8"));
    CHECK(plain.cells == Utf8Rows);
    CHECK(bom.cells == Utf8Rows); // the BOM is not part of the first header
    CHECK(bom.lines == QList<qint64> {1, 2, 3});
    // 😀 and 🎂 are four bytes in UTF-8 and surrogate pairs in a QString.
    CHECK(plain.cells.at(2).at(2).size() == 10);
    CHECK(plain.cells.at(2).at(2).at(6).isHighSurrogate());
}

TEST_CASE("UTF-16 LE and BE with a BOM read as Excel writes Unicode Text")
{
    const ReadResult little = readFixture(QStringLiteral("utf16le_bom.txt"));
    CHECK(little.encoding == QStringLiteral("utf-16le"));
    CHECK(little.delimiter == QStringLiteral("\t"));
    CHECK(little.cells == Utf16Rows);
    CHECK(little.lines == QList<qint64> {1, 2, 3});

    const ReadResult big = readFixture(QStringLiteral("utf16be_bom.txt"));
    CHECK(big.encoding == QStringLiteral("utf-16be"));
    CHECK(big.delimiter == QStringLiteral("\t"));
    CHECK(big.cells == Utf16Rows);

    // "utf-16" leaves the byte order to the BOM.
    CHECK(readFixture(QStringLiteral("utf16be_bom.txt"), withEncoding(QStringLiteral("utf-16"))).cells == Utf16Rows);
    CHECK(readFixture(QStringLiteral("utf16le_bom.txt"), withEncoding(QStringLiteral("UTF-16"))).encoding
          == QStringLiteral("utf-16le"));
}

TEST_CASE("UTF-16 without a BOM is recognised by its zero bytes")
{
    const QString text = QStringLiteral("Name;City\r\nZoë;東京\r\n");
    const QByteArray little(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ReadResult result = readBytes(little);
    CHECK(result.encoding == QStringLiteral("utf-16le"));
    CHECK(result.delimiter == QStringLiteral(";"));
    CHECK(result.cells
          == QList<QStringList> {{QStringLiteral("Name"), QStringLiteral("City")},
                                 {QStringLiteral("Zoë"), QStringLiteral("東京")}});
}

TEST_CASE("Windows-1252 bytes are detected and decoded")
{
    const ReadResult result = readFixture(QStringLiteral("windows1252.csv"));
    CHECK(result.encoding == QStringLiteral("windows-1252"));
    CHECK(result.delimiter == QStringLiteral(";"));
    CHECK(result.cells
          == QList<QStringList> {
              {QStringLiteral("Name"), QStringLiteral("Stadt"), QStringLiteral("Betrag")},
              {QStringLiteral("Müller"), QStringLiteral("Köln"), QStringLiteral("€ 12")},
              {QStringLiteral("Zoë"), QStringLiteral("„Ort“"), QStringLiteral("…")},
          });
}

TEST_CASE("the encoding can be overridden")
{
    const ReadResult cp1252AsUtf8
        = readFixture(QStringLiteral("windows1252.csv"), withEncoding(QStringLiteral("utf-8")));
    CHECK(cp1252AsUtf8.encoding == QStringLiteral("utf-8"));
    CHECK(cp1252AsUtf8.cells.at(1).at(0) == QStringLiteral("M\uFFFDller"));
    // The first row showing replaced bytes is reported, once.
    REQUIRE(cp1252AsUtf8.issues.size() == 1);
    CHECK(cp1252AsUtf8.issues.first().outcome == ImportIssue::Outcome::Warning);
    CHECK(cp1252AsUtf8.issues.first().row == 2);
    CHECK(cp1252AsUtf8.issues.first().message.contains(QStringLiteral("utf-8")));
    CHECK(readFixture(QStringLiteral("windows1252.csv")).issues.isEmpty());

    const ReadResult utf8As1252 = readFixture(QStringLiteral("utf8.csv"), withEncoding(QStringLiteral("cp1252")));
    CHECK(utf8As1252.encoding == QStringLiteral("windows-1252"));
    CHECK(utf8As1252.cells.at(1).at(0) == QStringLiteral("MÃ¼ller"));

    auto unknown = CsvReader::open(fixturePath(QStringLiteral("utf8.csv")), withEncoding(QStringLiteral("klingon")));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("klingon")));
    CHECK(unknown.error().field == QStringLiteral("encoding"));
}

TEST_CASE("a late non-ASCII byte decides between UTF-8 and Windows-1252")
{
    const QByteArray prefix = asciiPrefix();
    for (const qint64 chunk : {qint64(CsvReader::DefaultChunkSize), qint64(1000), qint64(7)}) {
        INFO("chunks of " << chunk);
        auto latin = readerFor(prefix + "M\xfcller,K\xf6ln\n", {}, chunk);
        CHECK(latin->encoding() == QStringLiteral("utf-8")); // nothing but ASCII seen yet
        const ReadResult latinRows = readAll(*latin);
        CHECK(latinRows.encoding == QStringLiteral("windows-1252"));
        CHECK(latinRows.cells.last() == QStringList {QStringLiteral("Müller"), QStringLiteral("Köln")});

        const ReadResult utf8Rows = readBytes(prefix + QStringLiteral("Zoë,東京 😀\n").toUtf8(), {}, chunk);
        CHECK(utf8Rows.encoding == QStringLiteral("utf-8"));
        CHECK(utf8Rows.cells.last() == QStringList {QStringLiteral("Zoë"), QStringLiteral("東京 😀")});
        CHECK(utf8Rows.cells.size() == latinRows.cells.size());
    }
}

TEST_CASE("a character cut by a chunk boundary still decides the encoding right")
{
    // With 1000-byte chunks the first non-ASCII byte is the last byte of a chunk.
    QByteArray prefix = asciiPrefix();
    const qint64 chunk = 1000;
    prefix.append(QByteArray(chunk - 1 - prefix.size() % chunk, 'x'));
    REQUIRE((prefix.size() + 1) % chunk == 0);

    const ReadResult utf8 = readBytes(prefix + QStringLiteral("ü,Zoë\n").toUtf8(), {}, chunk);
    CHECK(utf8.encoding == QStringLiteral("utf-8"));
    CHECK(utf8.cells.last().first().endsWith(QStringLiteral("xü")));

    // 0xE9 (é) looks like the start of a three-byte UTF-8 sequence until the next chunk.
    const ReadResult latin = readBytes(prefix + "\xe9ric,Zo\xeb\n", {}, chunk);
    CHECK(latin.encoding == QStringLiteral("windows-1252"));
    CHECK(latin.cells.last()
          == QStringList {QString::fromLatin1(prefix.mid(prefix.lastIndexOf('\n') + 1)) + QStringLiteral("éric"),
                          QStringLiteral("Zoë")});
}

TEST_CASE("a character cut by the end of the detection sample decides the encoding right")
{
    QByteArray prefix("name,city\n");
    prefix.append(QByteArray(CsvReader::SampleSize - 1 - prefix.size(), 'x'));
    const ReadResult utf8 = readBytes(prefix + QStringLiteral("ü,Zürich\n").toUtf8());
    CHECK(utf8.encoding == QStringLiteral("utf-8"));
    CHECK(utf8.cells.last().last() == QStringLiteral("Zürich"));

    const ReadResult latin = readBytes(prefix + "\xe9,Z\xfcrich\n");
    CHECK(latin.encoding == QStringLiteral("windows-1252"));
    CHECK(latin.cells.last().last() == QStringLiteral("Zürich"));
}

TEST_CASE("a sequence cut by the end of the file")
{
    // With nothing else non-ASCII, the last byte is a Windows-1252 letter...
    const ReadResult latin = readBytes("name\nCaf\xe9");
    CHECK(latin.encoding == QStringLiteral("windows-1252"));
    CHECK(latin.cells.last() == QStringList {QStringLiteral("Café")});
    // ...after UTF-8 text, the file was cut short.
    const ReadResult cut = readBytes(QStringLiteral("name\nZoë\nCaf").toUtf8() + "\xc3");
    CHECK(cut.encoding == QStringLiteral("utf-8"));
    CHECK(cut.cells.last() == QStringList {QStringLiteral("Caf\uFFFD")});
}

TEST_CASE("every fixture reads the same in chunks of any size")
{
    const QStringList fixtures = {
        QStringLiteral("semicolon.csv"),
        QStringLiteral("tab.tsv"),
        QStringLiteral("pipe.txt"),
        QStringLiteral("cr_only.csv"),
        QStringLiteral("mixed_line_ends.csv"),
        QStringLiteral("blank_lines.csv"),
        QStringLiteral("embedded_newlines.csv"),
        QStringLiteral("doubled_quotes.csv"),
        QStringLiteral("unterminated_quote.csv"),
        QStringLiteral("stray_quotes.csv"),
        QStringLiteral("formulas.csv"),
        QStringLiteral("utf8.csv"),
        QStringLiteral("utf8_bom.csv"),
        QStringLiteral("utf16le_bom.txt"),
        QStringLiteral("utf16be_bom.txt"),
        QStringLiteral("windows1252.csv"),
        QStringLiteral("quoted_delimiters.csv"),
    };
    for (const QString &name : fixtures) {
        const ReadResult whole = readFixture(name);
        REQUIRE_FALSE(whole.cells.isEmpty());
        for (qint64 chunk = 1; chunk <= 13; ++chunk) {
            INFO(name.toStdString() << " in chunks of " << chunk);
            const ReadResult pieces = readFixture(name, {}, chunk);
            CHECK(pieces.cells == whole.cells);
            CHECK(pieces.lines == whole.lines);
            CHECK(pieces.issues.size() == whole.issues.size());
            CHECK(pieces.encoding == whole.encoding);
            CHECK(pieces.delimiter == whole.delimiter);
        }
    }
}
