#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clientele {

/// One numbered step of the schema. Landed migrations are never edited; changes are new steps.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// Brings a database to the newest schema version: applies each pending migration in its own
/// transaction, recording the version in PRAGMA user_version (and in schema_migrations, which a
/// PostgreSQL server would use). A database newer than the program is refused untouched.
class Migrator final
{
public:
    /// The migrations compiled into the core (resources under :/clientele/migrations/).
    static QList<Migration> builtin();
    static int latestVersion();

    explicit Migrator(QList<Migration> migrations = builtin());

    static int currentVersion(const QSqlDatabase &db);

    /// Before upgrading a database that already has a schema (and so, data), copy it to this
    /// file first (an SQLite VACUUM INTO: a consistent, compact snapshot). "%1" in the path is
    /// replaced by the old schema version. Empty: no copy (the default).
    void setBackupPathPattern(const QString &pattern) { m_backupPattern = pattern; }
    /// The copy the last migrate() made, or empty.
    QString lastBackupPath() const { return m_lastBackup; }

    /// `clock` stamps the schema_migrations rows.
    Status migrate(QSqlDatabase &db, const Clock &clock);

    /// Splits an SQL script into statements: semicolons inside quotes, comments and
    /// CREATE TRIGGER ... BEGIN ... END bodies do not end a statement.
    static QStringList splitStatements(const QString &script);

private:
    Status backup(QSqlDatabase &db, int fromVersion);

    QList<Migration> m_migrations;
    QString m_backupPattern;
    QString m_lastBackup;
};

} // namespace clientele
