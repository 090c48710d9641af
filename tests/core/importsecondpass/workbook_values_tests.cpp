// What a spreadsheet shows is what arrives: postal codes and customer numbers stored as numbers
// with a format such as "00000" keep their leading zeros, phone numbers never turn into
// exponents, and money columns that no known export names are kept as number fields. The
// fixtures are made by tests/fixtures/import/workbooks/make_number_formats.py and
// tests/fixtures/import/handmade/figures.csv; every expectation is written out by hand.

#include "tempdatabase.h"

#include "contacts/contactrepository.h"
#include "import/importer.h"
#include "import/readers/spreadsheetreader.h"
#include "import/readers/xlsxvalues.h"

#include "qtcatch.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString fixture(const QString &path)
{
    return QFileInfo(QString::fromUtf8(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../../fixtures/import/") + path);
}

QList<QStringList> readCells(const QString &path, const QString &format)
{
    auto opened = openSpreadsheet(fixture(path), format, {});
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    QList<QStringList> rows;
    while (auto row = (*opened)->next())
        rows.append(row->cells);
    return rows;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *cell : cells)
        list.append(QString::fromUtf8(cell));
    return list;
}

const QStringList Header = row({"First Name", "Last Name", "Email", "Postal Code", "Customer No.", "Phone", "Visits"});

Contact contact(TempDatabase &database, qint64 id)
{
    const auto read = ContactRepository(database.db(), database.clock()).get(id);
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());
    return *read;
}

} // namespace

TEST_CASE("a number format's digit layout: zeros, optional digits and literal text")
{
    using SheetValues::digitLayout;
    CHECK(digitLayout(QStringLiteral("00000")) == QStringLiteral("00000"));
    CHECK(digitLayout(QStringLiteral("0000")) == QStringLiteral("0000"));
    CHECK(digitLayout(QStringLiteral("00000\\-0000")) == QStringLiteral("00000-0000"));
    CHECK(digitLayout(QStringLiteral("000-00-0000")) == QStringLiteral("000-00-0000"));
    CHECK(digitLayout(QStringLiteral("\\(###\\)\\ ###\\-####")) == QStringLiteral("(###) ###-####"));
    CHECK(digitLayout(QStringLiteral("[$-409]00000")) == QStringLiteral("00000"));
    CHECK(digitLayout(QStringLiteral("[Red]00000;[Blue]-00000")) == QStringLiteral("00000"));
    CHECK(digitLayout(QStringLiteral("\"No. \"0000")) == QStringLiteral("No. 0000"));
    // Not a layout: the number is shown as it is, or it is a figure, a date or text.
    for (const char *code : {"General", "0", "#0", "#,##0", "0.00", "0%", "0.00E+00", "@", "dd/mm/yyyy", "[h]:mm",
                             "# ?/?", "[<=9999999]###-####;(###) ###-####", "[$€-407]00000", "\"A1\"000"}) {
        INFO(code);
        CHECK(digitLayout(QString::fromUtf8(code)).isEmpty());
    }
}

