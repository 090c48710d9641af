// openRowSource and detectFormat: content first, extension second, and errors that name the file.

#include "csvtestsupport.h"

#include <QTemporaryDir>

using namespace clientele;
using namespace clientele::csvtest;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

ReadOptions withFormat(const QString &format)
{
    ReadOptions options;
    options.format = format;
    return options;
}

} // namespace

TEST_CASE("detectFormat looks at the content before the extension")
{
    CHECK(detectFormat(fixturePath(QStringLiteral("workbook_named_csv.csv"))) == QStringLiteral("xlsx"));
    CHECK(detectFormat(fixturePath(QStringLiteral("spreadsheet_without_extension"))) == QStringLiteral("ods"));
    CHECK(detectFormat(fixturePath(QStringLiteral("contacts_as_text.txt"))) == QStringLiteral("vcf"));
    CHECK(detectFormat(fixturePath(QStringLiteral("semicolon.csv"))) == QStringLiteral("csv"));
    CHECK(detectFormat(fixturePath(QStringLiteral("utf16le_bom.txt"))) == QStringLiteral("csv"));
    // A zip that is neither workbook falls back to its extension.
    CHECK(detectFormat(fixturePath(QStringLiteral("archive.csv"))) == QStringLiteral("csv"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // vCards exported as UTF-16 by Windows, after blank lines.
    const QString card = QStringLiteral("\r\nbegin:vcard\r\nVERSION:4.0\r\nFN:Zoë\r\nEND:VCARD\r\n");
    QByteArray utf16("\xff\xfe");
    utf16.append(reinterpret_cast<const char *>(card.utf16()), card.size() * 2);
    CHECK(detectFormat(writeFile(dir, QStringLiteral("export.dat"), utf16)) == QStringLiteral("vcf"));
}

TEST_CASE("detectFormat falls back to the extension")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray text("name,email\n");
    CHECK(detectFormat(writeFile(dir, QStringLiteral("a.XLSX"), text)) == QStringLiteral("xlsx"));
    CHECK(detectFormat(writeFile(dir, QStringLiteral("b.ods"), text)) == QStringLiteral("ods"));
    CHECK(detectFormat(writeFile(dir, QStringLiteral("c.vcf"), text)) == QStringLiteral("vcf"));
    CHECK(detectFormat(writeFile(dir, QStringLiteral("d.tsv"), text)) == QStringLiteral("csv"));
    CHECK(detectFormat(writeFile(dir, QStringLiteral("e.txt"), text)) == QStringLiteral("csv"));
    CHECK(detectFormat(writeFile(dir, QStringLiteral("f"), text)) == QStringLiteral("csv"));
    CHECK(detectFormat(dir.filePath(QStringLiteral("missing.ods"))) == QStringLiteral("ods"));
}

TEST_CASE("openRowSource reads delimited text with the csv reader")
{
    auto source = openRowSource(fixturePath(QStringLiteral("tab.tsv")), ReadOptions {});
    REQUIRE(source.ok());
    CHECK(source.value()->format() == QStringLiteral("csv"));
    const ReadResult result = readAll(*source.value());
    CHECK(result.delimiter == QStringLiteral("\t"));
    CHECK(result.encoding == QStringLiteral("utf-8"));
    CHECK(result.cells.size() == 3);

    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("TSV"), QStringLiteral("txt")}) {
        auto explicitFormat = openRowSource(fixturePath(QStringLiteral("windows1252.csv")), withFormat(format));
        REQUIRE(explicitFormat.ok());
        const ReadResult rows = readAll(*explicitFormat.value());
        CHECK(rows.encoding == QStringLiteral("windows-1252"));
        CHECK(rows.cells.at(1).first() == QStringLiteral("Müller"));
    }

    ReadOptions options;
    options.delimiter = QStringLiteral(",");
    options.encoding = QStringLiteral("utf-8");
    auto overridden = openRowSource(fixturePath(QStringLiteral("semicolon.csv")), options);
    REQUIRE(overridden.ok());
    CHECK(overridden.value()->delimiter() == QStringLiteral(","));
}

