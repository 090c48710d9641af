#include "importwriter.h"

#include "contactmerge.h"
#include "importsnapshot.h"

#include "search/bulkindexing.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "contacts/phonenumber.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "settings/businesssettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

namespace clientele {

namespace {

/// lupdate files these strings under "Importer", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

Error queryError(const QString &what, const QSqlQuery &query)
{
    return Error {Text::tr("%1: %2").arg(what, query.lastError().text())};
}

QString entityName(ImportEntity entity)
{
    return entity == ImportEntity::Orders ? QStringLiteral("orders") : QStringLiteral("contacts");
}

/// "Ana María López" -> first "Ana María", last "López".
void splitName(const QString &fullName, Contact &contact)
{
    const QString name = fullName.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        contact.firstName = name;
        return;
    }
    contact.firstName = name.left(space);
    contact.lastName = name.mid(space + 1);
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, const Clock &clock, Settings settings, ImportTally &tally)
    : m_db(db)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_tally(tally)
    , m_contacts(db, clock)
    , m_orders(db, clock)
    , m_matcher(m_settings.matchKey, m_settings.entity == ImportEntity::Orders)
{ }

ImportWriter::~ImportWriter()
{
    m_changeQuery.reset();
    m_inserter.reset();
    m_indexing.reset();
    m_transaction.reset();
    if (m_previousCacheSize.isValid()) {
        QSqlQuery restore(m_db);
        restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize.toLongLong()));
    }
}

Status ImportWriter::begin()
{
    // One big transaction dirties many pages; a 64 MB page cache keeps SQLite from spilling and
    // rewriting them to the WAL over and over. The connection's setting is restored afterwards.
    QSqlQuery cache(m_db);
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()) {
        m_previousCacheSize = cache.value(0);
        cache.finish();
        cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    m_transaction = std::make_unique<Transaction>(m_db);
    if (!m_transaction->isActive())
        return m_transaction->beginStatus();
    m_indexing = std::make_unique<BulkIndexing>(m_db);
    if (auto s = m_indexing->suspend(); !s)
        return s;

    QSqlQuery batch(m_db);
    batch.prepare(QStringLiteral("INSERT INTO import_batches (entity, source_file, file_format, encoding, delimiter, "
                                 "options, status, started_at) VALUES (:entity, :file, :format, :encoding, "
                                 ":delimiter, :options, 'running', :started)"));
    batch.bindValue(QStringLiteral(":entity"), entityName(m_settings.entity));
    batch.bindValue(QStringLiteral(":file"), sqlText(m_settings.sourceFile));
    batch.bindValue(QStringLiteral(":format"), sqlText(m_settings.format));
    batch.bindValue(QStringLiteral(":encoding"), sqlText(m_settings.encoding));
    batch.bindValue(QStringLiteral(":delimiter"), sqlText(m_settings.delimiter));
    batch.bindValue(QStringLiteral(":options"),
                    QString::fromUtf8(QJsonDocument(m_settings.options).toJson(QJsonDocument::Compact)));
    batch.bindValue(QStringLiteral(":started"), toStoredTime(m_clock.nowUtc()));
    if (!batch.exec())
        return queryError(Text::tr("The import could not be started"), batch);
    m_batchId = batch.lastInsertId().toLongLong();

    m_inserter = std::make_unique<ContactInserter>(m_db, m_clock, m_batchId, m_settings.customFieldTypes);
    if (auto s = m_inserter->prepare(); !s)
        return s;
    m_changeQuery = std::make_unique<QSqlQuery>(m_db);
    m_changeQuery->prepare(QStringLiteral("INSERT INTO import_changes (batch_id, entity, entity_id, action, before) "
                                          "VALUES (:batch, :entity, :id, :action, :before)"));

    QSqlQuery maxId(m_db);
    if (!maxId.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM contacts")) || !maxId.next())
        return queryError(Text::tr("The existing contacts could not be read"), maxId);
    m_maxContactIdAtStart = maxId.value(0).toLongLong();
    maxId.finish();
    QSqlQuery bookSize(m_db);
    if (!bookSize.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")) || !bookSize.next())
        return queryError(Text::tr("The existing contacts could not be read"), bookSize);
    m_bookSizeAtStart = bookSize.value(0).toLongLong();

    // Every company once, so that a file naming thousands of companies does not look each one up
    // (lower(display_name) has no index). Live companies win over trashed ones of the same name.
    QSqlQuery companies(m_db);
    companies.setForwardOnly(true);
    if (!companies.exec(QStringLiteral("SELECT display_name, id FROM contacts WHERE kind = 'company' "
                                       "ORDER BY deleted_at IS NOT NULL DESC, id DESC")))
        return queryError(Text::tr("The existing companies could not be read"), companies);
    while (companies.next())
        m_companies.insert(companies.value(0).toString().simplified().toLower(), companies.value(1).toLongLong());

    if (m_settings.entity == ImportEntity::Orders) {
        m_phoneRegion = BusinessSettings(m_db).phoneRegion();
        QSqlQuery refs(m_db);
        refs.setForwardOnly(true);
        if (!refs.exec(
                QStringLiteral("SELECT external_ref FROM orders WHERE deleted_at IS NULL AND external_ref <> ''")))
            return queryError(Text::tr("The existing orders could not be read"), refs);
        while (refs.next())
            m_orderRefs.insert(refs.value(0).toString());
    }
    return m_matcher.load(m_db);
}

Status ImportWriter::recordChange(const QString &entity, qint64 id, const QString &action, const QJsonObject &before)
{
    m_changeQuery->bindValue(QStringLiteral(":batch"), m_batchId);
    m_changeQuery->bindValue(QStringLiteral(":entity"), entity);
    m_changeQuery->bindValue(QStringLiteral(":id"), id);
    m_changeQuery->bindValue(QStringLiteral(":action"), action);
    m_changeQuery->bindValue(QStringLiteral(":before"),
                             before.isEmpty()
                                 ? QVariant()
                                 : QVariant(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact))));
    if (!m_changeQuery->exec())
        return queryError(Text::tr("The import could not record its changes"), *m_changeQuery);
    return {};
}

