#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace clientele {

/// Times are stored as UTC ISO-8601 text with milliseconds ("2026-11-24T09:30:00.000Z"): it sorts
/// as text, reads in any SQL shell, and maps to PostgreSQL's timestamptz without loss.
QString toStoredTime(const QDateTime &time);
QDateTime fromStoredTime(const QString &text);

/// Dates are stored as ISO dates ("2026-11-24"), with no time zone: a pickup date is a day.
QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text);

} // namespace clientele
