#include "enginetestsupport.h"

#include "contacts/contactrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <catch2/catch.hpp>

using namespace clientele;

ContactRecord person(qint64 row, const QString &first, const QString &last, const QString &email, const QString &phone)
{
    ContactRecord record;
    record.row = row;
    record.contact.firstName = first;
    record.contact.lastName = last;
    if (!email.isEmpty())
        record.contact.emails.append({0, ContactMethod::Kind::Email, {}, email, {}, true});
    if (!phone.isEmpty())
        record.contact.phones.append({0, ContactMethod::Kind::Phone, {}, phone, {}, true});
    return record;
}

ImportReport importRecords(TempDatabase &database, const QList<ContactRecord> &records, DuplicatePolicy policy,
                           MatchKey key, bool dryRun)
{
    ImportReport report;
    ImportWriter::Settings settings;
    settings.policy = policy;
    settings.matchKey = key;
    settings.sourceFile = QStringLiteral("records.csv");
    ImportWriter writer(database.db(), database.clock(), settings, report);
    const auto begun = writer.begin();
    INFO(begun.errorMessage().toStdString());
    REQUIRE(begun.ok());
    for (const ContactRecord &record : records) {
        ++report.rows;
        const auto added = writer.addContact(record);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
    }
    const auto committed = writer.commit(dryRun);
    INFO(committed.errorMessage().toStdString());
    REQUIRE(committed.ok());
    return report;
}

namespace {

QString dump(const QSqlDatabase &db, const QStringList &tables)
{
    QStringList lines;
    for (const QString &table : tables) {
        QSqlQuery query(db);
        // Table names are the fixed list above, never input.
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
        while (query.next()) {
            QStringList cells;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                cells.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            lines.append(table + QLatin1Char('|') + cells.join(QLatin1Char('|')));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString dumpTables(const QSqlDatabase &db)
{
    return dump(db,
                {QStringLiteral("contacts"), QStringLiteral("contact_methods"), QStringLiteral("contact_tags"),
                 QStringLiteral("custom_field_values"), QStringLiteral("orders"), QStringLiteral("order_lines")});
}

QString dumpAll(const QSqlDatabase &db)
{
    return dumpTables(db) + QLatin1Char('\n')
        + dump(db,
               {QStringLiteral("tags"), QStringLiteral("custom_fields"), QStringLiteral("import_batches"),
                QStringLiteral("import_changes"), QStringLiteral("import_presets"), QStringLiteral("audit_log")});
}

QString queryRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells.append(query.value(i).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows.join(QLatin1Char('\n'));
}

QString indexRows(const QSqlDatabase &db)
{
    return queryRows(db,
                     QStringLiteral("SELECT rowid, name, company, emails, phones, tags, notes, activities "
                                    "FROM contact_fts ORDER BY rowid"));
}

QString listKeys(const QSqlDatabase &db)
{
    return queryRows(db,
                     QStringLiteral("SELECT id, sort_key, last_name_key, company_key, primary_email, primary_phone, "
                                    "tag_list, last_order_at, lifetime_minor, next_followup_at FROM contacts "
                                    "ORDER BY id"));
}

void copyThroughRepository(TempDatabase &from, TempDatabase &to)
{
    ContactRepository source(from.db(), from.clock());
    ContactRepository target(to.db(), to.clock());
    QSqlQuery ids(from.db());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM contacts ORDER BY id")));
    while (ids.next()) {
        const auto contact = source.get(ids.value(0).toLongLong());
        REQUIRE(contact.ok());
        const auto created = target.create(*contact);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        REQUIRE(*created == contact->id);
    }
}

QString fixturePath(const QString &name)
{
    return QFileInfo(QString::fromUtf8(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../../fixtures/import/engine/") + name);
}

qint64 addContact(TempDatabase &database, Contact contact)
{
    const auto id = ContactRepository(database.db(), database.clock()).create(contact);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}
