#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace clientele {

class Clock;

/// Small helpers the domain repositories (products, orders, follow-ups, pipeline, activities)
/// share, so that null handling, currency rules and trash behave the same everywhere.
namespace repository {

/// 0 / invalid values are stored as SQL NULL.
QVariant idOrNull(qint64 id);
QVariant timeOrNull(const QDateTime &time);
QVariant dateOrNull(const QDate &date);

/// An ISO 4217-shaped code: exactly three letters A-Z.
bool isCurrencyCode(const QString &code);
/// Trimmed and upper-cased; empty becomes the business currency from the settings.
QString normalizeCurrency(QSqlDatabase db, const QString &currency);
/// Validation error (field "currency") unless `currency` is a currency code.
Status checkCurrency(const QString &currency);

/// A General error: `message` followed by the query's database error.
Error databaseError(const QString &message, const QSqlQuery &query);

/// a * b / divisor rounded half away from zero; nullopt when it does not fit in 64 bits.
std::optional<qint64> mulDivRound(qint64 a, qint64 b, qint64 divisor);

/// Whether a row exists, and whether it is in the trash. `table` is a constant from the code.
enum class RowState { Missing, Live, Trashed, Failed };
RowState rowState(QSqlDatabase db, const QString &table, qint64 id);

/// Checks that the contact `contactId` (0: none) exists and is not in the trash, unless
/// `allowTrashed` (an order keeps its customer while that customer is in the trash).
Status checkContact(QSqlDatabase db, qint64 contactId, bool allowTrashed);
/// The same for a row of another table (orders, deals) referenced by `field`.
Status checkReference(QSqlDatabase db, const QString &table, qint64 id, const QString &field,
                      const QString &missingMessage);

/// {"field": [old, new]} for every key whose value differs, for update audit rows.
QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after);

/// Sets or clears deleted_at of `table` row `id` and records an audit row ("trash" or
/// "restore"), in one transaction. NotFound with `notFoundMessage` when the row does not exist;
/// a no-op success when it already is in the requested state.
/// The write part of setTrashed(), for callers that already hold a transaction.
Status writeTrashed(QSqlDatabase db, const Clock &clock, const QString &table, const QString &entity, qint64 id,
                    bool trashed);
Status setTrashed(QSqlDatabase db, const Clock &clock, const QString &table, const QString &entity, qint64 id,
                  bool trashed, const QString &notFoundMessage);

} // namespace repository
} // namespace clientele