TEST_CASE("openRowSource opens workbooks with the spreadsheet reader")
{
    auto xlsx = openRowSource(fixturePath(QStringLiteral("workbook_named_csv.csv")), ReadOptions {});
    REQUIRE(xlsx.ok());
    CHECK(xlsx.value()->format() == QStringLiteral("xlsx"));
    const ReadResult xlsxRows = readAll(*xlsx.value());
    CHECK(xlsxRows.cells
          == QList<QStringList> {{QStringLiteral("name"), QStringLiteral("email")},
                                 {QStringLiteral("Ann"), QStringLiteral("ann@example.com")}});

    auto ods = openRowSource(fixturePath(QStringLiteral("spreadsheet_without_extension")), ReadOptions {});
    REQUIRE(ods.ok());
    CHECK(ods.value()->format() == QStringLiteral("ods"));
    CHECK(readAll(*ods.value()).cells.size() == 2);
}

TEST_CASE("openRowSource errors name the file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString missing = dir.filePath(QStringLiteral("nowhere.csv"));
    auto noFile = openRowSource(missing, ReadOptions {});
    REQUIRE_FALSE(noFile.ok());
    CHECK(noFile.error().kind == Error::Kind::NotFound);
    CHECK(noFile.errorMessage().contains(QDir::toNativeSeparators(missing)));
    CHECK(noFile.errorMessage().contains(QStringLiteral("does not exist")));

    auto folder = openRowSource(dir.path(), ReadOptions {});
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.errorMessage().contains(QStringLiteral("folder")));

    const QString empty = fixturePath(QStringLiteral("empty.csv"));
    auto emptyFile = openRowSource(empty, ReadOptions {});
    REQUIRE_FALSE(emptyFile.ok());
    CHECK(emptyFile.errorMessage().contains(QDir::toNativeSeparators(empty)));
    CHECK(emptyFile.errorMessage().contains(QStringLiteral("empty")));
    auto bomOnly = openRowSource(fixturePath(QStringLiteral("bom_only.csv")), ReadOptions {});
    REQUIRE_FALSE(bomOnly.ok());
    CHECK(bomOnly.errorMessage().contains(QStringLiteral("empty")));

    const QString locked = writeFile(dir, QStringLiteral("locked.csv"), "name\nAnn\n");
    REQUIRE(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    if (!QFileInfo(locked).isReadable()) { // root reads anything, so only check where it counts
        auto unreadable = openRowSource(locked, ReadOptions {});
        REQUIRE_FALSE(unreadable.ok());
        CHECK(unreadable.errorMessage().contains(QDir::toNativeSeparators(locked)));
        CHECK(unreadable.errorMessage().contains(QStringLiteral("could not be opened")));
    }

    const QString xls = fixturePath(QStringLiteral("legacy.xls"));
    auto legacy = openRowSource(xls, ReadOptions {});
    REQUIRE_FALSE(legacy.ok());
    CHECK(legacy.errorMessage().contains(QDir::toNativeSeparators(xls)));
    CHECK(legacy.errorMessage().contains(QStringLiteral(".xlsx")));

    const QString zip = fixturePath(QStringLiteral("archive.csv"));
    auto archive = openRowSource(zip, ReadOptions {});
    REQUIRE_FALSE(archive.ok());
    CHECK(archive.errorMessage().contains(QDir::toNativeSeparators(zip)));
    CHECK(archive.errorMessage().contains(QStringLiteral("zip")));

    const QString vcf = fixturePath(QStringLiteral("contacts_as_text.txt"));
    auto card = openRowSource(vcf, ReadOptions {});
    REQUIRE_FALSE(card.ok());
    CHECK(card.errorMessage().contains(QStringLiteral("vCard")));

    auto format = openRowSource(fixturePath(QStringLiteral("semicolon.csv")), withFormat(QStringLiteral("pdf")));
    REQUIRE_FALSE(format.ok());
    CHECK(format.errorMessage().contains(QStringLiteral("pdf")));

    auto encoding = openRowSource(fixturePath(QStringLiteral("semicolon.csv")), [] {
        ReadOptions options;
        options.encoding = QStringLiteral("ebcdic");
        return options;
    }());
    REQUIRE_FALSE(encoding.ok());
    CHECK(encoding.errorMessage().contains(QStringLiteral("ebcdic")));
}

TEST_CASE("CsvReader open errors name the file")
{
    const QString missing = fixturePath(QStringLiteral("no_such_file.csv"));
    auto noFile = CsvReader::open(missing, ReadOptions {});
    REQUIRE_FALSE(noFile.ok());
    CHECK(noFile.errorMessage().contains(QDir::toNativeSeparators(missing)));
    auto empty = CsvReader::open(fixturePath(QStringLiteral("empty.csv")), ReadOptions {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorMessage().contains(QStringLiteral("empty.csv")));
}