TEST_CASE("whole numbers are written into the layout as the spreadsheet shows them")
{
    using SheetValues::applyDigitLayout;
    CHECK(applyDigitLayout(QStringLiteral("7030"), QStringLiteral("00000")) == QStringLiteral("07030"));
    CHECK(applyDigitLayout(QStringLiteral("7"), QStringLiteral("000000")) == QStringLiteral("000007"));
    CHECK(applyDigitLayout(QStringLiteral("0"), QStringLiteral("00000")) == QStringLiteral("00000"));
    CHECK(applyDigitLayout(QStringLiteral("-42"), QStringLiteral("0000")) == QStringLiteral("-0042"));
    CHECK(applyDigitLayout(QStringLiteral("7030.0"), QStringLiteral("00000")) == QStringLiteral("07030"));
    CHECK(applyDigitLayout(QStringLiteral("70301234"), QStringLiteral("00000-0000")) == QStringLiteral("07030-1234"));
    CHECK(applyDigitLayout(QStringLiteral("123456789"), QStringLiteral("000-00-0000"))
          == QStringLiteral("123-45-6789"));
    CHECK(applyDigitLayout(QStringLiteral("5035550123"), QStringLiteral("(###) ###-####"))
          == QStringLiteral("(503) 555-0123"));
    // More digits than placeholders: the rest go in front, as in Excel.
    CHECK(applyDigitLayout(QStringLiteral("125035550123"), QStringLiteral("(###) ###-####"))
          == QStringLiteral("(12503) 555-0123"));
    CHECK(applyDigitLayout(QStringLiteral("2025550199"), QStringLiteral("00000")) == QStringLiteral("2025550199"));
    CHECK(applyDigitLayout(QStringLiteral("42"), QStringLiteral("No. 0000")) == QStringLiteral("No. 0042"));
    // Not whole, or no layout: as formatNumber() writes it.
    CHECK(applyDigitLayout(QStringLiteral("2.5"), QStringLiteral("0000")) == QStringLiteral("2.5"));
    CHECK(applyDigitLayout(QStringLiteral("1.5035550123E10"), QStringLiteral("00000"))
          == QStringLiteral("15035550123"));
    CHECK(applyDigitLayout(QStringLiteral("1.5035550123E10"), QString()) == QStringLiteral("15035550123"));
}

TEST_CASE("an ods cell's shown text is kept only when it is the same number with zeros or separators")
{
    using SheetValues::shownDigits;
    CHECK(shownDigits(QStringLiteral("07030"), QStringLiteral("7030")) == QStringLiteral("07030"));
    CHECK(shownDigits(QStringLiteral("07030-1234"), QStringLiteral("70301234")) == QStringLiteral("07030-1234"));
    CHECK(shownDigits(QStringLiteral("(503) 555-0123"), QStringLiteral("5035550123"))
          == QStringLiteral("(503) 555-0123"));
    CHECK(shownDigits(QStringLiteral("7030"), QStringLiteral("7030")).isEmpty());
    CHECK(shownDigits(QStringLiteral("7 030"), QStringLiteral("7030")).isEmpty()); // a thousands separator
    CHECK(shownDigits(QStringLiteral("1,200"), QStringLiteral("1200")).isEmpty());
    CHECK(shownDigits(QStringLiteral("12.00"), QStringLiteral("12")).isEmpty());
    CHECK(shownDigits(QStringLiteral("1.50E+10"), QStringLiteral("15035550123")).isEmpty());
    CHECK(shownDigits(QStringLiteral("08030"), QStringLiteral("7030")).isEmpty()); // another number
    CHECK(shownDigits(QStringLiteral("0003"), QStringLiteral("2.5")).isEmpty());
}

TEST_CASE("xlsx postal codes, customer numbers and phone numbers read as the sheet shows them")
{
    const QList<QStringList> rows = readCells(QStringLiteral("workbooks/number-formats.xlsx"), QStringLiteral("xlsx"));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) == Header);
    CHECK(rows.at(1) == row({"Ana", "Ortiz", "ana@example.com", "07030", "000042", "(503) 555-0123", "1200"}));
    CHECK(rows.at(2) == row({"Ben", "Cole", "ben@example.com", "00501", "000007", "15035550123", "3"}));
    CHECK(rows.at(3) == row({"Cleo", "Park", "cleo@example.com", "0801", "123456789012", "5551234", "12"}));
    CHECK(rows.at(4) == row({"Dan", "Wu", "dan@example.com", "07030-1234", "0042", "2025550199", "2.5"}));
}

TEST_CASE("ods postal codes, customer numbers and phone numbers read as the sheet shows them")
{
    const QList<QStringList> rows = readCells(QStringLiteral("workbooks/number-formats.ods"), QStringLiteral("ods"));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) == Header);
    CHECK(rows.at(1) == row({"Ana", "Ortiz", "ana@example.com", "07030", "000042", "(503) 555-0123", "1200"}));
    CHECK(rows.at(2) == row({"Ben", "Cole", "ben@example.com", "00501", "000007", "15035550123", "3"}));
    CHECK(rows.at(3) == row({"Cleo", "Park", "cleo@example.com", "0801", "123456789012", "7030", "12"}));
    CHECK(rows.at(4) == row({"Dan", "Wu", "dan@example.com", "07030-1234", "0042", "2025550199", "2.5"}));
}

