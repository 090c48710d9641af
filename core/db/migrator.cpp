#include "migrator.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace clientele {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// Turns SQLite's foreign key enforcement off for its lifetime (a no-op inside a transaction, so
/// it must wrap them) and back on afterwards when it was on.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase &db)
        : m_db(db)
    {
        if (!isSqlite(db))
            return;
        QSqlQuery query(db);
        m_wasOn = query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() && query.value(0).toInt() == 1;
        if (m_wasOn)
            query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    static bool isSqlite(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QSQLITE"); }

private:
    QSqlDatabase &m_db;
    bool m_wasOn = false;
};

/// Fails when the migration left a row pointing at one that does not exist.
Status checkForeignKeys(QSqlDatabase &db, const Migration &migration)
{
    if (!ForeignKeysOff::isSqlite(db))
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error {QCoreApplication::translate("Migrator", "Could not check schema version %1: %2")
                          .arg(migration.version)
                          .arg(query.lastError().text())};
    if (query.next())
        return Error {QCoreApplication::translate(
                          "Migrator",
                          "Updating the database to schema version %1 (%2) would leave a record in %3 pointing at "
                          "one that does not exist, so nothing was changed.")
                          .arg(migration.version)
                          .arg(migration.name, query.value(0).toString())};
    return {};
}

} // namespace

QList<Migration> Migrator::builtin()
{
    // Resources are named "NNNN_description.sql"; the number is the schema version.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/clientele/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion()
{
    const auto migrations = builtin();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Migrator::backup(QSqlDatabase &db, int fromVersion)
{
    const QString path = m_backupPattern.arg(fromVersion);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error {QCoreApplication::translate(
                          "Migrator", "The safety copy %1 could not be replaced, so the database was not updated.")
                          .arg(QDir::toNativeSeparators(path))};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO :path"));
    query.bindValue(QStringLiteral(":path"), path);
    if (!query.exec())
        return Error {QCoreApplication::translate(
                          "Migrator",
                          "A safety copy of the database could not be written to %1, so the database was not "
                          "updated: %2")
                          .arg(QDir::toNativeSeparators(path), query.lastError().text())};
    m_lastBackup = path;
    return {};
}

Status Migrator::migrate(QSqlDatabase &db, const Clock &clock)
{
    m_lastBackup.clear();
    const int current = currentVersion(db);
    if (current < 0)
        return Error {QCoreApplication::translate("Migrator", "The file could not be read as a database: %1")
                          .arg(db.lastError().text())};
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (current > latest) {
        return Error {QCoreApplication::translate(
                          "Migrator",
                          "This database was made by a newer version of Clientele (schema version %1; this "
                          "version understands up to %2). It was left untouched: please update Clientele.")
                          .arg(current)
                          .arg(latest)};
    }

    const bool pending = std::any_of(m_migrations.cbegin(), m_migrations.cend(),
                                     [current](const Migration &m) { return m.version > current; });
    if (pending && current > 0 && !m_backupPattern.isEmpty()) {
        if (auto status = backup(db, current); !status)
            return status;
    }

    // A migration that rebuilds a table (SQLite cannot alter a CHECK constraint) drops the old
    // one: with foreign keys on, that would cascade into the rows that point at it. SQLite's
    // documented procedure turns them off outside the transaction and checks them before commit.
    const ForeignKeysOff foreignKeysOff(db);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        QSqlQuery query(db);
        for (const QString &statement : splitStatements(migration.sql)) {
            if (!query.exec(statement)) {
                return Error {QCoreApplication::translate(
                                  "Migrator",
                                  "Updating the database to schema version %1 (%2) failed, and nothing was "
                                  "changed: %3")
                                  .arg(migration.version)
                                  .arg(migration.name, query.lastError().text())};
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                     "VALUES (:version, :name, :applied_at)"));
        query.bindValue(QStringLiteral(":version"), migration.version);
        query.bindValue(QStringLiteral(":name"), migration.name);
        query.bindValue(QStringLiteral(":applied_at"), clock.nowUtc().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return Error {QCoreApplication::translate("Migrator", "Could not record schema version %1: %2")
                              .arg(migration.version)
                              .arg(query.lastError().text())};
        // PRAGMA takes no bound parameters; the version is an integer from our own resources.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return Error {QCoreApplication::translate("Migrator", "Could not record schema version %1: %2")
                              .arg(migration.version)
                              .arg(query.lastError().text())};
        if (auto status = checkForeignKeys(db, migration); !status)
            return status;
        if (auto status = tx.commit(); !status)
            return status;
    }
    return {};
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN/CASE ... END nesting inside a trigger body
    bool inTrigger = false;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Copy the quoted text verbatim; a doubled quote is an escaped one.
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current += c;
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            continue;
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype end = i;
            while (end < n && isWordChar(script.at(end)))
                ++end;
            const QString word = script.mid(i, end - i).toUpper();
            if (word == QLatin1String("TRIGGER")
                && current.trimmed().startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive))
                inTrigger = true;
            else if (inTrigger && (word == QLatin1String("BEGIN") || word == QLatin1String("CASE")))
                ++blockDepth;
            else if (inTrigger && word == QLatin1String("END"))
                --blockDepth;
            current += script.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == QLatin1Char(';') && blockDepth <= 0) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
            blockDepth = 0;
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace clientele
