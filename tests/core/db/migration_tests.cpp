#include "tempdatabase.h"

#include "db/migrator.h"
#include "db/transaction.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw-%1").arg(version);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a fresh database is migrated to the latest schema with every table")
{
    TempDatabase temp;
    CHECK(Migrator::latestVersion() >= 1);
    CHECK(temp.database().schemaVersion() == Migrator::latestVersion());
    for (const char *table :
         {"contacts", "contact_methods", "tags", "contact_tags", "custom_fields", "custom_field_values", "activities",
          "products", "orders", "order_lines", "followups", "pipeline_stages", "deals", "import_batches",
          "import_changes", "audit_log", "contact_fts", "settings"}) {
        INFO(table);
        CHECK(temp.scalar(
                      QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                  .toInt()
              == 1);
    }
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt() == Migrator::latestVersion());
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM pipeline_stages")).toInt() == 4);
}

TEST_CASE("the connection uses WAL, foreign keys and full synchronous mode")
{
    TempDatabase temp;
    CHECK(temp.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(temp.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(temp.scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(temp.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

TEST_CASE("re-opening a migrated database changes nothing")
{
    TempDatabase temp;
    const int migrations = temp.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt();
    temp.reopen();
    CHECK(temp.database().schemaVersion() == Migrator::latestVersion());
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt() == migrations);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM pipeline_stages")).toInt() == 4);
}

TEST_CASE("a database from a newer Clientele is refused and left byte for byte untouched")
{
    TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    setUserVersion(path, Migrator::latestVersion() + 5);
    QFile::remove(path + QStringLiteral("-wal"));
    const QByteArray before = fileBytes(path);

    auto opened = Database::open(path, Database::Mode::ReadWrite, testClock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::TooNew);
    CHECK(opened.errorMessage().contains(QStringLiteral("newer version")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a failing migration rolls back entirely and keeps the old version")
{
    TempDatabase temp;
    QSqlDatabase db = temp.db();
    const int version = Migrator::currentVersion(db);
    const QList<Migration> steps = {
        {version + 1, QStringLiteral("add_thing"),
         QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY);\n"
                        "INSERT INTO thing (id) VALUES (1);\n"
                        "INSERT INTO no_such_table VALUES (1);")},
    };
    QList<Migration> all = Migrator::builtin();
    all.append(steps);
    Migrator migrator(all);
    const Status status = migrator.migrate(db, testClock());
    REQUIRE_FALSE(status.ok());
    CHECK(status.errorMessage().contains(QStringLiteral("add_thing")));
    CHECK(Migrator::currentVersion(db) == version);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'thing'")).toInt() == 0);
}

TEST_CASE("pending migrations are applied in order, each recorded")
{
    TempDatabase temp;
    QSqlDatabase db = temp.db();
    const int version = Migrator::currentVersion(db);
    QList<Migration> all = Migrator::builtin();
    all.append({version + 2, QStringLiteral("second"), QStringLiteral("INSERT INTO extra VALUES ('b');")});
    all.append({version + 1, QStringLiteral("first"), QStringLiteral("CREATE TABLE extra (v TEXT);")});
    REQUIRE(Migrator(all).migrate(db, testClock()).ok());
    CHECK(Migrator::currentVersion(db) == version + 2);
    CHECK(temp.scalar(QStringLiteral("SELECT v FROM extra")).toString() == QLatin1String("b"));
    CHECK(temp.scalar(QStringLiteral("SELECT name FROM schema_migrations ORDER BY version DESC LIMIT 1")).toString()
          == QLatin1String("second"));
}

TEST_CASE("the statement splitter keeps triggers, quotes and comments intact")
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x TEXT DEFAULT 'semi;colon');\n"
                                          "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE a SET x = CASE WHEN x = 'y' THEN 'z' ELSE x END;\n"
                                          "  DELETE FROM a WHERE x = 'it''s; fine';\n"
                                          "END;\n"
                                          "/* block; comment */ INSERT INTO a VALUES (\"q;\");");
    const QStringList statements = Migrator::splitStatements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements[0].contains(QStringLiteral("'semi;colon'")));
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[1].endsWith(QStringLiteral("END")));
    CHECK(statements[1].contains(QStringLiteral("'it''s; fine'")));
    CHECK(statements[2].contains(QStringLiteral("INSERT INTO a")));
}

TEST_CASE("nested transactions become savepoints and roll back independently")
{
    TempDatabase temp;
    QSqlDatabase db = temp.db();
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE n (v INTEGER)")));
    {
        Transaction outer(db);
        REQUIRE(outer.isActive());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO n VALUES (1)")));
        {
            Transaction inner(db);
            REQUIRE(inner.isActive());
            REQUIRE(query.exec(QStringLiteral("INSERT INTO n VALUES (2)")));
            // inner goes out of scope without commit: only its row is undone
        }
        {
            Transaction inner(db);
            REQUIRE(query.exec(QStringLiteral("INSERT INTO n VALUES (3)")));
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(temp.scalar(QStringLiteral("SELECT group_concat(v) FROM n")).toString() == QLatin1String("1,3"));
    {
        Transaction outer(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO n VALUES (4)")));
        Transaction inner(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO n VALUES (5)")));
        REQUIRE(inner.commit().ok());
        // outer rolls back: the committed savepoint goes with it
    }
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM n")).toInt() == 2);
}

TEST_CASE("upgrading a database that has data first leaves a safety copy beside it")
{
    TempDatabase temp;
    QSqlDatabase db = temp.db();
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('business.name', 'Rosie''s')")));
    const int version = Migrator::currentVersion(db);
    QList<Migration> all = Migrator::builtin();
    all.append({version + 1, QStringLiteral("drop_setting"), QStringLiteral("DELETE FROM settings;")});
    Migrator migrator(all);
    migrator.setBackupPathPattern(temp.path() + QStringLiteral(".before-schema-%1.bak"));
    REQUIRE(migrator.migrate(db, testClock()).ok());
    const QString backup = temp.path() + QStringLiteral(".before-schema-%1.bak").arg(version);
    CHECK(migrator.lastBackupPath() == backup);
    REQUIRE(QFile::exists(backup));
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
        copy.setDatabaseName(backup);
        REQUIRE(copy.open());
        QSqlQuery read(copy);
        REQUIRE(read.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'business.name'")));
        REQUIRE(read.next());
        CHECK(read.value(0).toString() == QStringLiteral("Rosie's"));
        REQUIRE(read.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(read.next());
        CHECK(read.value(0).toInt() == version);
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'business.name'")).toInt() == 0);

    // A fresh database has nothing to protect: no copy.
    Migrator fresh(Migrator::builtin());
    fresh.setBackupPathPattern(temp.dir() + QStringLiteral("/fresh-%1.bak"));
    TempDatabase other;
    QSqlDatabase otherDb = other.db();
    REQUIRE(fresh.migrate(otherDb, testClock()).ok());
    CHECK(fresh.lastBackupPath().isEmpty());
}