TEST_CASE("an imported workbook keeps the postal code's leading zero and the customer number's")
{
    for (const char *name : {"workbooks/number-formats.xlsx", "workbooks/number-formats.ods"}) {
        INFO(name);
        TempDatabase database;
        ImportRequest request;
        request.path = fixture(QString::fromUtf8(name));
        const auto report = Importer(database.db(), database.clock()).run(request);
        INFO(report.errorMessage().toStdString());
        REQUIRE(report.ok());
        CHECK(report->created == 4);
        CHECK(report->rejected == 0);
        const Contact ana = contact(database, 1);
        CHECK(ana.displayName == QStringLiteral("Ana Ortiz"));
        CHECK(ana.address.postalCode == QStringLiteral("07030"));
        CHECK(ana.custom.value(QStringLiteral("Customer No.")) == QStringLiteral("000042"));
        REQUIRE(ana.phones.size() == 1);
        CHECK(ana.phones.first().value == QStringLiteral("(503) 555-0123"));
        CHECK(contact(database, 2).address.postalCode == QStringLiteral("00501"));
        CHECK(contact(database, 4).address.postalCode == QStringLiteral("07030-1234"));
        CHECK(contact(database, 4).custom.value(QStringLiteral("Customer No.")) == QStringLiteral("0042"));
    }
}

TEST_CASE("money columns of no known export are kept as number custom fields")
{
    TempDatabase database;
    ImportRequest request;
    request.path = fixture(QStringLiteral("handmade/figures.csv"));
    const auto report = Importer(database.db(), database.clock()).run(request);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    CHECK(report->created == 2);
    CHECK(report->rejected == 0);
    CHECK(report->mapping.fields
          == QStringList {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("custom:Lifetime value"),
                          QStringLiteral("custom:Balance"), QStringLiteral("custom:Outstanding"),
                          QStringLiteral("custom:Jahresumsatz"), QStringLiteral("custom:Shoe size")});

    const Contact ines = contact(database, 1);
    CHECK(ines.custom.value(QStringLiteral("Lifetime value")) == QStringLiteral("1234.50"));
    CHECK(ines.custom.value(QStringLiteral("Balance")) == QStringLiteral("-12.00"));
    CHECK_FALSE(ines.custom.contains(QStringLiteral("Outstanding")));
    CHECK(ines.notes == QStringLiteral("Outstanding: n/a"));
    CHECK(ines.custom.value(QStringLiteral("Jahresumsatz")) == QStringLiteral("1234.56"));
    CHECK(ines.custom.value(QStringLiteral("Shoe size")) == QStringLiteral("38"));
    const Contact olaf = contact(database, 2);
    CHECK(olaf.custom.value(QStringLiteral("Lifetime value")) == QStringLiteral("89"));
    CHECK(olaf.custom.value(QStringLiteral("Balance")) == QStringLiteral("0"));
    CHECK(olaf.custom.value(QStringLiteral("Outstanding")) == QStringLiteral("15.5"));
    CHECK_FALSE(olaf.custom.contains(QStringLiteral("Jahresumsatz")));

    QStringList types;
    QSqlQuery query(database.db());
    REQUIRE(query.exec(QStringLiteral("SELECT name, field_type FROM custom_fields ORDER BY name")));
    while (query.next())
        types.append(query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
    CHECK(types
          == QStringList {QStringLiteral("Balance=number"), QStringLiteral("Jahresumsatz=number"),
                          QStringLiteral("Lifetime value=number"), QStringLiteral("Outstanding=number"),
                          QStringLiteral("Shoe size=text")});

    bool warned = false;
    for (const ImportIssue &issue : report->issues)
        warned = warned
            || (issue.row == 2 && issue.column == QStringLiteral("Outstanding")
                && issue.message
                    == QStringLiteral("Row 2: “n/a” in Outstanding is not a figure; it was kept in the notes."));
    CHECK(warned);
}
