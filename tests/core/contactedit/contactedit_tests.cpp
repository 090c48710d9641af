#include "tempdatabase.h"

#include "contacts/contactedits.h"
#include "contacts/contactlookup.h"
#include "contacts/contactrepository.h"
#include "contacts/contacttagging.h"
#include "customfields/customfieldrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

// Every row of the tables a contact edit touches, as text: two equal dumps are two equal
// databases as far as the contact book goes (the audit log grows and is left out).
QStringList dump(QSqlDatabase db)
{
    QStringList rows;
    for (const QString &table :
         {QStringLiteral("contacts"), QStringLiteral("contact_methods"), QStringLiteral("tags"),
          QStringLiteral("contact_tags"), QStringLiteral("custom_fields"), QStringLiteral("custom_field_values")}) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2")));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    QSqlQuery fts(db);
    REQUIRE(fts.exec(QStringLiteral("SELECT rowid, name, company, emails, phones, tags FROM contact_fts ORDER BY 1")));
    while (fts.next())
        rows.append(QStringLiteral("fts:%1|%2|%3|%4|%5|%6")
                        .arg(fts.value(0).toString(), fts.value(1).toString(), fts.value(2).toString(),
                             fts.value(3).toString(), fts.value(4).toString(), fts.value(5).toString()));
    return rows;
}

Contact person(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    ContactMethod email;
    email.kind = ContactMethod::Kind::Email;
    email.value = first.toLower() + QStringLiteral("@example.com");
    email.label = QStringLiteral("work");
    c.emails << email;
    ContactMethod phone;
    phone.kind = ContactMethod::Kind::Phone;
    phone.value = QStringLiteral("+1 503 555 0100");
    phone.label = QStringLiteral("mobile");
    c.phones << phone;
    c.tags << QStringLiteral("Regular");
    c.custom.insert(QStringLiteral("Allergies"), QStringLiteral("Nuts"));
    return c;
}

} // namespace

TEST_CASE("creating a contact with a new company is undone and redone exactly")
{
    TempDatabase temp;
    ContactEdits edits(temp.db(), temp.clock());
    const QStringList empty = dump(temp.db());

    Contact ana = person(QStringLiteral("Ana"), QStringLiteral("López"));
    ana.tags << QStringLiteral("VIP");
    const auto write = edits.create(ana, QStringLiteral("Café Lumière"));
    INFO(write.errorMessage().toStdString());
    REQUIRE(write.ok());
    CHECK(write->before.id == 0);
    REQUIRE(write->createdCompany.id > 0);
    CHECK(write->createdCompany.displayName == QStringLiteral("Café Lumière"));
    CHECK(write->after.companyId == write->createdCompany.id);
    CHECK(write->after.companyName == QStringLiteral("Café Lumière"));
    CHECK(write->createdTags.size() == 2);
    const QStringList created = dump(temp.db());

    temp.clock().advanceSecs(60);
    REQUIRE(edits.undo(*write).ok());
    CHECK(dump(temp.db()) == empty);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 0);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM tags")).toInt() == 0);

    temp.clock().advanceSecs(60);
    REQUIRE(edits.redo(*write).ok());
    CHECK(dump(temp.db()) == created);
    const auto again = ContactRepository(temp.db(), temp.clock()).get(write->after.id);
    REQUIRE(again.ok());
    CHECK(again->updatedAt == write->after.updatedAt);
    CHECK(again->emails == write->after.emails);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'redo create'")).toInt() == 2);
}

TEST_CASE("an existing company of the typed name is joined and kept on undo")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const auto company = repo.findOrCreateCompany(QStringLiteral("Cafe Lumiere"));
    REQUIRE(company.ok());
    CHECK(ContactLookup::findCompany(temp.db(), QStringLiteral("café lumière")) == *company);
    CHECK(ContactLookup::companiesStartingWith(temp.db(), QStringLiteral("caf")).size() == 1);
    CHECK(ContactLookup::companiesStartingWith(temp.db(), QStringLiteral("bak")).isEmpty());

    ContactEdits edits(temp.db(), temp.clock());
    const auto write
        = edits.create(person(QStringLiteral("Ana"), QStringLiteral("López")), QStringLiteral("CAFÉ lumière"));
    REQUIRE(write.ok());
    CHECK(write->createdCompany.id == 0);
    CHECK(write->after.companyId == *company);
    REQUIRE(edits.undo(*write).ok());
    CHECK(repo.get(*company).ok());
}

