#include "clirunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch.hpp>

namespace {

const QSet<QString> ContactKeys
    = {QStringLiteral("id"),        QStringLiteral("kind"),         QStringLiteral("first_name"),
       QStringLiteral("last_name"), QStringLiteral("display_name"), QStringLiteral("company"),
       QStringLiteral("emails"),    QStringLiteral("phones"),       QStringLiteral("address"),
       QStringLiteral("birthday"),  QStringLiteral("tags"),         QStringLiteral("notes"),
       QStringLiteral("consent"),   QStringLiteral("custom"),       QStringLiteral("created_at"),
       QStringLiteral("updated_at")};

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

qint64 addContact(const CliFixture &cli, const QStringList &arguments)
{
    const CliResult result = cli.runOnDb(QStringList {QStringLiteral("contacts"), QStringLiteral("add")} + arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    bool ok = false;
    const qint64 id = result.out.trimmed().toLongLong(&ok);
    REQUIRE(ok);
    return id;
}

} // namespace

TEST_CASE("init creates the database and accepts an existing one")
{
    CliFixture cli;
    const CliResult created = cli.runOnDb({QStringLiteral("init")});
    INFO(created.err.toStdString());
    CHECK(created.exitCode == 0);
    CHECK(QFileInfo::exists(cli.db()));
    CHECK(created.out.contains(cli.db()));
    CHECK(created.out.contains(QStringLiteral("Created")));
    CHECK(created.err.isEmpty());

    const CliResult again = cli.runOnDb({QStringLiteral("init")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("ready")));
    // The lock is released when the tool exits.
    CHECK_FALSE(QFileInfo::exists(cli.db() + QStringLiteral(".lock")));

    const CliResult list = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.exitCode == 0);
    CHECK(list.json().isArray());
    CHECK(list.json().array().isEmpty());
}

