#pragma once

#include "common/result.h"
#include "contacts/contact.h"
#include "customfields/customfieldrepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace clientele {

class Clock;

/// Inserts new contacts for an import with statements prepared once and a tag cache, instead of
/// ContactRepository::create's per-call preparing, savepoint and audit snapshot: a million-row
/// import spends its time in SQLite, not in re-parsing SQL. The contact must already be
/// normalized and validated (ContactRepository::normalize/validate); it is stamped with the
/// batch, and each creation gets its audit row ("create", naming the batch) from a prepared
/// statement. The contact list's sort keys are written with the row (the list-key triggers are
/// suspended during an import, see BulkIndexing), except those that depend on orders and
/// follow-ups, which a new contact does not have yet.
class ContactInserter final
{
public:
    ContactInserter(QSqlDatabase db, const Clock &clock, qint64 batchId);

    Status prepare();
    Result<qint64> insert(const Contact &contact);
    /// Checks the contact's custom values against their fields' types, as
    /// ContactRepository::validate does, from fields read once per import. A field the book
    /// does not have yet is created as text by insert() and takes any value.
    Status validateCustomValues(const Contact &contact);

private:
    struct Tag
    {
        qint64 id = 0;
        QString name; ///< as stored (the first spelling the book met)
    };
    Result<Tag> tag(const QString &name);
    Result<qint64> customFieldId(const QString &name);
    static QString primaryValue(const QList<ContactMethod> &methods);

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_batchId;
    QString m_now;
    QSqlQuery m_contact;
    QSqlQuery m_method;
    QSqlQuery m_tag;
    QSqlQuery m_tagLookup;
    QSqlQuery m_contactTag;
    QSqlQuery m_customValue;
    QSqlQuery m_audit;
    CustomFieldRepository m_fields;
    QString m_actor;
    QString m_auditChanges;
    QHash<QString, Tag> m_tags; ///< lower-case name -> tag
    QHash<QString, qint64> m_fieldIds; ///< custom field name -> id
    QHash<QString, std::optional<CustomField>> m_fieldsByName; ///< nullopt: not in the book
};

} // namespace clientele
