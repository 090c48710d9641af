#include "clirunner.h"

#include "db/database.h"
#include "db/migrator.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("check passes a good database")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("bakery")}).exitCode == 0);
    const CliResult result = cli.runOnDb({QStringLiteral("check")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("Database OK (schema version %1)").arg(Migrator::latestVersion()));
    CHECK(result.err.isEmpty());
}

TEST_CASE("check fails a database with a dangling reference and names it")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    rawExec(cli.db(),
            {QStringLiteral("INSERT INTO orders (id, contact_id, currency, ordered_at, created_at, updated_at) "
                            "VALUES (5, 4242, 'USD', '2026-01-01T10:00:00.000Z', "
                            "'2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')")});
    const CliResult result = cli.runOnDb({QStringLiteral("check")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("1 problem")));
    CHECK(result.err.contains(QStringLiteral("table orders row 5 refers to missing contacts")));
}

TEST_CASE("read commands do not create a missing database")
{
    CliFixture cli;
    for (const QStringList &arguments : QList<QStringList> {{QStringLiteral("check")},
                                                            {QStringLiteral("contacts"), QStringLiteral("list")},
                                                            {QStringLiteral("search"), QStringLiteral("anna")}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = cli.runOnDb(arguments);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QDir::toNativeSeparators(cli.db())));
    }
    CHECK_FALSE(QFileInfo::exists(cli.db()));
}

TEST_CASE("CLIENTELE_DB chooses the database unless --db is given")
{
    CliFixture cli;
    const QString fromEnvironment = cli.path(QStringLiteral("env/shop.sqlite"));
    cli.environment().insert(QStringLiteral("CLIENTELE_DB"), fromEnvironment);

    const CliResult added = cli.run(
        {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Søren")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(QFileInfo::exists(fromEnvironment));
    CHECK_FALSE(QFileInfo::exists(cli.db()));

    const CliResult listed = cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().array().size() == 1);
    CHECK(listed.json().array().first().toObject().value(QStringLiteral("first_name")).toString()
          == QStringLiteral("Søren"));

    // --db wins over the environment, before or after the command name.
    CHECK(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    CHECK(QFileInfo::exists(cli.db()));
    const CliResult other = cli.run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--db"), cli.db()});
    REQUIRE(other.exitCode == 0);
    CHECK(other.json().array().isEmpty());

    // Without either, the per-user default location inside the (test) home folder.
    cli.environment().remove(QStringLiteral("CLIENTELE_DB"));
    CHECK(cli.run({QStringLiteral("init")}).exitCode == 0);
    CHECK(QFileInfo::exists(cli.path(QStringLiteral("home/.local/share/Clientele/Clientele/clientele.sqlite"))));
}

TEST_CASE("a database locked by another process refuses writes and still allows reads")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    auto held = Database::open(cli.db(), Database::Mode::ReadWrite, testClock());
    REQUIRE(held.ok());

    const CliResult add = cli.runOnDb(
        {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Ada")});
    CHECK(add.exitCode == 1);
    CHECK(add.out.isEmpty());
    CHECK(add.err.contains(QDir::toNativeSeparators(cli.db())));
    CHECK(add.err.contains(QStringLiteral("already open")));

    const CliResult init = cli.runOnDb({QStringLiteral("init")});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QDir::toNativeSeparators(cli.db())));

    // Reading does not need the write lock: a script can list while the window is open.
    const CliResult list = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(cli.runOnDb({QStringLiteral("check")}).exitCode == 0);

    held = Error {QStringLiteral("released")};
    const CliResult afterwards = cli.runOnDb(
        {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Ada")});
    CHECK(afterwards.exitCode == 0);
}

TEST_CASE("a database from a newer Clientele is refused and left unchanged")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"),
                         QStringLiteral("Ada")})
                .exitCode
            == 0);
    rawExec(cli.db(), {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)});
    const QByteArray before = fileBytes(cli.db());

    const QList<QStringList> commands = {
        {QStringLiteral("init")},
        {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Bob")},
        {QStringLiteral("contacts"), QStringLiteral("list")},
        {QStringLiteral("check")},
    };
    for (const QStringList &arguments : commands) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = cli.runOnDb(arguments);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QDir::toNativeSeparators(cli.db())));
        CHECK(fileBytes(cli.db()) == before);
    }
    const CliResult init = cli.runOnDb({QStringLiteral("init")});
    CHECK(init.err.contains(QStringLiteral("newer version of Clientele")));
}