TEST_CASE("init --sample bakery fills the database and lists as JSON")
{
    CliFixture cli;
    const CliResult init = cli.runOnDb({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("bakery")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Rosie's Bakery")));

    const CliResult list = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonDocument document = list.json();
    REQUIRE(document.isArray());
    const QJsonArray contacts = document.array();
    CHECK(contacts.size() >= 190);
    CHECK(contacts.size() <= 210);
    bool foundZoe = false;
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        REQUIRE(keysOf(contact) == ContactKeys);
        foundZoe = foundZoe || contact.value(QStringLiteral("display_name")).toString() == QStringLiteral("Zoë Müller");
    }
    CHECK(foundZoe);

    // The table has the promised columns and the names come out as UTF-8.
    const CliResult table = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list")});
    CHECK(table.exitCode == 0);
    const QStringList header = table.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CHECK(header
          == QStringList {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Company"),
                          QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Tags")});
    CHECK(table.out.contains(QStringLiteral("Zoë Müller")));
    CHECK(table.out.contains(QStringLiteral("Lan Nguyễn")));

    // A second sample into the same database is refused.
    const CliResult again = cli.runOnDb({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("bakery")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds contacts")));
}

TEST_CASE("contacts add stores a person and contacts show prints it")
{
    CliFixture cli;
    const qint64 id = addContact(
        cli,
        {QStringLiteral("--first"), QStringLiteral("Zoë"), QStringLiteral("--last"), QStringLiteral("Müller"),
         QStringLiteral("--email"), QStringLiteral("zoe@example.com"), QStringLiteral("--email"),
         QStringLiteral("zoe@work.example"), QStringLiteral("--phone"), QStringLiteral("(503) 555-0123"),
         QStringLiteral("--tag"), QStringLiteral("VIP"), QStringLiteral("--tag=Regular")});
    CHECK(id > 0);

    const CliResult json = cli.runOnDb(
        {QStringLiteral("contacts"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    REQUIRE(json.json().isObject());
    const QJsonObject contact = json.json().object();
    CHECK(keysOf(contact) == ContactKeys);
    CHECK(contact.value(QStringLiteral("id")).toInteger() == id);
    CHECK(contact.value(QStringLiteral("display_name")).toString() == QStringLiteral("Zoë Müller"));
    CHECK(contact.value(QStringLiteral("emails")).toArray()
          == QJsonArray {QStringLiteral("zoe@example.com"), QStringLiteral("zoe@work.example")});
    CHECK(contact.value(QStringLiteral("phones")).toArray() == QJsonArray {QStringLiteral("(503) 555-0123")});
    CHECK(contact.value(QStringLiteral("tags")).toArray().size() == 2);
    CHECK(contact.value(QStringLiteral("company")).isNull());

    const CliResult text = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("show"), QString::number(id)});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Zoë Müller\n")));
    CHECK(text.out.contains(QStringLiteral("zoe@example.com")));
    CHECK(text.out.contains(QStringLiteral("(503) 555-0123")));
    CHECK(text.out.contains(QStringLiteral("VIP")));
}

TEST_CASE("contacts add rejects an invalid email and names the field")
{
    CliFixture cli;
    const CliResult result = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"),
                                          QStringLiteral("Bob"), QStringLiteral("--last"), QStringLiteral("Baker"),
                                          QStringLiteral("--email"), QStringLiteral("bob@")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.startsWith(QStringLiteral("clientele-cli: email: ")));
    CHECK(result.err.contains(QStringLiteral("'bob@'")));

    // Nothing was stored.
    const CliResult list = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.exitCode == 0);
    CHECK(list.json().array().isEmpty());
}

TEST_CASE("contacts show reports an unknown id")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    const CliResult result = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("9999")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("No contact with id 9999")));
}

TEST_CASE("search finds prefixes and ignores accents")
{
    CliFixture cli;
    const qint64 anna
        = addContact(cli,
                     {QStringLiteral("--first"), QStringLiteral("Anna"), QStringLiteral("--last"),
                      QStringLiteral("Müller"), QStringLiteral("--email"), QStringLiteral("anna@example.com")});
    addContact(cli,
               {QStringLiteral("--first"), QStringLiteral("Bob"), QStringLiteral("--last"), QStringLiteral("Baker")});

    for (const char *query : {"mull", "Müll", "MULLER", "ann mül"}) {
        INFO(query);
        const CliResult result
            = cli.runOnDb({QStringLiteral("search"), QString::fromUtf8(query), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        const QJsonArray hits = result.json().array();
        REQUIRE(hits.size() == 1);
        const QJsonObject hit = hits.first().toObject();
        CHECK(keysOf(hit)
              == QSet<QString> {QStringLiteral("id"), QStringLiteral("display_name"), QStringLiteral("company"),
                                QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("snippet")});
        CHECK(hit.value(QStringLiteral("id")).toInteger() == anna);
        CHECK(hit.value(QStringLiteral("display_name")).toString() == QStringLiteral("Anna Müller"));
        CHECK(hit.value(QStringLiteral("email")).toString() == QStringLiteral("anna@example.com"));
        CHECK(hit.value(QStringLiteral("company")).isNull());
    }

    // Several words without quotes, a text listing, and no match.
    const CliResult words = cli.runOnDb({QStringLiteral("search"), QStringLiteral("anna"), QStringLiteral("mull")});
    CHECK(words.exitCode == 0);
    CHECK(words.out.contains(QStringLiteral("Anna Müller")));
    const CliResult none = cli.runOnDb({QStringLiteral("search"), QStringLiteral("zzz"), QStringLiteral("--json")});
    CHECK(none.exitCode == 0);
    CHECK(none.json().isArray());
    CHECK(none.json().array().isEmpty());
}

TEST_CASE("search --limit caps the number of hits")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("bakery")}).exitCode == 0);
    const CliResult all = cli.runOnDb({QStringLiteral("search"), QStringLiteral("example"), QStringLiteral("--json")});
    REQUIRE(all.exitCode == 0);
    CHECK(all.json().array().size() > 5);
    const CliResult limited = cli.runOnDb({QStringLiteral("search"), QStringLiteral("example"),
                                           QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    REQUIRE(limited.exitCode == 0);
    CHECK(limited.json().array().size() == 5);
}
