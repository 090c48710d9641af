#include "clirunner.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

TEST_CASE("--help and --version succeed and print to standard output")
{
    CliFixture cli;
    const CliResult help = cli.run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: clientele-cli")));
    for (const char *command : {"init", "contacts list", "contacts show", "contacts add", "search", "check"})
        CHECK(help.out.contains(QString::fromUtf8(command)));
    CHECK(help.err.isEmpty());

    const CliResult version = cli.run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("clientele-cli " CLIENTELE_VERSION));

    CHECK(cli.run({QStringLiteral("-h")}).exitCode == 0);
    // Nothing was opened or created by asking for help.
    CHECK_FALSE(QFileInfo::exists(cli.path(QStringLiteral("home/.local/share/Clientele/Clientele/clientele.sqlite"))));
}

TEST_CASE("every command has its own help")
{
    CliFixture cli;
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("init"), QStringLiteral("--help")}, QStringLiteral("--sample")},
        {{QStringLiteral("contacts"), QStringLiteral("--help")}, QStringLiteral("show ID")},
        {{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--help")}, QStringLiteral("--json")},
        {{QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("-h")}, QStringLiteral("--json")},
        {{QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--help")},
         QStringLiteral("--email EMAIL")},
        {{QStringLiteral("search"), QStringLiteral("--help")}, QStringLiteral("--limit N")},
        {{QStringLiteral("check"), QStringLiteral("--help")}, QStringLiteral("integrity")},
    };
    for (const auto &[arguments, expected] : cases) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = cli.run(arguments);
        CHECK(result.exitCode == 0);
        CHECK(result.out.startsWith(QStringLiteral("Usage: clientele-cli")));
        CHECK(result.out.contains(expected));
    }
    CHECK_FALSE(QFileInfo::exists(cli.db()));
}

TEST_CASE("usage errors exit with 2 and explain on standard error")
{
    CliFixture cli;
    const QList<std::pair<QStringList, QString>> cases = {
        {{}, QStringLiteral("no command")},
        {{QStringLiteral("frobnicate")}, QStringLiteral("unknown command 'frobnicate'")},
        {{QStringLiteral("--bogus"), QStringLiteral("check")}, QStringLiteral("unknown option '--bogus'")},
        {{QStringLiteral("--db")}, QStringLiteral("--db")},
        {{QStringLiteral("check"), QStringLiteral("--bogus")}, QStringLiteral("unknown option '--bogus'")},
        {{QStringLiteral("check"), QStringLiteral("extra")}, QStringLiteral("unexpected argument 'extra'")},
        {{QStringLiteral("contacts")}, QStringLiteral("list, show or add")},
        {{QStringLiteral("contacts"), QStringLiteral("remove")}, QStringLiteral("unknown contacts command 'remove'")},
        {{QStringLiteral("contacts"), QStringLiteral("show")}, QStringLiteral("missing argument ID")},
        {{QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("abc")}, QStringLiteral("'abc'")},
        {{QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("12x")}, QStringLiteral("'12x'")},
        {{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json=yes")}, QStringLiteral("--json")},
        {{QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.example")},
         QStringLiteral("--first or --last")},
        {{QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first")}, QStringLiteral("--first")},
        {{QStringLiteral("search")}, QStringLiteral("missing argument QUERY")},
        {{QStringLiteral("search"), QStringLiteral("anna"), QStringLiteral("--limit"), QStringLiteral("ten")},
         QStringLiteral("'ten'")},
        {{QStringLiteral("search"), QStringLiteral("anna"), QStringLiteral("--limit"), QStringLiteral("0")},
         QStringLiteral("'0'")},
        {{QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("cupcakes")},
         QStringLiteral("'cupcakes'")},
    };
    for (const auto &[arguments, expected] : cases) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = cli.runOnDb(arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(QStringLiteral("clientele-cli: ")));
        CHECK(result.err.contains(expected));
        CHECK(result.err.contains(QStringLiteral("--help")));
    }
    // A wrong command line never creates or touches the database.
    CHECK_FALSE(QFileInfo::exists(cli.db()));
}
