#pragma once

#include "contactinserter.h"
#include "contactmatcher.h"
#include "import/importoptions.h"
#include "import/importtypes.h"
#include "import/mapping/columnmapping.h"
#include "importtally.h"

#include "common/result.h"
#include "contacts/contactrepository.h"
#include "orders/orderrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace clientele {

class BulkIndexing;
class Clock;
class Transaction;

/// The writing half of an import: takes mapped records one by one, matches them against
/// existing contacts and earlier records, creates, merges, overwrites or skips, records every
/// change for undo, and keeps the counts and issues (an ImportTally: the import's report).
/// Everything happens in one transaction that commit() ends; destroying the writer without
/// commit() rolls it all back.
class ImportWriter final
{
public:
    struct Settings
    {
        ImportEntity entity = ImportEntity::Contacts;
        DuplicatePolicy policy = DuplicatePolicy::Skip;
        MatchKey matchKey = MatchKey::EmailThenPhone;
        QString sourceFile;
        /// What was detected in the file, stored with the batch.
        QString format;
        QString encoding;
        QString delimiter;
        /// The file's columns, for naming the column an issue is about.
        ColumnMapping mapping;
        QJsonObject options; ///< stored with the batch (mapping, policy, ...)
        /// The type each custom field the records fill is created with when the book lacks it
        /// (ContactRowMapper::customFieldTypes); others are created as text.
        QHash<QString, CustomField::Type> customFieldTypes;
    };

    /// The writer updates the tally's counts and issues as it goes; the tally's `rows` (counted
    /// by the caller) is stored with the batch.
    ImportWriter(QSqlDatabase db, const Clock &clock, Settings settings, ImportTally &tally);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    /// Opens the transaction, records the batch as running and loads the match indexes.
    Status begin();
    /// Errors are database failures that end the import; a record that cannot be stored is
    /// reported as rejected instead.
    Status addContact(const ContactRecord &record);
    Status addOrder(const OrderRecord &record);
    /// Reading problems of the source; rejected rows count as rejected (once per row).
    void addIssues(const QList<ImportIssue> &issues);
    /// Marks the batch done and commits; with `dryRun` rolls everything back instead (the
    /// tally keeps its counts, its batch id becomes 0).
    Status commit(bool dryRun);
    /// Rolls everything back; the tally says cancelled.
    void cancel();

    qint64 batchId() const { return m_batchId; }

private:
    Status recordChange(const QString &entity, qint64 id, const QString &action, const QJsonObject &before = {});
    Result<qint64> companyId(const QString &name);
    Result<qint64> customerFor(const OrderRecord &record);
    void reject(qint64 row, const QString &column, const QString &message);
    void issue(qint64 row, ImportIssue::Outcome outcome, qint64 contactId, const QString &message);
    QString columnOf(const QString &field) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    Settings m_settings;
    ImportTally &m_tally;
    ContactRepository m_contacts;
    OrderRepository m_orders;
    ContactMatcher m_matcher;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<QSqlQuery> m_changeQuery;
    std::unique_ptr<ContactInserter> m_inserter;
    std::unique_ptr<BulkIndexing> m_indexing;
    QVariant m_previousCacheSize;
    qint64 m_batchId = 0;
    /// Contacts get increasing ids, so every contact above this one was created by this import:
    /// a record matching one of them is a duplicate inside the file.
    qint64 m_maxContactIdAtStart = 0;
    QHash<QString, qint64> m_companies; ///< lower-case name -> id
    QSet<qint64> m_snapshotted; ///< existing contacts changed (their before-state is recorded)
    QSet<qint64> m_orderCustomers; ///< existing contacts given orders (their list keys change)
    QSet<qint64> m_changedInFile; ///< contacts of this import merged with a later row
    /// New contacts past which the scattered indexes are dropped and built again at the end.
    qint64 m_bookSizeAtStart = 0; ///< contacts in the book when the import began
    QSet<QString> m_orderRefs; ///< external refs of live orders
    QSet<qint64> m_rejectedRows;
    QString m_phoneRegion;
};

} // namespace clientele
