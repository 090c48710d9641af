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
