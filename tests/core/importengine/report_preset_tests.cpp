#include "enginetestsupport.h"

#include "import/importpresetrepository.h"
#include "import/importreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ImportReport sampleReport()
{
    ImportReport report;
    report.batchId = 7;
    report.created = 3;
    report.updated = 1;
    report.skipped = 2;
    report.rejected = 1;
    report.rows = 7;
    report.format = QStringLiteral("csv");
    report.encoding = QStringLiteral("windows-1252");
    report.delimiter = QStringLiteral(";");
    report.mapping.headers = {QStringLiteral("E-Mail"), QStringLiteral("Name"), QStringLiteral("Misc")};
    report.mapping.fields = {QStringLiteral("email"), QStringLiteral("full_name"), QStringLiteral("ignore")};
    report.issues.append({4, QStringLiteral("E-Mail"), ImportIssue::Outcome::Rejected, 0,
                          QStringLiteral("\"bob@\" is not an e-mail address, says \"the file\"")});
    report.issues.append({5, {}, ImportIssue::Outcome::Merged, 12, QStringLiteral("Merged into contact 12.")});
    report.issues.append({6, QStringLiteral("Name"), ImportIssue::Outcome::Warning, 0, QStringLiteral("Two\nlines")});
    report.issues.append({8, {}, ImportIssue::Outcome::Skipped, 3, QStringLiteral("Zoë Müller € 😀")});
    return report;
}

} // namespace

