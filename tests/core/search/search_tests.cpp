#include "tempdatabase.h"

#include "contacts/contactrepository.h"
#include "search/contactsearch.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 add(ContactRepository &repo, const QString &first, const QString &last, const QString &notes = {},
           const QString &email = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.notes = notes;
    if (!email.isEmpty()) {
        ContactMethod m;
        m.value = email;
        c.emails = {m};
    }
    const auto id = repo.create(c);
    REQUIRE(id.ok());
    return *id;
}

QList<qint64> ids(const ContactSearch &search, const QString &text)
{
    const auto hits = search.search(text);
    REQUIRE(hits.ok());
    QList<qint64> result;
    for (const SearchHit &hit : *hits)
        result.append(hit.contactId);
    return result;
}

} // namespace

TEST_CASE("prefix search finds names as the user types")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    ContactSearch search(temp.db());
    const qint64 smith = add(repo, QStringLiteral("John"), QStringLiteral("Smith"));
    add(repo, QStringLiteral("Jane"), QStringLiteral("Doe"));
    CHECK(ids(search, QStringLiteral("smi")) == QList<qint64> {smith});
    CHECK(ids(search, QStringLiteral("SMITH")) == QList<qint64> {smith});
    CHECK(ids(search, QStringLiteral("jo sm")) == QList<qint64> {smith});
    CHECK(ids(search, QStringLiteral("jo doe")).isEmpty());
    CHECK(ids(search, QStringLiteral("   ")).isEmpty());
}

TEST_CASE("search ignores diacritics in both directions")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    ContactSearch search(temp.db());
    const qint64 muller = add(repo, QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    const qint64 francois = add(repo, QStringLiteral("Francois"), QStringLiteral("Cote"));
    CHECK(ids(search, QStringLiteral("muller")) == QList<qint64> {muller});
    CHECK(ids(search, QStringLiteral("jurg")) == QList<qint64> {muller});
    CHECK(ids(search, QStringLiteral("françois côté")) == QList<qint64> {francois});
}

TEST_CASE("the index follows inserts updates deletes and related tables")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    ContactSearch search(temp.db());
    const qint64 id
        = add(repo, QStringLiteral("Olga"), QStringLiteral("Orlova"), QString(), QStringLiteral("olga@bakery.example"));
    CHECK(ids(search, QStringLiteral("olga@bakery")) == QList<qint64> {id});

    Contact c = *repo.get(id);
    c.lastName = QStringLiteral("Petrova");
    c.displayName.clear();
    c.tags = {QStringLiteral("Gluten-free")};
    ContactMethod phone;
    phone.value = QStringLiteral("(503) 555-0142");
    c.phones = {phone};
    c.emails.clear();
    REQUIRE(repo.update(c).ok());
    CHECK(ids(search, QStringLiteral("orlova")).isEmpty());
    CHECK(ids(search, QStringLiteral("petro")) == QList<qint64> {id});
    CHECK(ids(search, QStringLiteral("gluten")) == QList<qint64> {id});
    CHECK(ids(search, QStringLiteral("olga@bakery")).isEmpty());
    CHECK(ids(search, QStringLiteral("5035550142")) == QList<qint64> {id});
    CHECK(ids(search, QStringLiteral("555-0142")) == QList<qint64> {id});

    // activity text is searchable
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("INSERT INTO activities (contact_id, kind, occurred_at, body, created_at, updated_at) "
                                 "VALUES (:id, 'call', '2026-03-01T10:00:00.000Z', 'asked about croquembouche', "
                                 "'2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')"));
    query.bindValue(QStringLiteral(":id"), id);
    REQUIRE(query.exec());
    CHECK(ids(search, QStringLiteral("croquem")) == QList<qint64> {id});
    REQUIRE(query.exec(QStringLiteral("DELETE FROM activities")));
    CHECK(ids(search, QStringLiteral("croquem")).isEmpty());

    // a renamed company renames itself in its members' documents
    const auto company = repo.findOrCreateCompany(QStringLiteral("Old Mill"));
    c = *repo.get(id);
    c.companyId = *company;
    REQUIRE(repo.update(c).ok());
    CHECK(ids(search, QStringLiteral("mill")).contains(id));
    Contact mill = *repo.get(*company);
    mill.displayName = QStringLiteral("New Granary");
    REQUIRE(repo.update(mill).ok());
    CHECK(ids(search, QStringLiteral("granary")).contains(id));
    CHECK_FALSE(ids(search, QStringLiteral("mill")).contains(id));

    REQUIRE(repo.moveToTrash(id).ok());
    CHECK(ids(search, QStringLiteral("petro")).isEmpty());
    CHECK(search.search(QStringLiteral("petro"), 10, true)->size() == 1);
    REQUIRE(repo.purge(id).ok());
    CHECK(search.search(QStringLiteral("petro"), 10, true)->isEmpty());
}

TEST_CASE("a name match ranks above a note match and the snippet marks it")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    ContactSearch search(temp.db());
    const qint64 inNotes = add(repo, QStringLiteral("Amy"), QStringLiteral("Adams"),
                               QStringLiteral("Recommended by Mrs Baker from the market"));
    const qint64 inName = add(repo, QStringLiteral("Ben"), QStringLiteral("Baker"));
    const auto hits = search.search(QStringLiteral("baker"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 2);
    CHECK(hits->at(0).contactId == inName);
    CHECK(hits->at(1).contactId == inNotes);
    CHECK(hits->at(1).snippet.contains(QStringLiteral("[Baker]")));
}

TEST_CASE("search text with FTS operators is treated as plain words")
{
    TempDatabase temp;
    ContactRepository repo(temp.db(), temp.clock());
    ContactSearch search(temp.db());
    add(repo, QStringLiteral("Near"), QStringLiteral("Andor"));
    for (const QString &text : {QStringLiteral("\"unbalanced"), QStringLiteral("near OR and*"), QStringLiteral("-x"),
                                QStringLiteral("name:foo"), QStringLiteral("(a"), QStringLiteral("***")}) {
        INFO(text.toStdString());
        CHECK(search.search(text).ok());
    }
    CHECK(search.search(QStringLiteral("near andor"))->size() == 1);
}
