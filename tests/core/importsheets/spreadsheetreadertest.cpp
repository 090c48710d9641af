#include "import/readers/spreadsheetreader.h"
#include "import/readers/xlsxvalues.h"

#include "qtcatch.h"

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

std::unique_ptr<RowSource> openOk(const QString &name, const QString &format, const QString &sheet = {})
{
    auto opened = openSpreadsheet(fixture(name), format, sheet);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QList<RawRow> readAll(RowSource &source)
{
    QList<RawRow> rows;
    while (auto row = source.next())
        rows.append(*row);
    return rows;
}

QStringList cells(std::initializer_list<const char16_t *> values)
{
    QStringList list;
    for (const char16_t *value : values)
        list.append(QString::fromUtf16(value));
    return list;
}

} // namespace

TEST_CASE("xlsx lists its sheets and reads the first by default", "[importsheets]")
{
    auto source = openOk(QStringLiteral("basic.xlsx"), QStringLiteral("xlsx"));
    CHECK(source->format() == QStringLiteral("xlsx"));
    CHECK(source->sheets() == QStringList {QStringLiteral("Customers"), QStringLiteral("Notes")});
    CHECK(source->sheet() == QStringLiteral("Customers"));
    CHECK(source->encoding().isEmpty());
    CHECK(source->delimiter().isEmpty());
    CHECK(source->progress() < 1.0);
    readAll(*source);
    CHECK(source->progress() == 1.0);
    CHECK(source->errorString().isEmpty());
    CHECK(source->takeIssues().isEmpty());
}

TEST_CASE("xlsx cells keep their columns types and row numbers", "[importsheets]")
{
    auto source = openOk(QStringLiteral("basic.xlsx"), QStringLiteral("xlsx"));
    const QList<RawRow> rows = readAll(*source);
    REQUIRE(rows.size() == 6);

    CHECK(rows[0].line == 1);
    CHECK(rows[0].cells == cells({u"Name", u"Email", u"Phone", u"Amount", u"Joined", u"VIP", u"Note"}));

    // rich text runs, inline string, a phone number digit for digit, float noise hidden,
    // a date style, a boolean and a formula's cached text
    CHECK(rows[1].line == 2);
    CHECK(rows[1].cells
          == cells({u"Anna Müller", u"anna@example.com", u"15035550123", u"12.5", u"2024-05-01", u"true", u"Hello"}));

    // a missing first cell stays an empty column; date with time; error cells are empty
    CHECK(rows[2].line == 3);
    CHECK(rows[2].cells == cells({u"", u"bob@example.com", u"", u"42", u"2024-05-01T12:00:00", u"false", u""}));

    // rows 4 (empty) and 5 (blank) are skipped. Serial 60 is Lotus's 29 February 1900, which
    // does not exist: it stays a number; 61 is 1 March, 59 is 28 February, 1 is 1 January.
    CHECK(rows[3].line == 6);
    CHECK(rows[3].cells
          == cells({u"Zoë 😀 北京", u"60", u"1900-03-01", u"1900-02-28", u"1900-01-01", u"", u"Line one\nLine two"}));

    // no references at all: the row follows row 6, cells follow each other; an elapsed-time
    // format is a number, a time format without date gives the time of day, _xHHHH_ is decoded
    CHECK(rows[4].line == 7);
    CHECK(rows[4].cells
          == cells({u"no refs", u"-0.5", u"1.25", u"15035550123", u"3.14159", u"18:00:00", u"Tab\there snake_x0041_"}));

    // a short row is padded to the header's width
    CHECK(rows[5].line == 9);
    CHECK(rows[5].cells == cells({u"last", u"", u"", u"", u"", u"", u""}));
}

TEST_CASE("xlsx reads a sheet chosen by name", "[importsheets]")
{
    auto source = openOk(QStringLiteral("basic.xlsx"), QStringLiteral("xlsx"), QStringLiteral("Notes"));
    CHECK(source->sheet() == QStringLiteral("Notes"));
    const QList<RawRow> rows = readAll(*source);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 1);
    CHECK(rows[0].cells == cells({u"only"}));
    CHECK(rows[1].line == 3);
    CHECK(rows[1].cells == cells({u"", u"third"}));
}

TEST_CASE("xlsx unknown sheet names the sheet and lists the others", "[importsheets]")
{
    auto opened
        = openSpreadsheet(fixture(QStringLiteral("basic.xlsx")), QStringLiteral("xlsx"), QStringLiteral("Orders"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("“Orders”")));
    CHECK(opened.errorMessage().contains(QStringLiteral("basic.xlsx")));
    CHECK(opened.errorMessage().contains(QStringLiteral("Customers, Notes")));
    CHECK(opened.error().field == QStringLiteral("sheet"));
}

