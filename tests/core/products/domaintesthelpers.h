#pragma once

// Helpers for the domain repository tests (products, orders, follow-ups, pipeline, activities).
// Contacts are inserted with plain SQL so these tests do not depend on ContactRepository.

#include "tempdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <stdexcept>

inline qint64 insertTestContact(TempDatabase &temp, const QString &name)
{
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("INSERT INTO contacts (display_name, created_at, updated_at) "
                                 "VALUES (:name, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query.lastInsertId().toLongLong();
}

inline void trashTestContact(TempDatabase &temp, qint64 id)
{
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("UPDATE contacts SET deleted_at = '2026-02-01T00:00:00.000Z' WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

/// Number of audit rows for an entity, optionally for one id and action.
inline int auditCount(TempDatabase &temp, const QString &entity, qint64 id = 0, const QString &action = {})
{
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = :entity "
                                 "AND (:id = 0 OR entity_id = :id) AND (:action = '' OR action = :action)"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":action"), action);
    if (!query.exec() || !query.next())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query.value(0).toInt();
}

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

/// A wall-clock time in the zone the test runs in (the fixtures' business zone), as a UTC instant.
inline QDateTime local(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
}

/// Requires success, showing the error message when it fails.
#define REQUIRE_OK(expression)                                                                                         \
    do {                                                                                                               \
        const auto &requireOkResult = (expression);                                                                    \
        INFO(requireOkResult.errorMessage().toStdString());                                                            \
        REQUIRE(requireOkResult.ok());                                                                                 \
    } while (false)