TEST_CASE("an edit is undone and redone exactly with the tags and company it created")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const auto id = repo.create(person(QStringLiteral("Ana"), QStringLiteral("López")));
    REQUIRE(id.ok());
    const QStringList before = dump(temp.db());

    temp.clock().advanceSecs(3600);
    Contact changed = *repo.get(*id);
    changed.lastName = QStringLiteral("López García");
    changed.displayName.clear();
    changed.emails.first().value = QStringLiteral("ana@lopez.es");
    changed.tags = {QStringLiteral("Wholesale")};
    changed.custom.insert(QStringLiteral("Allergies"), QStringLiteral("Gluten"));
    ContactEdits edits(temp.db(), temp.clock());
    const auto write = edits.update(changed, QStringLiteral("Hotel Plaza"));
    INFO(write.errorMessage().toStdString());
    REQUIRE(write.ok());
    CHECK(write->before.lastName == QStringLiteral("López"));
    CHECK(write->after.displayName == QStringLiteral("Ana López García"));
    CHECK(write->after.companyName == QStringLiteral("Hotel Plaza"));
    CHECK(write->createdTags.size() == 1);
    const QStringList after = dump(temp.db());

    temp.clock().advanceSecs(60);
    REQUIRE(edits.undo(*write).ok());
    CHECK(dump(temp.db()) == before);
    temp.clock().advanceSecs(60);
    REQUIRE(edits.redo(*write).ok());
    CHECK(dump(temp.db()) == after);
    REQUIRE(edits.undo(*write).ok());
    CHECK(dump(temp.db()) == before);
}

TEST_CASE("undoing a creation is refused once something refers to the contact")
{
    TempDatabase temp;
    ContactEdits edits(temp.db(), temp.clock());
    const auto write = edits.create(person(QStringLiteral("Ana"), QStringLiteral("López")));
    REQUIRE(write.ok());
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("INSERT INTO activities (contact_id, kind, occurred_at, subject, created_at, "
                                 "updated_at) VALUES (:id, 'note', 'x', 'Called', 'x', 'x')"));
    query.bindValue(QStringLiteral(":id"), write->after.id);
    REQUIRE(query.exec());
    const QStringList state = dump(temp.db());

    const Status undone = edits.undo(*write);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind == Error::Kind::Conflict);
    CHECK(undone.errorMessage().contains(QStringLiteral("Ana López")));
    CHECK(dump(temp.db()) == state);
}

TEST_CASE("a purged contact is neither brought back by redo nor overwritten by undo")
{
    TempDatabase temp;
    ContactEdits edits(temp.db(), temp.clock());
    const auto write = edits.create(person(QStringLiteral("Ana"), QStringLiteral("López")));
    REQUIRE(write.ok());
    Contact changed = write->after;
    changed.jobTitle = QStringLiteral("Chef");
    const auto edit = edits.update(changed);
    REQUIRE(edit.ok());
    REQUIRE(edits.purge({write->after.id}).ok());
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 0);

    const Status undone = edits.undo(*edit);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind == Error::Kind::NotFound);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 0);
}

