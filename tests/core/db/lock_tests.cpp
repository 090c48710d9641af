#include "tempdatabase.h"

#include "db/databaselocation.h"
#include "db/migrator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("a second writer is refused with a message naming the file")
{
    TempDatabase temp;
    auto second = Database::open(temp.path(), Database::Mode::ReadWrite, testClock());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.errorMessage().contains(QFileInfo(temp.path()).fileName()));
    CHECK(second.errorMessage().contains(QStringLiteral("read-only")));
}

TEST_CASE("read-only opening works beside a writer and refuses writes")
{
    TempDatabase temp;
    auto reader = Database::open(temp.path(), Database::Mode::ReadOnly, testClock());
    REQUIRE(reader.ok());
    CHECK((*reader)->isReadOnly());
    CHECK((*reader)->schemaVersion() == Migrator::latestVersion());
    QSqlQuery query((*reader)->connection());
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
}

TEST_CASE("the lock is released when the database closes")
{
    TempDatabase temp;
    const QString lock = Database::lockFilePath(temp.path());
    CHECK(QFile::exists(lock));
    temp.close();
    CHECK_FALSE(QFile::exists(lock));
    auto again = Database::open(temp.path(), Database::Mode::ReadWrite, testClock());
    CHECK(again.ok());
}

TEST_CASE("a stale lock left by a dead process does not keep the user out")
{
    TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    {
        QFile lock(Database::lockFilePath(path));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        // QLockFile's format: pid, application name, host name. PID 999999999 does not exist.
        lock.write("999999999\nclientele\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    auto opened = Database::open(path, Database::Mode::ReadWrite, testClock());
    CHECK(opened.ok());
}

TEST_CASE("a file that is not a database is refused with its name")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    auto opened = Database::open(path, Database::Mode::ReadWrite, testClock());
    REQUIRE_FALSE(opened.ok());
    INFO(opened.errorMessage().toStdString());
    CHECK(opened.errorMessage().contains(QStringLiteral("notes.txt")));
}

TEST_CASE("the database path comes from --db, then CLIENTELE_DB, then the data folder")
{
    qputenv("CLIENTELE_DB", "/tmp/from-env.sqlite");
    CHECK(resolveDatabasePath(QStringLiteral("/tmp/explicit.sqlite")) == QLatin1String("/tmp/explicit.sqlite"));
    CHECK(resolveDatabasePath() == QLatin1String("/tmp/from-env.sqlite"));
    qunsetenv("CLIENTELE_DB");
    CHECK(resolveDatabasePath() == defaultDatabasePath());
    CHECK(defaultDatabasePath().endsWith(QStringLiteral("/clientele.sqlite")));
}
