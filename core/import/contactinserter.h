#pragma once

#include "common/result.h"
#include "contacts/contact.h"

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
/// statement.
class ContactInserter final
{
public:
    ContactInserter(QSqlDatabase db, const Clock &clock, qint64 batchId);

    Status prepare();
    Result<qint64> insert(const Contact &contact);

private:
    Result<qint64> tagId(const QString &name);

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_batchId;
    QString m_now;
    QSqlQuery m_contact;
    QSqlQuery m_method;
    QSqlQuery m_tag;
    QSqlQuery m_tagLookup;
    QSqlQuery m_contactTag;
    QSqlQuery m_audit;
    QString m_actor;
    QString m_auditChanges;
    QHash<QString, qint64> m_tags; ///< lower-case name -> id
};

} // namespace clientele