TEST_CASE("xlsx 1904 date system counts from 1904", "[importsheets]")
{
    auto source = openOk(QStringLiteral("date1904.xlsx"), QStringLiteral("xlsx"));
    const QList<RawRow> rows = readAll(*source);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].cells == cells({u"Date"}));
    CHECK(rows[1].cells == cells({u"1904-01-01"}));
    CHECK(rows[2].cells == cells({u"2024-05-01"}));
    CHECK(rows[3].cells == cells({u"1904-01-02T06:00:00"}));
}

TEST_CASE("xlsx damaged files give errors naming the file", "[importsheets]")
{
    auto corrupt = openSpreadsheet(fixture(QStringLiteral("corrupt.xlsx")), QStringLiteral("xlsx"), {});
    REQUIRE_FALSE(corrupt.ok());
    CHECK(corrupt.errorMessage().contains(QStringLiteral("corrupt.xlsx")));
    CHECK(corrupt.errorMessage().contains(QStringLiteral("zip")));

    auto notWorkbook = openSpreadsheet(fixture(QStringLiteral("not-a-workbook.xlsx")), QStringLiteral("xlsx"), {});
    REQUIRE_FALSE(notWorkbook.ok());
    CHECK(notWorkbook.errorMessage().contains(QStringLiteral("not-a-workbook.xlsx")));
    CHECK(notWorkbook.errorMessage().contains(QStringLiteral("xl/workbook.xml")));

    auto missing = openSpreadsheet(fixture(QStringLiteral("nowhere.xlsx")), QStringLiteral("xlsx"), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("nowhere.xlsx")));

    auto wrongFormat = openSpreadsheet(fixture(QStringLiteral("basic.xlsx")), QStringLiteral("csv"), {});
    REQUIRE_FALSE(wrongFormat.ok());
    CHECK(wrongFormat.errorMessage().contains(QStringLiteral("basic.xlsx")));
}

TEST_CASE("xlsx broken sheet XML stops with an error after the good rows", "[importsheets]")
{
    auto source = openOk(QStringLiteral("broken-sheet.xlsx"), QStringLiteral("xlsx"));
    auto first = source->next();
    REQUIRE(first.has_value());
    CHECK(first->cells == cells({u"ok"}));
    CHECK_FALSE(source->next().has_value());
    CHECK(source->errorString().contains(QStringLiteral("broken-sheet.xlsx")));
    CHECK(source->errorString().contains(QStringLiteral("“Broken”")));
    CHECK_FALSE(source->next().has_value());
}

TEST_CASE("ods reads values of every type with repeats and row numbers", "[importsheets]")
{
    auto source = openOk(QStringLiteral("basic.ods"), QStringLiteral("ods"));
    CHECK(source->format() == QStringLiteral("ods"));
    CHECK(source->sheets() == QStringList {QStringLiteral("Kunden"), QStringLiteral("Second")});
    CHECK(source->sheet() == QStringLiteral("Kunden"));
    const QList<RawRow> rows = readAll(*source);
    REQUIRE(rows.size() == 7);

    CHECK(rows[0].line == 1);
    CHECK(rows[0].cells == cells({u"Name", u"Email", u"Phone", u"Amount", u"Birthday", u"Member"}));
    CHECK(rows[1].line == 2);
    CHECK(rows[1].cells == cells({u"Jörg  Meier", u"j@example.de", u"15035550123", u"12.5", u"1984-05-14", u"true"}));
    CHECK(rows[2].line == 3);
    CHECK(rows[2].cells == cells({u"", u"", u"3", u"3", u"0.25", u"false"}));
    CHECK(rows[3].line == 4);
    CHECK(rows[3].cells
          == cells({u"Merged", u"", u"Line one\nLine two\tend", u"2024-05-01T10:30:00", u"10:30:00", u"2024-05-02"}));
    CHECK(rows[4].line == 5);
    CHECK(rows[4].cells == cells({u"Same", u"Row", u"", u"", u"", u""}));
    CHECK(rows[5].line == 6);
    CHECK(rows[5].cells == rows[4].cells);
    CHECK(rows[6].line == 10);
    CHECK(rows[6].cells == cells({u"after gap", u"", u"", u"", u"", u""}));

    CHECK_FALSE(source->next().has_value());
    CHECK(source->errorString().isEmpty());
    CHECK(source->progress() == 1.0);
}

TEST_CASE("ods reads a sheet chosen by name and refuses unknown ones", "[importsheets]")
{
    auto source = openOk(QStringLiteral("basic.ods"), QStringLiteral("ods"), QStringLiteral("Second"));
    const QList<RawRow> rows = readAll(*source);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].line == 1);
    CHECK(rows[0].cells == cells({u"x"}));

    auto unknown
        = openSpreadsheet(fixture(QStringLiteral("basic.ods")), QStringLiteral("ods"), QStringLiteral("Kontakte"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("“Kontakte”")));
    CHECK(unknown.errorMessage().contains(QStringLiteral("Kunden, Second")));
}

