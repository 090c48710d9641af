// A batch that is large beside the book takes another road (search/bulkindexing.h): the contact
// list's scattered indexes are dropped and built again, and undoing such a batch rebuilds the
// search index from what is left instead of deleting document by document. These tests hold that
// road to the same results as the ordinary one, row for row, and to the same schema.

#include "enginetestsupport.h"

#include "contacts/contactrepository.h"
#include "import/importer.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

/// Every index and trigger of the book, as its migrations made them.
QString schemaObjects(const QSqlDatabase &db)
{
    return queryRows(db,
                     QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', "
                                    "'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"));
}

/// dumpTables() with its lines sorted: a restored contact's tags get new rowids, in another order.
QStringList tableRows(const QSqlDatabase &db)
{
    QStringList lines = dumpTables(db).split(QLatin1Char('\n'));
    lines.sort();
    return lines;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// `n` people with diacritics and apostrophes in their names, e-mails for all, phones for every
/// third, tags for every fifth, a company for every seventh and notes for every eleventh.
QList<ContactRecord> people(qint64 n, qint64 firstRow, const QString &emailTag)
{
    static const QStringList firsts
        = {QStringLiteral("Ana"), QStringLiteral("Zoë"),  QStringLiteral("Jürgen"), QStringLiteral("Łukasz"),
           QStringLiteral("Lee"), QStringLiteral("Olaf"), QStringLiteral("Émile"),  QStringLiteral("Søren")};
    static const QStringList lasts = {QStringLiteral("López"),  QStringLiteral("Müller"),      QStringLiteral("Chen"),
                                      QStringLiteral("Wójcik"), QStringLiteral("O'Brien"),     QStringLiteral("Stone"),
                                      QStringLiteral("Ørsted"), QStringLiteral("van der Berg")};
    QList<ContactRecord> records;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 row = firstRow + i;
        ContactRecord record = person(
            row, firsts.at(i % 8), lasts.at((i / 8) % 8), QStringLiteral("p%1%2@example.com").arg(row).arg(emailTag),
            i % 3 == 0 ? QStringLiteral("+1 503 555 %1").arg(row % 10000, 4, 10, QLatin1Char('0')) : QString());
        if (i % 5 == 0)
            record.contact.tags
                = {QStringLiteral("VIP"), i % 10 == 0 ? QStringLiteral("Wholesale") : QStringLiteral("vip")};
        if (i % 7 == 0)
            record.companyName = QStringLiteral("Bäckerei %1").arg(i % 13);
        if (i % 11 == 0)
            record.contact.notes = QStringLiteral("Collects on Fridays, row %1").arg(row);
        records.append(record);
    }
    return records;
}

} // namespace

TEST_CASE("a batch larger than the book builds its indexes again and indexes exactly as the triggers would")
{
    TempDatabase imported;
    const QString freshSchema = schemaObjects(imported.db());
    for (const ContactRecord &record : people(20, 1, QStringLiteral("+old")))
        addContact(imported, record.contact);
    // 1,500 new people, and one of the existing ones again: merged, so hers changes as well.
    QList<ContactRecord> records = people(1500, 100, QString());
    records.append(people(2, 1, QStringLiteral("+old")).last());
    records.last().contact.notes = QStringLiteral("Now orders for the café");
    const ImportReport report = importRecords(imported, records, DuplicatePolicy::Merge);
    REQUIRE(report.created == 1500);
    REQUIRE(report.updated == 1);
    // A company card for each of the 13 bakeries comes on top of the 20 and the 1,500.
    CHECK(count(imported.db(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'company'")) == 13);
    CHECK(schemaObjects(imported.db()) == freshSchema);

    TempDatabase byHand;
    copyThroughRepository(imported, byHand);
    const QString keys = listKeys(imported.db());
    // sort_key, then last_name_key: the tail of the folded name, then the whole of it.
    CHECK(keys.contains(QStringLiteral("|jurgen muller|muller jurgen muller|")));
    CHECK(keys.contains(QStringLiteral("|ana ørsted|ørsted ana ørsted|")));
    CHECK(keys.contains(QStringLiteral("|lee van der berg|van der berg lee van der berg|")));
    CHECK(keys.contains(QStringLiteral("VIP, Wholesale")));
    CHECK(keys == listKeys(byHand.db()));
    const QString rows = indexRows(imported.db());
    CHECK(rows.contains(QStringLiteral("Now orders for the café")));
    CHECK(rows == indexRows(byHand.db()));
}

TEST_CASE("undoing a batch larger than what stays rebuilds the search index and restores the book")
{
    TempDatabase database;
    const QString freshSchema = schemaObjects(database.db());
    for (const ContactRecord &record : people(20, 1, QStringLiteral("+old")))
        addContact(database, record.contact);
    const QString indexBefore = indexRows(database.db());
    const QString keysBefore = listKeys(database.db());
    const QStringList tablesBefore = tableRows(database.db());

    QList<ContactRecord> records = people(1500, 100, QString());
    records.append(people(1, 1, QStringLiteral("+old")));
    records.last().contact.notes = QStringLiteral("Overwritten by the import");
    const ImportReport report = importRecords(database, records, DuplicatePolicy::Overwrite);
    REQUIRE(report.created == 1500);
    REQUIRE(report.updated == 1);
    const auto undone = Importer::undo(database.db(), database.clock(), report.batchId);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());

    CHECK(count(database.db(), QStringLiteral("SELECT COUNT(*) FROM contacts")) == 20);
    CHECK(count(database.db(), QStringLiteral("SELECT COUNT(*) FROM contact_fts")) == 20);
    CHECK(tableRows(database.db()) == tablesBefore);
    CHECK(indexRows(database.db()) == indexBefore);
    CHECK(listKeys(database.db()) == keysBefore);
    CHECK(schemaObjects(database.db()) == freshSchema);
    // The rebuilt index answers searches, and its triggers keep it in step again.
    CHECK(count(database.db(), QStringLiteral("SELECT COUNT(*) FROM contact_fts WHERE contact_fts MATCH 'jürgen'"))
          == 3);
    Contact added;
    added.firstName = QStringLiteral("Quentin");
    added.lastName = QStringLiteral("Zephyr");
    addContact(database, added);
    CHECK(count(database.db(), QStringLiteral("SELECT COUNT(*) FROM contact_fts WHERE contact_fts MATCH 'zephyr'"))
          == 1);
}

TEST_CASE("undoing a big batch from a bigger book deletes its documents and keeps the rest exactly")
{
    TempDatabase database;
    const ImportReport first = importRecords(database, people(2000, 1, QString()));
    REQUIRE(first.created == 2000);
    const QString indexBefore = indexRows(database.db());
    const QString keysBefore = listKeys(database.db());
    const QStringList tablesBefore = tableRows(database.db());
    const QString schemaBefore = schemaObjects(database.db());

    // 1,200 more: above a quarter of the book, below what stays, so the documents go one by one.
    const ImportReport second = importRecords(database, people(1200, 5000, QStringLiteral("+new")));
    REQUIRE(second.created == 1200);
    const auto undone = Importer::undo(database.db(), database.clock(), second.batchId);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());
    CHECK(tableRows(database.db()) == tablesBefore);
    CHECK(indexRows(database.db()) == indexBefore);
    CHECK(listKeys(database.db()) == keysBefore);
    CHECK(schemaObjects(database.db()) == schemaBefore);
}
