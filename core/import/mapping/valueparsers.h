#pragma once

#include "import/importoptions.h"

#include "contacts/contact.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace clientele {

/// Reads the values of spreadsheet cells as people and exports write them: dates in every common
/// order, decimals with either separator, money to exact minor units, yes/no answers, tags,
/// full names, Google's " ::: " multi-values and Shopify's leading apostrophes.
///
/// None of these functions ever evaluates a cell: text starting with = + - or @ (a spreadsheet
/// formula) is plain text to Clientele and the mappers store it verbatim.
namespace ValueParsers {

/// A date as read from a cell. Outlook writes "0/0/00" (and "1/0/00") for "no date": Empty.
struct ParsedDate
{
    enum class Kind { Empty, Date, Yearless, Invalid };
    Kind kind = Kind::Empty;
    int year = 0; ///< 0 for Yearless
    int month = 0;
    int day = 0;

    bool isDate() const { return kind == Kind::Date; }
    QDate date() const { return isDate() ? QDate(year, month, day) : QDate(); }
    /// A birthday for Date and Yearless, null otherwise.
    Birthday birthday() const;
};

/// Parses ISO (2024-05-14), dd.mm.yyyy, dd/mm/yyyy or mm/dd/yyyy (as `order` says; Auto reads
/// day first), yyyy/mm/dd, two-digit years (00-29 are 20xx, 30-99 are 19xx, as Excel does),
/// Excel serial numbers (45000 is 2023-03-15), Outlook's 0/0/00, Square's yearless "05-14" and
/// "0000-05-14", vCard's "--0514", and month names in English, German, French and Spanish
/// ("14 May 1984", "May 14, 1984", "14. Mai 1984", "14 mai 1984"). A trailing time is ignored.
ParsedDate parseDate(const QString &text, DateOrder order = DateOrder::Auto);

/// A date with an optional time ("2024-03-05 14:22:10 -0500", "2024-03-05T14:22:10Z",
/// "03/05/2024 2:22 PM"), returned in UTC. A time without an offset is a time in `zone` (the
/// business's); a date without a time is taken at 12:00 UTC so that it stays the same day in every
/// time zone. Invalid for empty or unreadable text.
QDateTime parseDateTime(const QString &text, const QTimeZone &zone, DateOrder order = DateOrder::Auto);

/// The date order the sample values prove: a first part above 12 means day first, a second part
/// above 12 means month first. When they prove nothing: `fallback`, and when that is Auto too,
/// the order of `locale`'s short date format.
DateOrder inferDateOrder(const QStringList &samples, DateOrder fallback, const QLocale &locale = QLocale());
/// DayMonthYear or MonthDayYear, as the locale writes short dates.
DateOrder localeDateOrder(const QLocale &locale);

/// A decimal number as exact digits: "1.234,56", "1,234.56", "1 234,56", "12,5", "€12,50",
/// "$1,234.00", "12.50 EUR", "(12.50)" and "-12.50" all read. A lone separator followed by
/// exactly three digits ("1,234", "1.234") is a thousands separator unless the whole part is 0.
struct Decimal
{
    bool negative = false;
    QString whole; ///< digits without leading zeros; "0" for zero
    QString fraction; ///< digits after the decimal separator, as written
    QString currency; ///< ISO code found in the text ("EUR" for "€"), empty when none
};
std::optional<Decimal> parseDecimal(const QString &text);
/// The decimal as plain digits with a point, as a number custom field holds it: "-1234.50".
QString decimalText(const Decimal &decimal);

/// An amount in integer minor units of `currency` (or of the currency written in the text, which
/// is stored in `foundCurrency`), computed on the digits, never through a double; digits past the
/// currency's precision round half away from zero. nullopt for empty or unreadable text and for
/// amounts too large for 64 bits.
std::optional<qint64> parseMoney(const QString &text, const QString &currency, QString *foundCurrency = nullptr);
/// A quantity in thousandths ("0.5" is 500, "2" is 2000), rounded half away from zero.
std::optional<qint64> parseQuantityMilli(const QString &text);

/// yes/no, true/false, 1/0, y/n, ja/nein, oui/non, sí/no, x, subscribed/unsubscribed,
/// opted_in/opted_out and similar; nullopt when the text says neither (or is empty).
std::optional<bool> parseBoolean(const QString &text);

/// Tags split on commas, semicolons and Google's " ::: ", trimmed, without Google's "* " primary
/// marker, empty ones dropped, duplicates (ignoring case) dropped keeping the first spelling.
QStringList splitTags(const QString &text);

/// A person's name in parts.
struct PersonName
{
    QString first;
    QString last;
};
/// Splits "Anna Müller", "Müller, Anna", "Ludwig van Beethoven" (last name "van Beethoven"),
/// "María de la Cruz", "Mary Ann Smith" (first name "Mary Ann") and single names (first only).
PersonName splitFullName(const QString &text);

/// What to call a contact known only by an e-mail address: its local part ("maria.lopez" for
/// maria.lopez@example.com).
QString nameFromEmail(const QString &email);
/// The display name from the parts ("Anna Müller"; either part may be empty).
QString joinName(const QString &first, const QString &last);

/// Google Contacts writes several values in one cell joined by " ::: " and marks the primary one
/// with a leading "* ": the values, trimmed, the starred one first and unstarred.
QStringList splitMultiValue(const QString &text);
/// The primary of a multi-value cell (the starred value, else the first), or the text trimmed.
QString firstValue(const QString &text);

/// Shopify exports phone numbers, zip codes and ids with a leading apostrophe so spreadsheets
/// keep them as text ("'+15035550123", "'02134"): the value without it, trimmed.
QString stripLeadingApostrophe(const QString &text);

/// The text without accents and other combining marks ("Société" becomes "Societe"), for comparing
/// words that people type with or without them.
QString foldAccents(const QString &text);

/// True when the text would be a formula in a spreadsheet (it starts with = + - or @). Such text
/// is never evaluated: it is kept exactly as written. Exports written back out must escape it.
bool looksLikeFormula(const QString &text);

} // namespace ValueParsers
} // namespace clientele
