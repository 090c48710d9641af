#include "auditlog.h"

#include "common/clock.h"
#include "common/timeformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {
QString &actorOverride()
{
    static QString value;
    return value;
}
} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

QString AuditLog::actor()
{
    if (!actorOverride().isEmpty())
        return actorOverride();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void AuditLog::setActor(const QString &actor)
{
    actorOverride() = actor;
}

Status AuditLog::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &changes) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, changes) "
                                 "VALUES (:at, :actor, :entity, :entity_id, :action, :changes)"));
    query.bindValue(QStringLiteral(":at"), toStoredTime(m_clock.nowUtc()));
    query.bindValue(QStringLiteral(":actor"), actor());
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":entity_id"), entityId);
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":changes"),
                    QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error {
            QCoreApplication::translate("AuditLog", "Could not write the audit log: %1").arg(query.lastError().text())};
    return {};
}

} // namespace clientele
