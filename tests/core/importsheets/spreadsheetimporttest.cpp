// Spreadsheets through the import front door: format detection, sheet choice, preview rows.

#include "import/importer.h"
#include "import/readers/rowsource.h"

#include "tempdatabase.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString fixture(const QString &name)
{
    return QDir::cleanPath(QFileInfo(QString::fromUtf8(__FILE__))
                               .dir()
                               .absoluteFilePath(QStringLiteral("../../fixtures/import/sheets/") + name));
}

} // namespace

TEST_CASE("spreadsheet files are detected and opened as row sources", "[importsheets]")
{
    CHECK(detectFormat(fixture(QStringLiteral("basic.xlsx"))) == QStringLiteral("xlsx"));
    CHECK(detectFormat(fixture(QStringLiteral("basic.ods"))) == QStringLiteral("ods"));

    ReadOptions options;
    options.sheet = QStringLiteral("Notes");
    auto source = openRowSource(fixture(QStringLiteral("basic.xlsx")), options);
    REQUIRE(source.ok());
    CHECK(source.value()->format() == QStringLiteral("xlsx"));
    CHECK(source.value()->sheet() == QStringLiteral("Notes"));
    auto row = source.value()->next();
    REQUIRE(row.has_value());
    CHECK(row->cells == QStringList {QStringLiteral("only")});
}

TEST_CASE("spreadsheet preview shows sheets and mapped rows", "[importsheets]")
{
    TempDatabase temp;
    Importer importer(temp.db(), temp.clock());
    ImportRequest request;
    request.path = fixture(QStringLiteral("basic.ods"));
    auto preview = importer.preview(request);
    INFO(preview.errorMessage().toStdString());
    REQUIRE(preview.ok());
    CHECK(preview->format == QStringLiteral("ods"));
    CHECK(preview->sheets == QStringList {QStringLiteral("Kunden"), QStringLiteral("Second")});
    CHECK(preview->sheet == QStringLiteral("Kunden"));
    CHECK(preview->mapping.headerLine == 1);
    REQUIRE_FALSE(preview->rows.isEmpty());
    CHECK(preview->rows.first().line == 2);
    CHECK(preview->rows.first().cells.value(1) == QStringLiteral("j@example.de"));
    REQUIRE_FALSE(preview->contacts.isEmpty());
    CHECK(preview->contacts.first().contact.primaryEmail() == QStringLiteral("j@example.de"));
    CHECK(preview->contacts.first().contact.birthday == Birthday {1984, 5, 14});

    request.read.sheet = QStringLiteral("Missing");
    auto missing = importer.preview(request);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("“Missing”")));
}