void ImportWriter::issue(qint64 row, ImportIssue::Outcome outcome, qint64 contactId, const QString &message)
{
    ImportIssue item;
    item.row = row;
    item.outcome = outcome;
    item.contactId = contactId;
    item.message = message;
    m_tally.issues.append(item);
}

void ImportWriter::reject(qint64 row, const QString &column, const QString &message)
{
    ImportIssue item;
    item.row = row;
    item.column = column;
    item.outcome = ImportIssue::Outcome::Rejected;
    item.message = message;
    m_tally.issues.append(item);
    m_rejectedRows.insert(row);
    m_tally.rejected = static_cast<int>(m_rejectedRows.size());
}

void ImportWriter::addIssues(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &item : issues) {
        if (item.outcome == ImportIssue::Outcome::Rejected) {
            reject(item.row, item.column, item.message);
            continue;
        }
        // Rows the reading side passed over (a repeated header row) count as skipped.
        if (item.outcome == ImportIssue::Outcome::Skipped && item.contactId == 0 && item.row > 0)
            ++m_tally.skipped;
        m_tally.issues.append(item);
    }
}

QString ImportWriter::columnOf(const QString &field) const
{
    if (field.isEmpty())
        return {};
    for (qsizetype i = 0; i < m_settings.mapping.fields.size() && i < m_settings.mapping.headers.size(); ++i) {
        if (m_settings.mapping.fields.at(i) == field)
            return m_settings.mapping.headers.at(i);
    }
    return {};
}

Result<qint64> ImportWriter::companyId(const QString &name)
{
    const QString trimmed = name.simplified();
    const QString key = trimmed.toLower();
    if (const auto it = m_companies.constFind(key); it != m_companies.cend())
        return it.value();
    Contact company;
    company.kind = Contact::Kind::Company;
    company.displayName = trimmed;
    m_contacts.normalize(company);
    const auto created = m_inserter->insert(company);
    if (!created)
        return created.error();
    m_companies.insert(key, *created);
    return *created;
}