TEST_CASE("the report as csv lists every issue with quoting")
{
    const QByteArray expected
        = "row,column,outcome,contact_id,message\r\n"
          "4,E-Mail,rejected,,\"\"\"bob@\"\" is not an e-mail address, says \"\"the file\"\"\"\r\n"
          "5,,merged,12,Merged into contact 12.\r\n"
          "6,Name,warning,,\"Two\nlines\"\r\n"
          "8,,skipped,3,"
        + QStringLiteral("Zoë Müller € 😀").toUtf8() + "\r\n";
    CHECK(sampleReport().toCsv() == expected);

    TempDatabase database;
    const QString path = database.dir() + QStringLiteral("/report.csv");
    REQUIRE(sampleReport().writeCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == expected);

    const auto failed = sampleReport().writeCsv(database.dir() + QStringLiteral("/no/such/folder/report.csv"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.errorMessage().contains(QStringLiteral("report.csv")));
}

TEST_CASE("the report as json has exactly the cli keys")
{
    const QJsonObject json = sampleReport().toJson();
    QStringList keys = json.keys();
    keys.sort();
    CHECK(keys
          == QStringList {QStringLiteral("batch"), QStringLiteral("created"), QStringLiteral("delimiter"),
                          QStringLiteral("encoding"), QStringLiteral("format"), QStringLiteral("issues"),
                          QStringLiteral("mapping"), QStringLiteral("rejected"), QStringLiteral("rows"),
                          QStringLiteral("skipped"), QStringLiteral("updated")});
    CHECK(json.value(QStringLiteral("batch")).toInteger() == 7);
    CHECK(json.value(QStringLiteral("created")).toInt() == 3);
    CHECK(json.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    CHECK(json.value(QStringLiteral("mapping")).toObject()
          == QJsonObject {{QStringLiteral("E-Mail"), QStringLiteral("email")},
                          {QStringLiteral("Name"), QStringLiteral("full_name")},
                          {QStringLiteral("Misc"), QStringLiteral("ignore")}});
    const QJsonArray issues = json.value(QStringLiteral("issues")).toArray();
    REQUIRE(issues.size() == 4);
    const QJsonObject rejected = issues.at(0).toObject();
    CHECK(rejected.value(QStringLiteral("row")).toInteger() == 4);
    CHECK(rejected.value(QStringLiteral("column")).toString() == QStringLiteral("E-Mail"));
    CHECK(rejected.value(QStringLiteral("outcome")).toString() == QStringLiteral("rejected"));
    CHECK(rejected.value(QStringLiteral("contact_id")).isNull());
    const QJsonObject merged = issues.at(1).toObject();
    CHECK(merged.value(QStringLiteral("column")).isNull());
    CHECK(merged.value(QStringLiteral("contact_id")).toInteger() == 12);
    CHECK(merged.value(QStringLiteral("outcome")).toString() == QStringLiteral("merged"));
    CHECK(issues.at(3).toObject().value(QStringLiteral("message")).toString() == QStringLiteral("Zoë Müller € 😀"));

    ImportReport dry = sampleReport();
    dry.batchId = 0;
    CHECK(dry.toJson().value(QStringLiteral("batch")).isNull());
}

TEST_CASE("presets are saved loaded listed replaced and removed")
{
    TempDatabase database;
    ImportPresetRepository presets(database.db(), database.clock());
    const QMap<QString, QString> mapping {{QStringLiteral("Mail"), QStringLiteral("email")},
                                          {QStringLiteral("Allergien"), QStringLiteral("custom:Allergies")}};
    const auto id = presets.save(QStringLiteral("  Old shop  "), ImportEntity::Contacts, mapping);
    REQUIRE(id.ok());
    CHECK(database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import_preset'")).toInt()
          == 1);

    const auto loaded = presets.load(QStringLiteral("OLD SHOP"));
    REQUIRE(loaded.ok());
    CHECK(loaded->id == *id);
    CHECK(loaded->name == QStringLiteral("Old shop"));
    CHECK(loaded->entity == ImportEntity::Contacts);
    CHECK(loaded->mapping == mapping);
    CHECK(loaded->createdAt == QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::systemTimeZone()));

    database.clock().advanceSecs(30);
    const auto replaced = presets.save(QStringLiteral("old shop"), ImportEntity::Orders,
                                       {{QStringLiteral("Nr"), QStringLiteral("order_number")}});
    REQUIRE(replaced.ok());
    CHECK(*replaced == *id);
    REQUIRE(presets.list().size() == 1);
    CHECK(presets.list().at(0).entity == ImportEntity::Orders);
    CHECK(presets.list().at(0).mapping.value(QStringLiteral("Nr")) == QStringLiteral("order_number"));
    CHECK(presets.list().at(0).createdAt == QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::systemTimeZone()));
    CHECK(presets.list().at(0).updatedAt
          == QDateTime(QDate(2026, 3, 15), QTime(10, 0, 30), QTimeZone::systemTimeZone()));

    REQUIRE(presets.save(QStringLiteral("Another"), ImportEntity::Contacts, {}).ok());
    CHECK(presets.list().size() == 2);
    CHECK(presets.list().at(0).name == QStringLiteral("Another"));

    REQUIRE(presets.remove(QStringLiteral("OLD shop")).ok());
    CHECK(presets.list().size() == 1);
    const auto gone = presets.load(QStringLiteral("Old shop"));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    CHECK(gone.errorMessage().contains(QStringLiteral("Old shop")));
    CHECK_FALSE(presets.remove(QStringLiteral("Old shop")).ok());
}

TEST_CASE("presets refuse an empty name and unknown fields naming them")
{
    TempDatabase database;
    ImportPresetRepository presets(database.db(), database.clock());
    const auto unnamed = presets.save(QStringLiteral("   "), ImportEntity::Contacts, {});
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().field == QStringLiteral("name"));
    const auto unknown = presets.save(QStringLiteral("x"), ImportEntity::Contacts,
                                      {{QStringLiteral("Col"), QStringLiteral("shoe_size")}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("mapping"));
    CHECK(unknown.errorMessage().contains(QStringLiteral("shoe_size")));
    CHECK(unknown.errorMessage().contains(QStringLiteral("Col")));
    // A contacts field is not an orders field.
    CHECK_FALSE(
        presets.save(QStringLiteral("x"), ImportEntity::Orders, {{QStringLiteral("Col"), QStringLiteral("first_name")}})
            .ok());
    CHECK(presets.list().isEmpty());
}
