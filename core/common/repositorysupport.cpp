#include "repositorysupport.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele::repository {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(toStoredTime(time)) : QVariant(QMetaType::fromType<QString>());
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(toStoredDate(date)) : QVariant(QMetaType::fromType<QString>());
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

QString normalizeCurrency(QSqlDatabase db, const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    return code.isEmpty() ? BusinessSettings(db).currency() : code;
}

Status checkCurrency(const QString &currency)
{
    if (isCurrencyCode(currency))
        return {};
    return Error {
        QCoreApplication::translate("Repository", "The currency \"%1\" is not a three-letter code such as EUR or USD.")
            .arg(currency),
        QStringLiteral("currency"), Error::Kind::Validation};
}

Error databaseError(const QString &message, const QSqlQuery &query)
{
    return Error {message + QStringLiteral(": ") + query.lastError().text()};
}

std::optional<qint64> mulDivRound(qint64 a, qint64 b, qint64 divisor)
{
    qint64 product = 0;
    if (divisor <= 0 || qMulOverflow(a, b, &product))
        return std::nullopt;
    qint64 quotient = product / divisor;
    const qint64 remainder = product % divisor;
    // |remainder| < divisor, so doubling it cannot overflow for the small divisors used here.
    const qint64 twiceRemainder = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twiceRemainder >= divisor)
        quotient += product < 0 ? -1 : 1;
    return quotient;
}

RowState rowState(QSqlDatabase db, const QString &table, qint64 id)
{
    if (id <= 0)
        return RowState::Missing;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT deleted_at FROM %1 WHERE id = :id").arg(table));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return RowState::Failed;
    if (!query.next())
        return RowState::Missing;
    return query.value(0).isNull() ? RowState::Live : RowState::Trashed;
}

Status checkContact(QSqlDatabase db, qint64 contactId, bool allowTrashed)
{
    if (contactId == 0)
        return {};
    const QString field = QStringLiteral("contactId");
    switch (rowState(db, QStringLiteral("contacts"), contactId)) {
    case RowState::Live:
        return {};
    case RowState::Trashed:
        if (allowTrashed)
            return {};
        return Error {
            QCoreApplication::translate("Repository", "The chosen customer is in the trash. Restore them first."),
            field, Error::Kind::Validation};
    case RowState::Missing:
        return Error {QCoreApplication::translate("Repository", "The chosen customer does not exist (any more)."),
                      field, Error::Kind::Validation};
    case RowState::Failed:
        break;
    }
    return Error {QCoreApplication::translate("Repository", "Could not look up the customer."), field};
}

Status checkReference(QSqlDatabase db, const QString &table, qint64 id, const QString &field,
                      const QString &missingMessage)
{
    if (id == 0)
        return {};
    switch (rowState(db, table, id)) {
    case RowState::Live:
    case RowState::Trashed:
        return {};
    case RowState::Missing:
        return Error {missingMessage, field, Error::Kind::Validation};
    case RowState::Failed:
        break;
    }
    return Error {missingMessage, field};
}

QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QJsonArray {old, it.value()});
    }
    return changes;
}

Status writeTrashed(QSqlDatabase db, const Clock &clock, const QString &table, const QString &entity, qint64 id,
                    bool trashed)
{
    const QString now = toStoredTime(clock.nowUtc());
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE %1 SET deleted_at = :deleted_at, updated_at = :now WHERE id = :id").arg(table));
    query.bindValue(QStringLiteral(":deleted_at"), trashed ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return databaseError(trashed
                                 ? QCoreApplication::translate("Repository", "Could not move the record to the trash")
                                 : QCoreApplication::translate("Repository", "Could not restore the record"),
                             query);
    const QString action = trashed ? QStringLiteral("trash") : QStringLiteral("restore");
    return AuditLog(db, clock).record(entity, id, action);
}

Status setTrashed(QSqlDatabase db, const Clock &clock, const QString &table, const QString &entity, qint64 id,
                  bool trashed, const QString &notFoundMessage)
{
    const RowState state = rowState(db, table, id);
    if (state == RowState::Missing)
        return Error {notFoundMessage, {}, Error::Kind::NotFound};
    if (state == RowState::Failed)
        return Error {notFoundMessage};
    if ((state == RowState::Trashed) == trashed)
        return {};

    Transaction tx(db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    if (auto s = writeTrashed(db, clock, table, entity, id, trashed); !s)
        return s;
    return tx.commit();
}

} // namespace clientele::repository
