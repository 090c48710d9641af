#include "contactmerger.h"

#include "contactmergerrows.h"
#include "contactrepository.h"
#include "contactrows.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace clientele {

using namespace MergeRows;

namespace {

const QString Entity = QStringLiteral("contact");

/// lupdate files these strings under "ContactMerger", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerger)
};

QJsonObject summaryJson(const MergeSummary &s)
{
    return {{QStringLiteral("orders"), s.orders},       {QStringLiteral("activities"), s.activities},
            {QStringLiteral("followups"), s.followUps}, {QStringLiteral("deals"), s.deals},
            {QStringLiteral("methods"), s.methods},     {QStringLiteral("tags"), s.tags},
            {QStringLiteral("custom"), s.customValues}, {QStringLiteral("members"), s.members}};
}

} // namespace

ContactMerger::ContactMerger(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Status ContactMerger::check(qint64 keepId, qint64 otherId) const
{
    if (keepId == otherId)
        return Error {Text::tr("A contact cannot be merged with itself: choose two different contacts."),
                      QStringLiteral("id"), Error::Kind::Validation};
    const ContactRepository repository(m_db, m_clock);
    const auto keep = repository.get(keepId);
    if (!keep)
        return keep.error();
    const auto other = repository.get(otherId);
    if (!other)
        return other.error();
    for (const Contact *contact : {&*keep, &*other}) {
        if (contact->isInTrash())
            return Error {Text::tr("“%1” is in the trash: restore it before merging.").arg(contact->displayName),
                          QStringLiteral("id"), Error::Kind::Validation};
    }
    if (keep->kind != other->kind)
        return Error {Text::tr("“%1” is a person and “%2” a company: only two people or two companies can be merged.")
                          .arg(keep->kind == Contact::Kind::Person ? keep->displayName : other->displayName,
                               keep->kind == Contact::Kind::Person ? other->displayName : keep->displayName),
                      QStringLiteral("id"), Error::Kind::Validation};
    return {};
}

Result<MergeSummary> ContactMerger::preview(qint64 keepId, qint64 otherId, const MergeChoices &choices) const
{
    if (auto s = check(keepId, otherId); !s)
        return s.error();
    MergeSummary summary;
    QMap<QString, int *> counts {{QStringLiteral("orders"), &summary.orders},
                                 {QStringLiteral("activities"), &summary.activities},
                                 {QStringLiteral("followups"), &summary.followUps},
                                 {QStringLiteral("deals"), &summary.deals},
                                 {QStringLiteral("members"), &summary.members}};
    for (const OwnedTable &owned : ownedTables()) {
        if (!counts.contains(owned.key))
            continue;
        const auto ids
            = readIds(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :id").arg(owned.table, owned.column), otherId);
        if (!ids)
            return ids.error();
        *counts.value(owned.key) = int(ids->size());
    }
    const auto keepMethods = readMethodRows(m_db, keepId);
    const auto otherMethods = readMethodRows(m_db, otherId);
    if (!keepMethods || !otherMethods)
        return !keepMethods ? keepMethods.error() : otherMethods.error();
    const MethodPlan plan = planMethods(*keepMethods, *otherMethods);
    summary.methods = int(plan.moves.size());
    summary.methodsCollapsed = int(plan.collapsed.size());
    const QString tagsSql = QStringLiteral("SELECT tag_id FROM contact_tags WHERE contact_id = :id");
    const auto keepTags = readIds(m_db, tagsSql, keepId);
    const auto otherTags = readIds(m_db, tagsSql, otherId);
    if (!keepTags || !otherTags)
        return !keepTags ? keepTags.error() : otherTags.error();
    for (const qint64 tagId : *otherTags)
        summary.tags += !keepTags->contains(tagId);
    const ContactRepository repository(m_db, m_clock);
    const auto keep = repository.get(keepId);
    const auto other = repository.get(otherId);
    if (keep && other) {
        for (auto it = other->custom.cbegin(); it != other->custom.cend(); ++it)
            summary.customValues += choices.resolveCustom(it.key(), *keep, *other) == MergeChoices::Side::Other;
    }
    return summary;
}

Result<MergeReceipt> ContactMerger::merge(qint64 keepId, qint64 otherId, const MergeChoices &choices)
{
    if (auto s = check(keepId, otherId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const ContactRepository repository(m_db, m_clock);
    const Contact keep = repository.get(keepId).value();
    const Contact other = repository.get(otherId).value();

    MergeReceipt receipt;
    receipt.keepId = keepId;
    receipt.otherId = otherId;
    const auto keepRow = readRow(m_db, keepId);
    const auto otherRow = readRow(m_db, otherId);
    const auto keepMethods = readMethodRows(m_db, keepId);
    const auto otherMethods = readMethodRows(m_db, otherId);
    const auto keepTags
        = readIds(m_db, QStringLiteral("SELECT tag_id FROM contact_tags WHERE contact_id = :id"), keepId);
    const auto otherTags
        = readIds(m_db, QStringLiteral("SELECT tag_id FROM contact_tags WHERE contact_id = :id"), otherId);
    const auto keepCustom = readCustom(m_db, keepId);
    const auto otherCustom = readCustom(m_db, otherId);
    if (!keepRow || !otherRow || !keepMethods || !otherMethods || !keepTags || !otherTags || !keepCustom
        || !otherCustom)
        return Error {Text::tr("The contacts could not be read for merging.")};
    receipt.keepRow = *keepRow;
    receipt.otherRow = *otherRow;
    receipt.methodRows = *keepMethods + *otherMethods;
    receipt.keepTagIds = *keepTags;
    receipt.otherTagIds = *otherTags;
    receipt.keepCustom = *keepCustom;
    receipt.otherCustom = *otherCustom;
    MergeSummary &summary = receipt.summary;
    const QString now = toStoredTime(m_clock.nowUtc());

    // The survivor's own fields.
    const Contact merged = choices.apply(keep, other);
    QSqlQuery query(m_db);
    query.prepare(ContactRows::UpdateContact);
    ContactRows::bindContactColumns(query, merged);
    query.bindValue(QStringLiteral(":updated_at"), now);
    query.bindValue(QStringLiteral(":id"), keepId);
    if (auto s = exec(query); !s)
        return s.error();

    // Custom values: the chosen ones go to the survivor, the rest stay in the receipt.
    const auto fieldIds = customFieldIds(m_db);
    if (!fieldIds)
        return fieldIds.error();
    QList<QPair<qint64, QString>> customValues;
    for (auto it = merged.custom.cbegin(); it != merged.custom.cend(); ++it) {
        customValues.append({fieldIds->value(it.key()), it.value()});
        if (choices.resolveCustom(it.key(), keep, other) == MergeChoices::Side::Other)
            ++summary.customValues;
    }
    if (auto s
        = deleteChildren(m_db,
                         QStringLiteral("DELETE FROM custom_field_values WHERE entity_id IN (:keep, :other) "
                                        "AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"),
                         keepId, otherId);
        !s)
        return s.error();
    if (auto s = insertCustom(m_db, keepId, customValues); !s)
        return s.error();

    // Tags: the union. Rows are inserted and deleted rather than updated, which the search
    // index and list triggers follow.
    const QSet<qint64> keptTags(keepTags->cbegin(), keepTags->cend());
    QList<qint64> newTags;
    for (const qint64 tagId : *otherTags) {
        if (!keptTags.contains(tagId))
            newTags.append(tagId);
    }
    summary.tags = int(newTags.size());
    if (auto s = insertTags(m_db, keepId, newTags); !s)
        return s.error();
    query.prepare(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = :other"));
    query.bindValue(QStringLiteral(":other"), otherId);
    if (auto s = exec(query); !s)
        return s.error();

    // Emails, phones and websites.
    const MethodPlan plan = planMethods(*keepMethods, *otherMethods);
    summary.methods = int(plan.moves.size());
    summary.methodsCollapsed = int(plan.collapsed.size());
    query.prepare(QStringLiteral("UPDATE contact_methods SET contact_id = :keep, position = :position, "
                                 "is_primary = :primary WHERE id = :id"));
    for (const MethodPlan::Move &move : plan.moves) {
        query.bindValue(QStringLiteral(":keep"), keepId);
        query.bindValue(QStringLiteral(":position"), move.position);
        query.bindValue(QStringLiteral(":primary"), move.primary ? 1 : 0);
        query.bindValue(QStringLiteral(":id"), move.id);
        if (auto s = exec(query); !s)
            return s.error();
    }
    query.prepare(QStringLiteral("DELETE FROM contact_methods WHERE id = :id"));
    for (const qint64 id : plan.collapsed) {
        query.bindValue(QStringLiteral(":id"), id);
        if (auto s = exec(query); !s)
            return s.error();
    }

    // Orders, activities, follow-ups, deals, a company's people and records merged earlier.
    for (const OwnedTable &owned : ownedTables()) {
        const auto ids
            = readIds(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :id").arg(owned.table, owned.column), otherId);
        if (!ids)
            return ids.error();
        receipt.moved.insert(owned.key, *ids);
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = :keep WHERE %2 = :other").arg(owned.table, owned.column));
        query.bindValue(QStringLiteral(":keep"), keepId);
        query.bindValue(QStringLiteral(":other"), otherId);
        if (auto s = exec(query); !s)
            return s.error();
    }
    summary.orders = int(receipt.moved.value(QStringLiteral("orders")).size());
    summary.activities = int(receipt.moved.value(QStringLiteral("activities")).size());
    summary.followUps = int(receipt.moved.value(QStringLiteral("followups")).size());
    summary.deals = int(receipt.moved.value(QStringLiteral("deals")).size());
    summary.members = int(receipt.moved.value(QStringLiteral("members")).size());

    // The other record goes to the trash, pointing at the survivor.
    query.prepare(QStringLiteral("UPDATE contacts SET deleted_at = :now, updated_at = :now2, merged_into = :keep "
                                 "WHERE id = :other"));
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":now2"), now);
    query.bindValue(QStringLiteral(":keep"), keepId);
    query.bindValue(QStringLiteral(":other"), otherId);
    if (auto s = exec(query); !s)
        return s.error();

    const auto after = repository.get(keepId);
    if (!after)
        return after.error();
    const AuditLog audit(m_db, m_clock);
    const QJsonObject changes = ContactRows::diff(ContactRows::snapshot(keep), ContactRows::snapshot(*after));
    if (auto s = audit.record(Entity, keepId, QStringLiteral("merge"),
                              {{QStringLiteral("merged"), otherId},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("moved"), summaryJson(summary)}});
        !s)
        return s.error();
    if (auto s = audit.record(Entity, otherId, QStringLiteral("merged-into"), {{QStringLiteral("into"), keepId}}); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return receipt;
}

Status ContactMerger::unmerge(const MergeReceipt &receipt)
{
    const qint64 keepId = receipt.keepId;
    const qint64 otherId = receipt.otherId;
    const auto otherNow = readRow(m_db, otherId);
    const auto keepNow = readRow(m_db, keepId);
    if (!otherNow || !keepNow)
        return Error {Text::tr("The merge can no longer be undone: one of the two contacts was deleted for good."),
                      QStringLiteral("id"), Error::Kind::Conflict};
    if (mergedInto(*otherNow) != keepId)
        return Error {Text::tr("The merge can no longer be undone: the merged contact was restored or changed since."),
                      QStringLiteral("id"), Error::Kind::Conflict};

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    for (const OwnedTable &owned : ownedTables()) {
        query.prepare(
            QStringLiteral("UPDATE %1 SET %2 = :other WHERE id = :id AND %2 = :keep").arg(owned.table, owned.column));
        for (const qint64 id : receipt.moved.value(owned.key)) {
            query.bindValue(QStringLiteral(":other"), otherId);
            query.bindValue(QStringLiteral(":id"), id);
            query.bindValue(QStringLiteral(":keep"), keepId);
            if (auto s = exec(query); !s)
                return s;
        }
    }
    if (auto s = deleteChildren(m_db, QStringLiteral("DELETE FROM contact_methods WHERE contact_id IN (:keep, :other)"),
                                keepId, otherId);
        !s)
        return s;
    if (auto s = insertMethodRows(m_db, receipt.methodRows); !s)
        return s;
    if (auto s = deleteChildren(m_db, QStringLiteral("DELETE FROM contact_tags WHERE contact_id IN (:keep, :other)"),
                                keepId, otherId);
        !s)
        return s;
    if (auto s = insertTags(m_db, keepId, receipt.keepTagIds); !s)
        return s;
    if (auto s = insertTags(m_db, otherId, receipt.otherTagIds); !s)
        return s;
    if (auto s
        = deleteChildren(m_db,
                         QStringLiteral("DELETE FROM custom_field_values WHERE entity_id IN (:keep, :other) "
                                        "AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'contact')"),
                         keepId, otherId);
        !s)
        return s;
    if (auto s = insertCustom(m_db, keepId, receipt.keepCustom); !s)
        return s;
    if (auto s = insertCustom(m_db, otherId, receipt.otherCustom); !s)
        return s;
    if (auto s = writeRow(m_db, keepId, receipt.keepRow); !s)
        return s;
    if (auto s = writeRow(m_db, otherId, receipt.otherRow); !s)
        return s;

    const AuditLog audit(m_db, m_clock);
    if (auto s = audit.record(Entity, keepId, QStringLiteral("unmerge"), {{QStringLiteral("restored"), otherId}}); !s)
        return s;
    if (auto s = audit.record(Entity, otherId, QStringLiteral("unmerged"), {{QStringLiteral("from"), keepId}}); !s)
        return s;
    return tx.commit();
}

} // namespace clientele