TEST_CASE("ods refuses files that are not spreadsheets", "[importsheets]")
{
    auto text = openSpreadsheet(fixture(QStringLiteral("text-document.ods")), QStringLiteral("ods"), {});
    REQUIRE_FALSE(text.ok());
    CHECK(text.errorMessage().contains(QStringLiteral("text-document.ods")));
    CHECK(text.errorMessage().contains(QStringLiteral("not a spreadsheet")));

    auto xlsx = openSpreadsheet(fixture(QStringLiteral("basic.xlsx")), QStringLiteral("ods"), {});
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.errorMessage().contains(QStringLiteral("basic.xlsx")));

    auto corrupt = openSpreadsheet(fixture(QStringLiteral("corrupt.xlsx")), QStringLiteral("ods"), {});
    REQUIRE_FALSE(corrupt.ok());
    CHECK(corrupt.errorMessage().contains(QStringLiteral("corrupt.xlsx")));
}

TEST_CASE("sheet numbers print without float noise", "[importsheets]")
{
    CHECK(SheetValues::formatNumber(QStringLiteral("12.499999999999998")) == QStringLiteral("12.5"));
    CHECK(SheetValues::formatNumber(QStringLiteral("0.30000000000000004")) == QStringLiteral("0.3"));
    CHECK(SheetValues::formatNumber(QStringLiteral("15035550123")) == QStringLiteral("15035550123"));
    CHECK(SheetValues::formatNumber(QStringLiteral("1.5035550123E10")) == QStringLiteral("15035550123"));
    CHECK(SheetValues::formatNumber(QStringLiteral("123456789012345678901"))
          == QStringLiteral("123456789012345678901"));
    CHECK(SheetValues::formatNumber(QStringLiteral("42.0")) == QStringLiteral("42"));
    CHECK(SheetValues::formatNumber(QStringLiteral("-0.5")) == QStringLiteral("-0.5"));
    CHECK(SheetValues::formatNumber(QStringLiteral("abc")) == QStringLiteral("abc"));
    CHECK(SheetValues::decodeEscapes(QStringLiteral("a_x000D_b_x005F_x0041_")) == QStringLiteral("a\rb_x0041_"));
    CHECK(SheetValues::decodeEscapes(QStringLiteral("plain_x12_")) == QStringLiteral("plain_x12_"));
}

TEST_CASE("sheet date serials follow Excel's calendars", "[importsheets]")
{
    CHECK(SheetValues::serialToIso(QStringLiteral("1"), false) == QStringLiteral("1900-01-01"));
    CHECK(SheetValues::serialToIso(QStringLiteral("59"), false) == QStringLiteral("1900-02-28"));
    CHECK(SheetValues::serialToIso(QStringLiteral("60"), false) == QStringLiteral("60"));
    CHECK(SheetValues::serialToIso(QStringLiteral("61"), false) == QStringLiteral("1900-03-01"));
    CHECK(SheetValues::serialToIso(QStringLiteral("45413"), false) == QStringLiteral("2024-05-01"));
    CHECK(SheetValues::serialToIso(QStringLiteral("45413.999999999"), false) == QStringLiteral("2024-05-02"));
    CHECK(SheetValues::serialToIso(QStringLiteral("0.5"), false) == QStringLiteral("12:00:00"));
    CHECK(SheetValues::serialToIso(QStringLiteral("0"), true) == QStringLiteral("1904-01-01"));
    CHECK(SheetValues::serialToIso(QStringLiteral("-3"), false) == QStringLiteral("-3"));
}

TEST_CASE("sheet number formats are told apart from date formats", "[importsheets]")
{
    CHECK(SheetValues::isDateFormatCode(QStringLiteral("dd/mm/yyyy")));
    CHECK(SheetValues::isDateFormatCode(QStringLiteral("[$-409]mmmm d, yyyy;@")));
    CHECK(SheetValues::isDateFormatCode(QStringLiteral("yyyy-mm-dd hh:mm")));
    CHECK_FALSE(SheetValues::isDateFormatCode(QStringLiteral("[h]:mm:ss")));
    CHECK_FALSE(SheetValues::isDateFormatCode(QStringLiteral("0.00")));
    CHECK_FALSE(SheetValues::isDateFormatCode(QStringLiteral("General")));
    CHECK_FALSE(SheetValues::isDateFormatCode(QStringLiteral("#,##0.00 \"days\"")));
    CHECK_FALSE(SheetValues::isDateFormatCode(QStringLiteral("[Red]#,##0;[Blue]-#,##0")));
    CHECK(SheetValues::isBuiltInDateFormat(14));
    CHECK(SheetValues::isBuiltInDateFormat(22));
    CHECK(SheetValues::isBuiltInDateFormat(47));
    CHECK_FALSE(SheetValues::isBuiltInDateFormat(2));
    CHECK(SheetValues::columnOfReference(QStringLiteral("A1")) == 0);
    CHECK(SheetValues::columnOfReference(QStringLiteral("AB12")) == 27);
    CHECK(SheetValues::rowOfReference(QStringLiteral("AB12")) == 12);
}
