#include "contacttagging.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace clientele {

namespace {

const QString Entity = QStringLiteral("contact");

Error sqlError(const QSqlQuery &query)
{
    return Error {
        QCoreApplication::translate("ContactTagging", "The tags could not be saved: %1").arg(query.lastError().text())};
}

std::optional<TagRow> findTag(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, color, created_at FROM tags WHERE name_key = :key"));
    query.bindValue(QStringLiteral(":key"), name.toLower());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return TagRow {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                   fromStoredTime(query.value(3).toString())};
}

Status insertTag(QSqlDatabase db, const TagRow &tag)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO tags (id, name, name_key, color, created_at) "
                                 "VALUES (:id, :name, :key, :color, :created_at) ON CONFLICT DO NOTHING"));
    query.bindValue(QStringLiteral(":id"), tag.id > 0 ? QVariant(tag.id) : QVariant());
    query.bindValue(QStringLiteral(":name"), tag.name);
    query.bindValue(QStringLiteral(":key"), tag.name.toLower());
    query.bindValue(QStringLiteral(":color"), sqlText(tag.color));
    query.bindValue(QStringLiteral(":created_at"), toStoredTime(tag.createdAt));
    return query.exec() ? Status() : Status(sqlError(query));
}

// Links or unlinks one contact; true when a row changed.
Result<bool> link(QSqlDatabase db, qint64 contactId, qint64 tagId, bool add)
{
    QSqlQuery query(db);
    query.prepare(add ? QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (:contact, :tag) "
                                       "ON CONFLICT DO NOTHING")
                      : QStringLiteral("DELETE FROM contact_tags WHERE contact_id = :contact AND tag_id = :tag"));
    query.bindValue(QStringLiteral(":contact"), contactId);
    query.bindValue(QStringLiteral(":tag"), tagId);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected() > 0;
}

Status recordAudit(const AuditLog &audit, qint64 contactId, const QString &tag, bool add)
{
    return audit.record(Entity, contactId, add ? QStringLiteral("tag") : QStringLiteral("untag"),
                        {{add ? QStringLiteral("tag added") : QStringLiteral("tag removed"), tag}});
}

} // namespace

ContactTagging::ContactTagging(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<TagChange> ContactTagging::add(const QList<qint64> &contactIds, const QString &name)
{
    const QString tagName = name.simplified();
    if (tagName.isEmpty())
        return Error {QCoreApplication::translate("ContactTagging", "A tag needs a name."), QStringLiteral("tag"),
                      Error::Kind::Validation};
    TagChange change;
    change.adding = true;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto tag = findTag(m_db, tagName);
    if (!tag) {
        if (auto s = insertTag(m_db, TagRow {0, tagName, {}, m_clock.nowUtc()}); !s)
            return s.error();
        tag = findTag(m_db, tagName);
        if (!tag)
            return Error {
                QCoreApplication::translate("ContactTagging", "The tag “%1” could not be created.").arg(tagName)};
        change.tagCreated = true;
    }
    change.tag = *tag;
    const AuditLog audit(m_db, m_clock);
    for (const qint64 id : contactIds) {
        const auto linked = link(m_db, id, tag->id, true);
        if (!linked)
            return linked.error();
        if (!*linked)
            continue;
        change.changed.append(id);
        if (auto s = recordAudit(audit, id, tag->name, true); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return change;
}

Result<TagChange> ContactTagging::remove(const QList<qint64> &contactIds, const QString &name)
{
    TagChange change;
    change.adding = false;
    const auto tag = findTag(m_db, name.simplified());
    if (!tag)
        return change;
    change.tag = *tag;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const AuditLog audit(m_db, m_clock);
    for (const qint64 id : contactIds) {
        const auto unlinked = link(m_db, id, tag->id, false);
        if (!unlinked)
            return unlinked.error();
        if (!*unlinked)
            continue;
        change.changed.append(id);
        if (auto s = recordAudit(audit, id, tag->name, false); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return change;
}

Status ContactTagging::apply(const TagChange &change, bool forward)
{
    const bool add = change.adding == forward;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (add && change.tagCreated) {
        if (auto s = insertTag(m_db, change.tag); !s)
            return s;
    }
    const auto tag = findTag(m_db, change.tag.name);
    if (!tag)
        return Error {
            QCoreApplication::translate("ContactTagging", "The tag “%1” no longer exists.").arg(change.tag.name),
            QStringLiteral("tag"), Error::Kind::NotFound};
    const AuditLog audit(m_db, m_clock);
    for (const qint64 id : change.changed) {
        const auto linked = link(m_db, id, tag->id, add);
        if (!linked)
            return linked.error();
        if (*linked) {
            if (auto s = recordAudit(audit, id, tag->name, add); !s)
                return s;
        }
    }
    if (!add && change.tagCreated) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM tags WHERE id = :id "
                                     "AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE tag_id = :id2)"));
        query.bindValue(QStringLiteral(":id"), tag->id);
        query.bindValue(QStringLiteral(":id2"), tag->id);
        if (!query.exec())
            return sqlError(query);
    }
    return tx.commit();
}

} // namespace clientele