Status ImportWriter::addContact(const ContactRecord &record)
{
    m_tally.issues.append(record.warnings);
    if (!record.rejectReason.isEmpty()) {
        reject(record.row, record.rejectColumn, record.rejectReason);
        return {};
    }
    Contact contact = record.contact;
    contact.id = 0;
    // The row mapper normalized the phones already, in the region chosen for this import.
    m_contacts.normalize(contact, ContactRepository::PhoneNormalization::KeepGiven);
    // The company is the import's own (found or created below); custom values are checked
    // against the fields the inserter has read once (and created, typed, when new).
    Status valid = m_contacts.validate(contact, ContactRepository::References::Trusted);
    if (valid)
        valid = m_inserter->prepareCustomFields(contact);
    if (!valid) {
        if (valid.error().kind != Error::Kind::Validation)
            return valid;
        reject(record.row, columnOf(valid.error().field), valid.errorMessage());
        return {};
    }
    if (!record.companyName.simplified().isEmpty()) {
        const auto company = companyId(record.companyName);
        if (!company)
            return company.error();
        contact.companyId = *company;
    }

    ContactMatcher::Match match = m_matcher.find(contact, record.companyName);
    if (match.contactId == 0 && contact.kind == Contact::Kind::Company) {
        // A company card may come after the people who named it (vCard ORG): it is that company.
        if (const auto it = m_companies.constFind(contact.displayName.simplified().toLower()); it != m_companies.cend())
            match = {it.value(), ContactMatcher::By::Name};
    }
    if (match.contactId == 0) {
        const auto created = m_inserter->insert(contact);
        if (!created)
            return created.error();
        // Past this many new contacts, writing the scattered indexes row by row costs more than
        // building them again over the whole book.
        if (!m_indexing->indexesDropped()
            && BulkIndexing::worthDroppingIndexes(*created - m_maxContactIdAtStart, m_bookSizeAtStart)) {
            if (auto s = m_indexing->dropScatteredIndexes(); !s)
                return s;
        }
        m_matcher.add(*created, contact, record.companyName, record.row);
        if (match.possibleDuplicateId != 0)
            issue(record.row, ImportIssue::Outcome::Warning, match.possibleDuplicateId,
                  match.possibleRow > 0
                      ? Text::tr("Possible duplicate of row %1 (same phone, another name): both were imported; "
                                 "Find Duplicates lists the pair.")
                            .arg(match.possibleRow)
                      : Text::tr("Possible duplicate of contact %1 (same phone, another name): both are kept; "
                                 "Find Duplicates lists the pair.")
                            .arg(match.possibleDuplicateId));
        if (contact.kind == Contact::Kind::Company)
            m_companies.insert(contact.displayName.simplified().toLower(), *created);
        ++m_tally.created;
        return {};
    }

    const qint64 id = match.contactId;
    const bool inFile = id > m_maxContactIdAtStart;
    const QString by = ContactMatcher::byName(match.by);
    if (!inFile && m_settings.policy == DuplicatePolicy::Skip) {
        issue(record.row, ImportIssue::Outcome::Skipped, id,
              Text::tr("Already in the book as contact %1 (same %2); skipped.").arg(id).arg(by));
        ++m_tally.skipped;
        return {};
    }
    const auto existing = m_contacts.get(id);
    if (!existing)
        return existing.error();
    Contact updated = *existing;
    const bool overwrite = !inFile && m_settings.policy == DuplicatePolicy::Overwrite;
    const bool changed
        = overwrite ? ContactMerge::overwrite(updated, contact) : ContactMerge::fillEmpty(updated, contact);
    if (!changed) {
        issue(record.row, ImportIssue::Outcome::Skipped, id,
              inFile
                  ? Text::tr("Same person (same %1) as an earlier row, contact %2; nothing new to add.").arg(by).arg(id)
                  : Text::tr("Already in the book as contact %1 (same %2); nothing new to add.").arg(id).arg(by));
        ++m_tally.skipped;
        return {};
    }
    if (!inFile && !m_snapshotted.contains(id)) {
        const auto before = ImportSnapshot::capture(m_db, id);
        if (!before)
            return before.error();
        if (auto s = recordChange(QStringLiteral("contact"), id, QStringLiteral("updated"), *before); !s)
            return s;
        m_snapshotted.insert(id);
    }
    if (auto s = m_contacts.update(updated); !s) {
        if (s.error().kind != Error::Kind::Validation)
            return s;
        reject(record.row, columnOf(s.error().field), s.errorMessage());
        return {};
    }
    m_matcher.add(id, contact, record.companyName, inFile ? record.row : 0);
    if (inFile)
        m_changedInFile.insert(id);
    QString message;
    if (inFile)
        message = Text::tr("Same person (same %1) as an earlier row: merged into contact %2.").arg(by).arg(id);
    else if (overwrite)
        message = Text::tr("Matched contact %1 (same %2): overwritten with the file's values.").arg(id).arg(by);
    else
        message = Text::tr("Matched contact %1 (same %2): empty fields filled in.").arg(id).arg(by);
    issue(record.row, ImportIssue::Outcome::Merged, id, message);
    ++m_tally.updated;
    return {};
}

