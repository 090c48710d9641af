#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

/// Cell value conversions shared by the xlsx and ods readers: numbers printed the way a person
/// typed them, Excel date serials as ISO text, A1-style column letters.
namespace SheetValues {

/// Resolves the _xHHHH_ escapes Excel writes into strings for characters XML cannot hold or
/// that it wants kept literally ("_x000D_" for a carriage return, "_x005F_" for "_").
QString decodeEscapes(const QString &text);

/// "12.5" for 12.4999999999999998, "15035550123" for 1.5035550123E10, integers without ".0".
/// Text that is not a number is returned trimmed and unchanged.
QString formatNumber(const QString &raw);

/// An Excel date serial as ISO text: "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss" when it has a time of
/// day, "HH:mm:ss" for a time without a date (serial below 1). The 1900 system copies Lotus
/// 1-2-3's bug of a 29 February 1900: serial 60 is that non-existent day and is returned as
/// the plain number, 61 is 1900-03-01. `date1904`: the workbook counts from 1904-01-01.
/// Text that is not a usable serial is returned like formatNumber() does.
QString serialToIso(const QString &raw, bool date1904);

/// True for a number format code that shows a date or time ("dd/mm/yyyy", "m/d/yy h:mm",
/// "[$-409]mmmm d, yyyy"); false for plain numbers and for elapsed durations ("[h]:mm").
bool isDateFormatCode(const QString &code);
/// True for Excel's built-in date and time formats (ids 14-22 and 45-47).
bool isBuiltInDateFormat(int numFmtId);

/// The digit layout of a number format that writes whole numbers into a fixed shape: "00000"
/// (postal codes), "00000-0000", "000-00-0000", "(###) ###-####". Placeholders come back as '0'
/// (a digit always shown, zero when missing) and '#' (shown only when the number has it); every
/// other character is literal text. Empty for formats that are not such a layout: General,
/// decimals, thousands separators, percentages, exponents, conditions, dates, text ("@"), and a
/// lone "0", which shows a number as it is.
QString digitLayout(const QString &code);
/// `raw` as a cell with the digit layout shows it ("7030" in "00000" is "07030", 70301234 in
/// "00000-0000" is "07030-1234"); a number that is not whole, or an empty layout, is returned as
/// formatNumber() returns it. Digits beyond the layout's placeholders go in front, as in Excel.
QString applyDigitLayout(const QString &raw, const QString &layout);
/// The text an ods cell shows for a whole number when it is that number laid out with leading
/// zeros or separators ("07030", "07030-1234", "(503) 555-0123"), otherwise empty: the readers
/// keep what the person saw instead of the bare number only when no digit differs.
QString shownDigits(const QString &shown, const QString &number);

/// What the xlsx reader needs to know of a cell style's number format.
struct NumberFormat
{
    bool date = false; ///< serials are dates or times (isDateFormatCode)
    QString digitLayout; ///< whole numbers are written into it (digitLayout)
};

/// Zero-based column of an A1 reference ("C5" -> 2), -1 when there are no letters.
int columnOfReference(const QString &reference);
/// The row number of an A1 reference ("C5" -> 5), 0 when there is none.
qint64 rowOfReference(const QString &reference);

/// An ISO date-time as stored by ods/strict xlsx ("2024-05-01T00:00:00.000") shortened to what
/// it holds: "2024-05-01" at midnight, "2024-05-01T10:30:00" otherwise.
QString isoDateTime(const QString &raw);
/// An ISO 8601 duration as ods stores times ("PT10H30M00S") as "10:30:00".
QString isoDuration(const QString &raw);

/// Drops trailing empty cells, then pads to `width` so that a row is never narrower than the
/// widest row before it (a header row), and widens `width` when the row is wider.
void normalizeWidth(QStringList &cells, qsizetype &width);
/// True when every cell is empty or whitespace.
bool isBlank(const QStringList &cells);

/// Most columns a sheet can have (Excel's XFD); cells beyond it are ignored.
constexpr int MaxColumns = 16384;

} // namespace SheetValues

} // namespace clientele
