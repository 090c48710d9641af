#include "import/importissuelist.h"
#include "import/importreport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ImportIssue numbered(qint64 row)
{
    ImportIssue issue;
    issue.row = row;
    issue.column = row % 2 ? QStringLiteral("E-mail") : QString();
    issue.outcome = row % 3 ? ImportIssue::Outcome::Skipped : ImportIssue::Outcome::Rejected;
    issue.contactId = row * 10;
    issue.message = QStringLiteral("Row %1: Zoë, \"quoted\", €").arg(row);
    return issue;
}

bool same(const ImportIssue &a, const ImportIssue &b)
{
    return a.row == b.row && a.column == b.column && a.outcome == b.outcome && a.contactId == b.contactId
        && a.message == b.message;
}

ImportReport reportWith(qsizetype memoryLimit, int count)
{
    ImportReport report;
    report.issues = ImportIssueList(memoryLimit);
    report.rows = count;
    report.format = QStringLiteral("csv");
    for (int row = 2; row < count + 2; ++row)
        report.issues.append(numbered(row));
    return report;
}

} // namespace

TEST_CASE("issues past the memory limit go to a file and come back in order")
{
    ImportIssueList issues(3);
    for (int row = 2; row < 12; ++row)
        issues.append(numbered(row));
    CHECK(issues.size() == 10);
    CHECK(issues.spilledCount() == 7);
    for (int i = 0; i < 10; ++i)
        CHECK(same(issues.at(i), numbered(i + 2)));
    // Reading out of order, as a table view does while scrolling.
    CHECK(same(issues.at(9), numbered(11)));
    CHECK(same(issues.at(4), numbered(6)));
    CHECK(same(issues.first(), numbered(2)));
    int row = 2;
    for (const ImportIssue &issue : issues)
        CHECK(same(issue, numbered(row++)));
    CHECK(row == 12);
}

TEST_CASE("a copy of an issue list keeps its issues when the original grows")
{
    ImportIssueList original(2);
    for (int row = 2; row < 6; ++row)
        original.append(numbered(row));
    const ImportIssueList copy = original;
    original.append(numbered(6));
    CHECK(copy.size() == 4);
    CHECK(original.size() == 5);
    CHECK(same(copy.at(3), numbered(5)));
    CHECK(same(original.at(4), numbered(6)));
    CHECK(same(original.at(3), numbered(5)));
}

TEST_CASE("a spilled report writes the same csv and json as one kept in memory")
{
    const ImportReport spilled = reportWith(5, 40);
    const ImportReport inMemory = reportWith(1000, 40);
    REQUIRE(spilled.issues.spilledCount() == 35);
    REQUIRE(inMemory.issues.spilledCount() == 0);
    CHECK(spilled.toCsv() == inMemory.toCsv());
    CHECK(spilled.toJson() == inMemory.toJson());

    QBuffer streamed;
    REQUIRE(streamed.open(QIODevice::WriteOnly));
    spilled.writeJson(streamed);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(streamed.data(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(parsed.isObject());
    CHECK(parsed.object() == inMemory.toJson());
    CHECK(parsed.object().value(QStringLiteral("issues")).toArray().size() == 40);
}

TEST_CASE("a report without issues streams an empty issues array")
{
    ImportReport report;
    QBuffer streamed;
    REQUIRE(streamed.open(QIODevice::WriteOnly));
    report.writeJson(streamed);
    const QJsonDocument parsed = QJsonDocument::fromJson(streamed.data());
    REQUIRE(parsed.isObject());
    CHECK(parsed.object() == report.toJson());
    CHECK(parsed.object().value(QStringLiteral("issues")).toArray().isEmpty());
}