Result<qint64> ImportWriter::customerFor(const OrderRecord &record)
{
    const QString email = EmailAddress::normalize(record.customerEmail);
    if (const qint64 id = m_matcher.findEmail(email))
        return id;
    const QString phone = record.customerPhone.trimmed().isEmpty()
        ? QString()
        : PhoneNumber::normalize(record.customerPhone, m_phoneRegion);
    if (const qint64 id = m_matcher.findPhone(phone))
        return id;
    if (email.isEmpty() && phone.isEmpty()) {
        if (const qint64 id = m_matcher.findName(record.customerName))
            return id;
    }
    if (email.isEmpty() && phone.isEmpty() && record.customerName.simplified().isEmpty())
        return qint64(0);

    Contact contact;
    splitName(record.customerName, contact);
    if (!record.customerEmail.trimmed().isEmpty())
        contact.emails.append({0, ContactMethod::Kind::Email, {}, record.customerEmail.trimmed(), {}, true});
    if (!record.customerPhone.trimmed().isEmpty())
        contact.phones.append({0, ContactMethod::Kind::Phone, {}, record.customerPhone.trimmed(), {}, true});
    m_contacts.normalize(contact);
    if (auto valid = m_contacts.validate(contact); !valid) {
        if (valid.error().kind != Error::Kind::Validation)
            return valid.error();
        ImportIssue warning;
        warning.row = record.row;
        warning.message = Text::tr("The customer could not be added (%1); the order is stored without a customer.")
                              .arg(valid.errorMessage());
        m_tally.issues.append(warning);
        return qint64(0);
    }
    const auto created = m_inserter->insert(contact);
    if (!created)
        return created.error();
    m_matcher.add(*created, contact, {});
    issue(record.row, ImportIssue::Outcome::Warning, *created,
          Text::tr("New customer: contact %1 (%2) was created for this order.").arg(*created).arg(contact.displayName));
    return *created;
}

