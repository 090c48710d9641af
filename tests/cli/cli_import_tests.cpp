#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch.hpp>

namespace {

QString fixture(const QString &name)
{
    return QFileInfo(QString::fromUtf8(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../fixtures/import/engine/") + name);
}

CliResult import(const CliFixture &cli, const QStringList &arguments)
{
    return cli.runOnDb(QStringList {QStringLiteral("import"), fixture(QStringLiteral("customers.csv"))} + arguments);
}

int contactCount(const CliFixture &cli)
{
    const CliResult list = cli.runOnDb({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    return static_cast<int>(list.json().array().size());
}

} // namespace

TEST_CASE("import --json prints one object with the documented keys and values")
{
    CliFixture cli;
    const CliResult result = import(cli, {QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json().object();
    const QStringList keyList = json.keys();
    CHECK(QSet<QString>(keyList.cbegin(), keyList.cend())
          == QSet<QString> {QStringLiteral("batch"), QStringLiteral("created"), QStringLiteral("updated"),
                            QStringLiteral("skipped"), QStringLiteral("rejected"), QStringLiteral("rows"),
                            QStringLiteral("format"), QStringLiteral("encoding"), QStringLiteral("delimiter"),
                            QStringLiteral("mapping"), QStringLiteral("issues")});
    CHECK(json.value(QStringLiteral("batch")).toInteger() == 1);
    CHECK(json.value(QStringLiteral("created")).toInt() == 3);
    CHECK(json.value(QStringLiteral("updated")).toInt() == 1);
    CHECK(json.value(QStringLiteral("skipped")).toInt() == 0);
    CHECK(json.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(json.value(QStringLiteral("rows")).toInt() == 5);
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK(json.value(QStringLiteral("encoding")).toString() == QStringLiteral("utf-8"));
    CHECK(json.value(QStringLiteral("delimiter")).toString() == QStringLiteral(","));
    const QJsonObject mapping = json.value(QStringLiteral("mapping")).toObject();
    CHECK(mapping.size() == 7);
    CHECK(mapping.value(QStringLiteral("First Name")).toString() == QStringLiteral("first_name"));
    CHECK(mapping.value(QStringLiteral("Email")).toString() == QStringLiteral("email"));
    const QJsonArray issues = json.value(QStringLiteral("issues")).toArray();
    REQUIRE(issues.size() == 2);
    const QJsonObject merged = issues.at(0).toObject();
    CHECK(merged.value(QStringLiteral("row")).toInt() == 4);
    CHECK(merged.value(QStringLiteral("outcome")).toString() == QStringLiteral("merged"));
    CHECK(merged.value(QStringLiteral("contact_id")).toInt() == 1);
    CHECK(merged.value(QStringLiteral("column")).isNull());
    const QJsonObject rejected = issues.at(1).toObject();
    CHECK(rejected.value(QStringLiteral("row")).toInt() == 6);
    CHECK(rejected.value(QStringLiteral("outcome")).toString() == QStringLiteral("rejected"));
    CHECK(rejected.value(QStringLiteral("contact_id")).isNull());
    CHECK_FALSE(rejected.value(QStringLiteral("message")).toString().isEmpty());
    CHECK(contactCount(cli) == 3);
}

TEST_CASE("import prints a text summary and a second run creates nothing")
{
    CliFixture cli;
    const CliResult first = import(cli, {});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("5 rows read")));
    CHECK(first.out.contains(QStringLiteral("3 created, 1 updated, 0 skipped as duplicates, 1 rejected")));
    CHECK(first.out.contains(QStringLiteral("row 6: rejected")));
    CHECK(first.out.contains(QStringLiteral("undo-import 1")));
    // Not a terminal: no progress on stderr.
    CHECK(first.err.isEmpty());

    const CliResult second = import(cli, {QStringLiteral("--json")});
    REQUIRE(second.exitCode == 0);
    CHECK(second.json().object().value(QStringLiteral("created")).toInt() == 0);
    CHECK(second.json().object().value(QStringLiteral("skipped")).toInt() == 4);
    CHECK(contactCount(cli) == 3);
}

TEST_CASE("import --dry-run reports everything and writes nothing")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    const CliResult result = import(cli, {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json().object();
    CHECK(json.value(QStringLiteral("batch")).isNull());
    CHECK(json.value(QStringLiteral("created")).toInt() == 3);
    CHECK(json.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(contactCount(cli) == 0);
    const CliResult text = import(cli, {QStringLiteral("--dry-run")});
    CHECK(text.out.contains(QStringLiteral("Dry run: nothing was written.")));
    const CliResult imports = cli.runOnDb({QStringLiteral("imports"), QStringLiteral("--json")});
    CHECK(imports.json().array().isEmpty());
}

TEST_CASE("import --report writes every issue as csv")
{
    CliFixture cli;
    const QString report = cli.path(QStringLiteral("report.csv"));
    const CliResult result = import(cli, {QStringLiteral("--report"), report});
    REQUIRE(result.exitCode == 0);
    QFile file(report);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("row,column,outcome,contact_id,message"));
    CHECK(lines.at(1).startsWith(QStringLiteral("4,,merged,1,")));
    CHECK(lines.at(2).startsWith(QStringLiteral("6,,rejected,,")));
}

TEST_CASE("import exit codes tell usage errors from unreadable files")
{
    CliFixture cli;
    REQUIRE(cli.runOnDb({QStringLiteral("init")}).exitCode == 0);
    SECTION("unknown field in --map lists the valid ones")
    {
        const CliResult result = import(cli, {QStringLiteral("--map"), QStringLiteral("City=town")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("\"town\" is not a field")));
        CHECK(result.err.contains(QStringLiteral("postal_code")));
    }
    SECTION("a column the file lacks")
    {
        const CliResult result = import(cli, {QStringLiteral("--map"), QStringLiteral("Town=city")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("Town")));
    }
    SECTION("bad choices and missing file argument")
    {
        CHECK(import(cli, {QStringLiteral("--on-duplicate"), QStringLiteral("ignore")}).exitCode == 2);
        CHECK(import(cli, {QStringLiteral("--type"), QStringLiteral("deals")}).exitCode == 2);
        CHECK(import(cli, {QStringLiteral("--delimiter"), QStringLiteral(":")}).exitCode == 2);
        CHECK(import(cli, {QStringLiteral("--preset"), QStringLiteral("nope")}).exitCode == 2);
        CHECK(cli.runOnDb({QStringLiteral("import")}).exitCode == 2);
    }
    SECTION("files that cannot be read")
    {
        for (const QString &name :
             {QStringLiteral("missing.csv"), QStringLiteral("empty.csv"), QStringLiteral("broken.xlsx")}) {
            const CliResult result = cli.runOnDb({QStringLiteral("import"), fixture(name)});
            INFO(name.toStdString());
            CHECK(result.exitCode == 1);
            CHECK(result.err.contains(name));
        }
    }
    SECTION("a password-protected workbook and an old .xls say what they are and what to do")
    {
        const QString folder = QFileInfo(QString::fromUtf8(__FILE__))
                                   .dir()
                                   .absoluteFilePath(QStringLiteral("../fixtures/import/workbooks/"));
        const CliResult locked
            = cli.runOnDb({QStringLiteral("import"), folder + QStringLiteral("password-protected.xlsx")});
        CHECK(locked.exitCode == 1);
        CHECK(locked.err.contains(QStringLiteral("password-protected.xlsx is password-protected")));
        CHECK(locked.err.contains(QStringLiteral("save it, and import it again")));
        CHECK_FALSE(locked.err.contains(QStringLiteral("97")));
        const CliResult legacy = cli.runOnDb({QStringLiteral("import"), folder + QStringLiteral("excel97.xls")});
        CHECK(legacy.exitCode == 1);
        CHECK(legacy.err.contains(QStringLiteral("excel97.xls is an Excel 97–2003 workbook (.xls)")));
        CHECK(legacy.err.contains(QStringLiteral("save it as .xlsx or CSV")));
    }
    CHECK(contactCount(cli) == 0);
}

TEST_CASE("undo-import reverts a batch and refuses a second undo")
{
    CliFixture cli;
    REQUIRE(import(cli, {}).exitCode == 0);
    CHECK(contactCount(cli) == 3);
    const CliResult undone = cli.runOnDb({QStringLiteral("undo-import"), QStringLiteral("1")});
    INFO(undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(undone.out.contains(QStringLiteral("customers.csv")));
    CHECK(contactCount(cli) == 0);

    const CliResult again = cli.runOnDb({QStringLiteral("undo-import"), QStringLiteral("1")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already undone")));
    CHECK(cli.runOnDb({QStringLiteral("undo-import"), QStringLiteral("99")}).exitCode == 1);
    CHECK(cli.runOnDb({QStringLiteral("undo-import"), QStringLiteral("x")}).exitCode == 2);

    const CliResult imports = cli.runOnDb({QStringLiteral("imports"), QStringLiteral("--json")});
    REQUIRE(imports.exitCode == 0);
    const QJsonArray batches = imports.json().array();
    REQUIRE(batches.size() == 1);
    CHECK(batches.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("undone"));
    CHECK(batches.at(0).toObject().value(QStringLiteral("created")).toInt() == 3);
    CHECK(batches.at(0).toObject().value(QStringLiteral("file")).toString() == QStringLiteral("customers.csv"));
}

TEST_CASE("import of orders links customers and reports new ones")
{
    CliFixture cli;
    REQUIRE(import(cli, {}).exitCode == 0);
    const CliResult orders
        = cli.runOnDb({QStringLiteral("import"), fixture(QStringLiteral("orders.csv")), QStringLiteral("--type"),
                       QStringLiteral("orders"), QStringLiteral("--json")});
    INFO(orders.err.toStdString());
    REQUIRE(orders.exitCode == 0);
    const QJsonObject json = orders.json().object();
    CHECK(json.value(QStringLiteral("created")).toInt() == 2);
    const QJsonArray issues = json.value(QStringLiteral("issues")).toArray();
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("warning"));
    CHECK(issues.at(0).toObject().value(QStringLiteral("contact_id")).toInt() == 4);
    CHECK(contactCount(cli) == 4);
}
