#include "tempdatabase.h"

#include "contacts/contactrepository.h"
#include "db/databasecheck.h"
#include "db/migrator.h"
#include "sample/bakerysample.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

/// Runs statements on a second, plain connection to the file: no Clientele pragmas, so
/// foreign keys are not enforced, as in a file damaged by another tool.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-check-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool anyContains(const QStringList &problems, std::initializer_list<const char *> parts)
{
    for (const QString &problem : problems) {
        bool all = true;
        for (const char *part : parts)
            all = all && problem.contains(QString::fromUtf8(part));
        if (all)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a fresh database passes the check")
{
    TempDatabase temp;
    const CheckReport report = checkDatabase(temp.db());
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
    CHECK(report.problems.isEmpty());
    CHECK(report.schemaVersion == Migrator::latestVersion());
    CHECK(report.expectedVersion == Migrator::latestVersion());
}

TEST_CASE("a database full of sample data passes the check")
{
    TempDatabase temp;
    REQUIRE(BakerySample::populate(temp.db(), temp.clock()).ok());
    const CheckReport report = checkDatabase(temp.db());
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
}

TEST_CASE("a row that refers to a missing record fails the check and is named")
{
    TempDatabase temp;
    rawExec(temp.path(),
            {QStringLiteral("INSERT INTO orders (id, contact_id, currency, ordered_at, created_at, updated_at) "
                            "VALUES (12, 999, 'USD', '2026-01-01T10:00:00.000Z', "
                            "'2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')")});
    const CheckReport report = checkDatabase(temp.db());
    CHECK_FALSE(report.ok);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first()
          == QStringLiteral("table orders row 12 refers to missing contacts (column contact_id)"));
}

TEST_CASE("many dangling rows are summarised")
{
    TempDatabase temp;
    QStringList statements;
    for (int i = 1; i <= 60; ++i)
        statements << QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (%1, 1)").arg(i);
    rawExec(temp.path(), statements);
    const CheckReport report = checkDatabase(temp.db());
    CHECK_FALSE(report.ok);
    // Each row refers to two missing records (contact and tag): 120 violations, 50 listed.
    CHECK(report.problems.size() == 51);
    CHECK(report.problems.last().contains(QStringLiteral("70 more")));
}

TEST_CASE("a search index out of step with the contacts fails the check")
{
    TempDatabase temp;
    Contact contact;
    contact.firstName = QStringLiteral("Ada");
    const auto id = ContactRepository(temp.db(), temp.clock()).create(contact);
    REQUIRE(id.ok());
    rawExec(temp.path(), {QStringLiteral("DELETE FROM contact_fts WHERE rowid = %1").arg(*id)});
    const CheckReport report = checkDatabase(temp.db());
    CHECK_FALSE(report.ok);
    CHECK(anyContains(report.problems, {"search index", "0", "1"}));
}

TEST_CASE("a schema version other than this program's fails the check")
{
    TempDatabase temp;
    QSqlQuery query(temp.db());
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    const CheckReport report = checkDatabase(temp.db());
    CHECK_FALSE(report.ok);
    CHECK(report.schemaVersion == 99);
    CHECK(anyContains(report.problems, {"99"}));
}

TEST_CASE("a damaged file fails the check")
{
    TempDatabase temp;
    REQUIRE(BakerySample::populate(temp.db(), temp.clock()).ok());
    const QString path = temp.path();
    temp.close();

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 200 * 1024);
    // Scribble over the middle of the file: several b-tree pages lose their structure.
    REQUIRE(file.seek(size / 2));
    REQUIRE(file.write(QByteArray(64 * 1024, '\x5a')) == 64 * 1024);
    file.close();

    const QString name = QStringLiteral("damaged-check-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const CheckReport report = checkDatabase(db);
        CHECK_FALSE(report.ok);
        CHECK_FALSE(report.problems.isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