TEST_CASE("moving to the trash and restoring many contacts round-trips exactly")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    const qint64 a = *repo.create(person(QStringLiteral("Ana"), QStringLiteral("López")));
    const qint64 b = *repo.create(person(QStringLiteral("Ben"), QStringLiteral("Okafor")));
    const qint64 c = *repo.create(person(QStringLiteral("Chloé"), QStringLiteral("Martin")));
    REQUIRE(repo.moveToTrash(c).ok());
    const QStringList start = dump(temp.db());

    ContactEdits edits(temp.db(), temp.clock());
    temp.clock().advanceSecs(60);
    const auto trashed = edits.moveToTrash({a, b, c});
    REQUIRE(trashed.ok());
    REQUIRE(trashed->size() == 2); // c was already in the trash
    CHECK(repo.get(a)->isInTrash());
    const QStringList inTrash = dump(temp.db());

    temp.clock().advanceSecs(60);
    REQUIRE(edits.applyTrash(*trashed, false).ok());
    CHECK(dump(temp.db()) == start);
    REQUIRE(edits.applyTrash(*trashed, true).ok());
    CHECK(dump(temp.db()) == inTrash);

    const auto restored = edits.restore({a, c});
    REQUIRE(restored.ok());
    CHECK(restored->size() == 2);
    CHECK_FALSE(repo.get(c)->isInTrash());
    CHECK(repo.get(b)->isInTrash());
    REQUIRE(edits.applyTrash(*restored, false).ok());
    CHECK(dump(temp.db()) == inTrash);

    CHECK_FALSE(edits.moveToTrash({a, 999}).ok());
    CHECK(dump(temp.db()) == inTrash);
}

TEST_CASE("tagging many contacts changes only those that need it and undoes exactly")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    Contact withVip = person(QStringLiteral("Ana"), QStringLiteral("López"));
    withVip.tags << QStringLiteral("vip");
    const qint64 a = *repo.create(withVip);
    const qint64 b = *repo.create(person(QStringLiteral("Ben"), QStringLiteral("Okafor")));
    const qint64 c = *repo.create(person(QStringLiteral("Chloé"), QStringLiteral("Martin")));
    const QStringList start = dump(temp.db());
    const int audits = temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();

    ContactTagging tagging(temp.db(), temp.clock());
    const auto added = tagging.add({a, b, c}, QStringLiteral("VIP"));
    REQUIRE(added.ok());
    CHECK(added->changed == QList<qint64> {b, c});
    CHECK_FALSE(added->tagCreated);
    CHECK(repo.get(c)->tags.contains(QStringLiteral("vip")));
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == audits + 2);
    REQUIRE(tagging.apply(*added, false).ok());
    CHECK(dump(temp.db()) == start);
    CHECK(repo.get(a)->tags.contains(QStringLiteral("vip")));

    const auto created = tagging.add({b}, QStringLiteral("  Wedding  cakes "));
    REQUIRE(created.ok());
    CHECK(created->tagCreated);
    CHECK(created->tag.name == QStringLiteral("Wedding cakes"));
    const QStringList tagged = dump(temp.db());
    REQUIRE(tagging.apply(*created, false).ok());
    CHECK(dump(temp.db()) == start);
    REQUIRE(tagging.apply(*created, true).ok());
    CHECK(dump(temp.db()) == tagged);
    REQUIRE(tagging.apply(*created, false).ok());

    const auto removed = tagging.remove({a, b, c}, QStringLiteral("REGULAR"));
    REQUIRE(removed.ok());
    CHECK(removed->changed.size() == 3);
    CHECK(repo.get(a)->tags == QStringList {QStringLiteral("vip")});
    REQUIRE(tagging.apply(*removed, false).ok());
    CHECK(dump(temp.db()) == start);

    CHECK_FALSE(tagging.add({a}, QStringLiteral("  ")).ok());
    const auto unknown = tagging.remove({a}, QStringLiteral("nothing"));
    REQUIRE(unknown.ok());
    CHECK(unknown->changed.isEmpty());
}

TEST_CASE("look-ups list tags and count a custom field's stored values")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    REQUIRE(repo.create(person(QStringLiteral("Ana"), QStringLiteral("López"))).ok());
    Contact other = person(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    other.tags << QStringLiteral("Apple");
    REQUIRE(repo.create(other).ok());
    CHECK(ContactLookup::tagNames(temp.db()) == QStringList {QStringLiteral("Apple"), QStringLiteral("Regular")});
    const auto field = CustomFieldRepository(temp.db(), temp.clock()).findByName(QStringLiteral("allergies"));
    REQUIRE(field.ok());
    CHECK(ContactLookup::storedValueCount(temp.db(), field->id) == 2);
}
