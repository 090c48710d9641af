#pragma once

#include "common/result.h"
#include "contacts/contact.h"
#include "customfields/customfieldrepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

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
    /// `newFieldTypes`: the type a custom field is created with when the book lacks it (a
    /// field not named there is created as text).
    ContactInserter(QSqlDatabase db, const Clock &clock, qint64 batchId,
                    QHash<QString, CustomField::Type> newFieldTypes = {});

    Status prepare();
    Result<qint64> insert(const Contact &contact);
    /// Creates the custom fields of the contact's values that the book lacks, then checks the
    /// values against their fields' types, as ContactRepository::validate does, from fields read
    /// once per import. Call it before the contact is inserted or merged, so that a merge finds
    /// its fields with their types.
    Status prepareCustomFields(const Contact &contact);

private:
    struct Tag
    {
        qint64 id = 0;
        QString name; ///< as stored (the first spelling the book met)
    };
    Result<Tag> tag(const QString &name);
    Result<qint64> customFieldId(const QString &name);
    static QString primaryValue(const QList<ContactMethod> &methods);
    /// The list's "last name" key (0002_contact_list.sql) for a contact with this sort key.
    static QString lastNameKey(const Contact &contact, const QString &sortKey);
    /// The sort key of the contact's company, which the list's company order uses.
    Result<QString> companyKey(qint64 companyId);

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
    QSqlQuery m_companyKey;
    CustomFieldRepository m_fields;
    QString m_actor;
    QString m_auditChanges;
    QHash<QString, Tag> m_tags; ///< lower-case name -> tag
    QHash<qint64, QString> m_companyKeys; ///< company id -> its sort key
    QHash<QString, CustomField> m_fieldsByName; ///< custom field name as the file has it -> field
    QHash<QString, CustomField::Type> m_newFieldTypes;
};

} // namespace clientele
