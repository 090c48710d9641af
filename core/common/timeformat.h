#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace clientele {

/// Times are stored as UTC ISO-8601 text with milliseconds ("2026-11-24T09:30:00.000Z"): it sorts
/// as text, reads in any SQL shell, and maps to PostgreSQL's timestamptz without loss.
QString toStoredTime(const QDateTime &time);
QDateTime fromStoredTime(const QString &text);

/// Dates are stored as ISO dates ("2026-11-24"), with no time zone: a pickup date is a day.
QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text);

/// The calendar of a business's zone. A local day runs from its start to the next day's start,
/// so a day of 23 or 25 hours (a daylight-saving change) is still one day; when a zone skips
/// midnight the day starts at its first existing moment. Queries bind these UTC instants as
/// half-open ranges (`at >= :start AND at < :end`), which keeps the SQL free of any database's
/// own time zone functions.
QDateTime startOfLocalDay(const QDate &day, const QTimeZone &zone);
/// Weeks start on Monday (ISO 8601), whatever the locale says: "this week" then means the same
/// days in the window, the CLI and the reports, and for every user of a shared book.
QDate firstDayOfWeek(const QDate &day);
QDate firstDayOfMonth(const QDate &day);

/// The locale's short date format with a four-digit year ("M/d/yyyy", "dd.MM.yyyy"): a year
/// written "26" on an invoice or in a list is ambiguous.
QString shortDateFormat(const QLocale &locale);
/// The locale's short time format without seconds ("h:mm AP", "HH:mm"; the C locale's has them).
QString shortTimeFormat(const QLocale &locale);

} // namespace clientele
