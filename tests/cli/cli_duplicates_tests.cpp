#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

qint64 addPerson(const CliFixture &cli, const QStringList &arguments)
{
    const CliResult result = cli.runOnDb(QStringList {QStringLiteral("contacts"), QStringLiteral("add")} + arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed().toLongLong();
}

/// Two records of Anna sharing an email and a phone, and an unrelated contact.
QList<qint64> annaTwice(const CliFixture &cli)
{
    const qint64 a = addPerson(cli,
                               {QStringLiteral("--first"), QStringLiteral("Anna"), QStringLiteral("--last"),
                                QStringLiteral("Weber"), QStringLiteral("--email"), QStringLiteral("anna@example.com"),
                                QStringLiteral("--tag"), QStringLiteral("VIP")});
    const qint64 b
        = addPerson(cli,
                    {QStringLiteral("--first"), QStringLiteral("Ana"), QStringLiteral("--last"),
                     QStringLiteral("Weber"), QStringLiteral("--email"), QStringLiteral("ANNA@example.com"),
                     QStringLiteral("--email"), QStringLiteral("ana@mail.example"), QStringLiteral("--phone"),
                     QStringLiteral("+1 503 555 0123"), QStringLiteral("--tag"), QStringLiteral("Wedding")});
    const qint64 c = addPerson(cli,
                               {QStringLiteral("--first"), QStringLiteral("Bert"), QStringLiteral("--last"),
                                QStringLiteral("Ross"), QStringLiteral("--phone"), QStringLiteral("+1 503 555 0123")});
    return {a, b, c};
}

} // namespace

TEST_CASE("duplicates lists candidate pairs with their reasons as text and JSON")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    const CliResult none = cli.runOnDb({QStringLiteral("duplicates")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QLatin1String("No likely duplicates")));
    const CliResult emptyJson = cli.runOnDb({QStringLiteral("duplicates"), QStringLiteral("--json")});
    CHECK(emptyJson.json().isArray());
    CHECK(emptyJson.json().array().isEmpty());

    const QList<qint64> ids = annaTwice(cli);
    const CliResult json = cli.runOnDb({QStringLiteral("duplicates"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    REQUIRE(json.json().isArray());
    const QJsonArray pairs = json.json().array();
    REQUIRE(pairs.size() == 2);
    const QJsonObject first = pairs.at(0).toObject();
    CHECK(
        first.keys()
        == QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("detail"), QStringLiteral("reasons")});
    CHECK(first.value(QStringLiteral("a")).toObject().value(QStringLiteral("id")).toInteger() == ids.at(0));
    CHECK(first.value(QStringLiteral("a")).toObject().value(QStringLiteral("name")).toString()
          == QLatin1String("Anna Weber"));
    CHECK(first.value(QStringLiteral("b")).toObject().value(QStringLiteral("id")).toInteger() == ids.at(1));
    CHECK(first.value(QStringLiteral("reasons")).toArray() == QJsonArray {QStringLiteral("email")});
    CHECK(first.value(QStringLiteral("detail")).toString().contains(QLatin1String("anna@example.com")));
    const QJsonObject second = pairs.at(1).toObject();
    CHECK(second.value(QStringLiteral("a")).toObject().value(QStringLiteral("id")).toInteger() == ids.at(1));
    CHECK(second.value(QStringLiteral("b")).toObject().value(QStringLiteral("id")).toInteger() == ids.at(2));
    CHECK(second.value(QStringLiteral("reasons")).toArray() == QJsonArray {QStringLiteral("phone")});

    const CliResult text = cli.runOnDb({QStringLiteral("duplicates")});
    REQUIRE(text.exitCode == 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QLatin1String("ID")));
    CHECK(lines.at(0).contains(QLatin1String("Reasons")));
    CHECK(lines.at(1).contains(QLatin1String("Anna Weber")));
    CHECK(lines.at(1).contains(QLatin1String("email")));
    // The columns line up: "Reasons" starts where each row's reasons start.
    const qsizetype column = lines.at(0).indexOf(QLatin1String("Reasons"));
    CHECK(lines.at(1).indexOf(QLatin1String("email")) == column);
    CHECK(lines.at(2).indexOf(QLatin1String("phone")) == column);
}

TEST_CASE("merge keeps the first contact's values moves the rest and trashes the other")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    const QList<qint64> ids = annaTwice(cli);
    const CliResult merged
        = cli.runOnDb({QStringLiteral("merge"), QString::number(ids.at(0)), QString::number(ids.at(1))});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QLatin1String("Ana Weber")));
    CHECK(merged.out.contains(QLatin1String("Anna Weber")));
    CHECK(merged.out.contains(QLatin1String("Tags added:")));

    const CliResult show = cli.runOnDb(
        {QStringLiteral("contacts"), QStringLiteral("show"), QString::number(ids.at(0)), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject contact = show.json().object();
    CHECK(contact.value(QStringLiteral("first_name")).toString() == QLatin1String("Anna"));
    CHECK(contact.value(QStringLiteral("emails")).toArray().size() == 2);
    CHECK(contact.value(QStringLiteral("phones")).toArray().size() == 1);
    CHECK(contact.value(QStringLiteral("tags")).toArray().size() == 2);

    const CliResult list = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.json().array().size() == 2); // the merged record is in the trash
    const CliResult pairs = cli.runOnDb({QStringLiteral("duplicates"), QStringLiteral("--json")});
    REQUIRE(pairs.json().array().size() == 1); // Bert's phone is now Anna's
    CHECK(pairs.json()
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("a"))
              .toObject()
              .value(QStringLiteral("id"))
              .toInteger()
          == ids.at(0));
}

TEST_CASE("merge refuses wrong ids with exit code 1 and a wrong command line with 2")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    const QList<qint64> ids = annaTwice(cli);
    const QString a = QString::number(ids.at(0));

    const CliResult self = cli.runOnDb({QStringLiteral("merge"), a, a});
    CHECK(self.exitCode == 1);
    CHECK(self.err.contains(QLatin1String("itself")));
    const CliResult missing = cli.runOnDb({QStringLiteral("merge"), a, QStringLiteral("999")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QLatin1String("999")));
    REQUIRE(cli.runOnDb({QStringLiteral("merge"), a, QString::number(ids.at(1))}).exitCode == 0);
    const CliResult trashed
        = cli.runOnDb({QStringLiteral("merge"), QString::number(ids.at(2)), QString::number(ids.at(1))});
    CHECK(trashed.exitCode == 1);
    CHECK(trashed.err.contains(QLatin1String("trash")));

    CHECK(cli.runOnDb({QStringLiteral("merge"), a}).exitCode == 2);
    CHECK(cli.runOnDb({QStringLiteral("merge"), a, QStringLiteral("x7")}).exitCode == 2);
    CHECK(cli.runOnDb({QStringLiteral("merge"), a, QStringLiteral("2"), QStringLiteral("3")}).exitCode == 2);
    CHECK(cli.runOnDb({QStringLiteral("duplicates"), QStringLiteral("extra")}).exitCode == 2);
    const CliResult help = cli.runOnDb({QStringLiteral("merge"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QLatin1String("KEEP_ID")));
    CHECK(cli.run({QStringLiteral("--help")}).out.contains(QLatin1String("duplicates")));
}
