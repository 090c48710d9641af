#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace clientele {

class Clock;

/// Appends rows to the audit log: who changed which record, when, and what changed.
/// Call it inside the same transaction as the change it describes.
class AuditLog final
{
public:
    AuditLog(QSqlDatabase db, const Clock &clock);

    Status record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &changes = {}) const;

    /// The name recorded as "who": the operating-system user unless set (tests, server use).
    static QString actor();
    static void setActor(const QString &actor);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