Status ImportWriter::addOrder(const OrderRecord &record)
{
    m_tally.issues.append(record.warnings);
    if (!record.rejectReason.isEmpty()) {
        reject(record.row, record.rejectColumn, record.rejectReason);
        return {};
    }
    const QString ref = record.order.externalRef.trimmed();
    if (!ref.isEmpty() && m_orderRefs.contains(ref)) {
        issue(record.row, ImportIssue::Outcome::Skipped, 0,
              Text::tr("Order %1 is already in the book; skipped.").arg(ref));
        ++m_tally.skipped;
        return {};
    }
    Order order = record.order;
    order.id = 0;
    order.externalRef = ref;
    if (auto valid = m_orders.validate(order); !valid) {
        if (valid.error().kind != Error::Kind::Validation)
            return valid;
        reject(record.row, columnOf(valid.error().field), valid.errorMessage());
        return {};
    }
    const auto customer = customerFor(record);
    if (!customer)
        return customer.error();
    order.contactId = *customer;
    if (order.contactId > 0 && order.contactId <= m_maxContactIdAtStart)
        m_orderCustomers.insert(order.contactId);
    const auto created = m_orders.create(order);
    if (!created) {
        if (created.error().kind != Error::Kind::Validation)
            return created.error();
        reject(record.row, columnOf(created.error().field), created.errorMessage());
        return {};
    }
    if (auto s = recordChange(QStringLiteral("order"), *created, QStringLiteral("created")); !s)
        return s;
    if (!ref.isEmpty())
        m_orderRefs.insert(ref);
    ++m_tally.created;
    return {};
}

Status ImportWriter::commit(bool dryRun)
{
    const auto stamp = [&](const QString &sql) -> Status {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":batch"), m_batchId);
        query.bindValue(QStringLiteral(":changes"), m_batchId);
        if (!query.exec())
            return queryError(Text::tr("The import could not be finished"), query);
        return {};
    };
    // The inserter writes a new contact's list keys with its row; orders change them afterwards.
    const bool newListKeysWritten = m_settings.entity == ImportEntity::Contacts;
    if (auto s = m_indexing->resume(m_maxContactIdAtStart, m_snapshotted + m_orderCustomers + m_changedInFile,
                                    newListKeysWritten);
        !s)
        return s;
    // Contacts are stamped with their batch as they are inserted; orders come from the order
    // repository and are stamped here, set-based, so that undo finds them with one indexed DELETE.
    if (auto s = stamp(
            QStringLiteral("UPDATE orders SET import_batch_id = :batch WHERE id IN (SELECT entity_id FROM "
                           "import_changes WHERE batch_id = :changes AND entity = 'order' AND action = 'created')"));
        !s)
        return s;

    QSqlQuery done(m_db);
    done.prepare(
        QStringLiteral("UPDATE import_batches SET status = 'done', rows_read = :rows, created_count = :created, "
                       "updated_count = :updated, skipped_count = :skipped, rejected_count = :rejected, "
                       "finished_at = :finished WHERE id = :id"));
    done.bindValue(QStringLiteral(":rows"), m_tally.rows);
    done.bindValue(QStringLiteral(":created"), m_tally.created);
    done.bindValue(QStringLiteral(":updated"), m_tally.updated);
    done.bindValue(QStringLiteral(":skipped"), m_tally.skipped);
    done.bindValue(QStringLiteral(":rejected"), m_tally.rejected);
    done.bindValue(QStringLiteral(":finished"), toStoredTime(m_clock.nowUtc()));
    done.bindValue(QStringLiteral(":id"), m_batchId);
    if (!done.exec())
        return queryError(Text::tr("The import could not be finished"), done);
    const QJsonObject counts {
        {QStringLiteral("file"), m_settings.sourceFile}, {QStringLiteral("rows"), m_tally.rows},
        {QStringLiteral("created"), m_tally.created},    {QStringLiteral("updated"), m_tally.updated},
        {QStringLiteral("skipped"), m_tally.skipped},    {QStringLiteral("rejected"), m_tally.rejected}};
    if (auto s
        = AuditLog(m_db, m_clock).record(QStringLiteral("import_batch"), m_batchId, QStringLiteral("import"), counts);
        !s)
        return s;

    m_tally.dryRun = dryRun;
    if (dryRun) {
        m_transaction->rollback();
        m_tally.batchId = 0;
        return {};
    }
    if (auto s = m_transaction->commit(); !s)
        return s;
    m_tally.batchId = m_batchId;
    return {};
}

void ImportWriter::cancel()
{
    if (m_transaction)
        m_transaction->rollback();
    m_tally.cancelled = true;
    m_tally.batchId = 0;
}

} // namespace clientele
